package org.cungaiju.examples.xinhui;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.membership.MembershipRules;

/**
 * Membership with a hukou cut-off, written as an exception to the municipal default: a person
 * whose household registration moved in after the cut-off date is left to the members'
 * assembly (PENDING) unless the assembly has admitted them since, or they joined in one of the
 * exempt ways; everyone else is decided by the base rules. A person the base rules say is not
 * a member (death, membership elsewhere, …) stays so.
 */
final class CutOffMembershipRules implements MembershipRules {
  private final FacetVersion version;
  private final LocalDate cutOff;
  private final Set<PersonEventType> exempt;

  CutOffMembershipRules(FacetVersion version, LocalDate cutOff, Set<PersonEventType> exempt) {
    this.version = version;
    this.cutOff = cutOff;
    this.exempt = exempt.isEmpty() ? EnumSet.noneOf(PersonEventType.class)
        : EnumSet.copyOf(exempt);
  }

  @Override
  public FacetVersion version() {
    return version;
  }

  @Override
  public Explained<MembershipStatus> decide(MembershipQuery query) {
    Person person = query.person();
    LocalDate date = query.date();
    Explained<MembershipStatus> base = query.baseDecision();
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("person", person.id());
    inputs.put("date", date.toString());
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("cutOff", cutOff.toString());
    parameters.put("exempt", exempt.isEmpty() ? "none"
        : exempt.stream().map(Enum::name).collect(Collectors.joining(", ")));

    Optional<PersonEvent> lateMoveIn = person.eventsUntil(date).stream()
        .filter(e -> e.type() == PersonEventType.HUKOU_IN && e.date().isAfter(cutOff))
        .reduce((a, b) -> b);
    inputs.put("hukouInAfterCutOff", lateMoveIn.map(e -> e.date().toString()).orElse("none"));
    if (lateMoveIn.isPresent() && base.value() != MembershipStatus.NOT_MEMBER) {
      LocalDate movedIn = lateMoveIn.get().date();
      boolean admitted = person.eventsUntil(date).stream().anyMatch(e ->
          e.type() == PersonEventType.ASSEMBLY_ADMISSION && !e.date().isBefore(movedIn));
      Optional<PersonEvent> exemption = person.eventsUntil(date).stream()
          .filter(e -> exempt.contains(e.type()))
          .findFirst();
      inputs.put("assemblyAdmission", String.valueOf(admitted));
      inputs.put("exemptBy", exemption.map(e -> e.type() + " " + e.date()).orElse("none"));
      if (!admitted && exemption.isEmpty()) {
        return Explained.of(MembershipStatus.PENDING, version.explain(
            "xinhui.membership.cutOff", "", inputs, parameters,
            "left to the members' assembly: household registration moved in on " + movedIn
                + ", after the cut-off " + cutOff).withSteps(List.of(base.explanation())));
      }
    }
    return Explained.of(base.value(), version.explain("xinhui.membership.base", "", inputs,
        parameters, base.explanation().outcome()).withSteps(List.of(base.explanation())));
  }
}
