package org.cungaiju.reform.spi.election;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.spi.facet.FacetVersion;

/**
 * The usual conditions under which a non-hukou resident may stand for the two committees, as
 * the plan's measure 10 names them (a Party member, not under credit discipline) together with
 * those a county adds (years of residence, a residence permit, no criminal conviction).
 *
 * <h2>How {@link #evaluate} reads a person's events</h2>
 *
 * <ul>
 *   <li>Party member: a {@link PersonEventType#PARTY_MEMBERSHIP} event on or before the date.
 *   <li>Years resident: whole years from the first {@link PersonEventType#RESIDENCE_START} on
 *       or before the date; none means 0. The person must also be {@linkplain Person#resident()
 *       resident}.
 *   <li>Residence permit: a {@link PersonEventType#RESIDENCE_PERMIT} event on or before the
 *       date.
 *   <li>Credit discipline: the latest of {@link PersonEventType#CREDIT_DISCIPLINE} and {@link
 *       PersonEventType#CREDIT_DISCIPLINE_LIFTED} on or before the date is the former.
 *   <li>Criminal conviction: any {@link PersonEventType#CRIMINAL_CONVICTION} on or before the
 *       date.
 *   <li>A person registered (户籍) in the community is not a non-hukou resident: the pilot's
 *       conditions do not apply and the outcome is eligible, saying so.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param partyMemberRequired whether only Party members may stand
 * @param minYearsResident the fewest whole years of residence, 0 or more
 * @param residencePermitRequired whether a residence permit (居住证) is required
 * @param noCreditDisciplineRequired whether persons under credit discipline (失信惩戒对象) are
 *     refused
 * @param noCriminalConvictionRequired whether persons with a criminal conviction are refused
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ElectionConditions(
    boolean partyMemberRequired,
    int minYearsResident,
    boolean residencePermitRequired,
    boolean noCreditDisciplineRequired,
    boolean noCriminalConvictionRequired) {

  /** Validates the years. */
  public ElectionConditions {
    checkInput(minYearsResident >= 0 && minYearsResident <= 100, "minYearsResident",
        minYearsResident, "is out of range", "0 to 100 years");
  }

  /** The parameters as an explanation shows them. */
  public Map<String, String> asParameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("partyMemberRequired", String.valueOf(partyMemberRequired));
    p.put("minYearsResident", String.valueOf(minYearsResident));
    p.put("residencePermitRequired", String.valueOf(residencePermitRequired));
    p.put("noCreditDisciplineRequired", String.valueOf(noCreditDisciplineRequired));
    p.put("noCriminalConvictionRequired", String.valueOf(noCriminalConvictionRequired));
    return p;
  }

  /**
   * Decides whether {@code person} may stand on {@code date} under these conditions, with an
   * explanation of rule {@code ruleId} citing {@code clause} of {@code version}'s source.
   */
  public Explained<Eligibility> evaluate(
      Person person, LocalDate date, FacetVersion version, String ruleId, String clause) {
    Map<String, String> inputs = new LinkedHashMap<>();
    inputs.put("person", person.id());
    inputs.put("date", date.toString());
    inputs.put("registered", String.valueOf(person.registered()));
    inputs.put("resident", String.valueOf(person.resident()));
    if (person.registered()) {
      Eligibility e = new Eligibility(true,
          ImmutableList.of("户籍居民: registered in the community, not a non-hukou resident; "
              + "the pilot's conditions do not apply"), ImmutableList.of());
      return Explained.of(e, version.explain(ruleId, clause, inputs, asParameters(),
          "eligible: registered in the community"));
    }
    List<String> reasons = new ArrayList<>();
    List<String> unmet = new ArrayList<>();
    check(person.resident(), "resident", "常住: lives in the community",
        "非常住: does not live in the community", reasons, unmet);
    Optional<PersonEvent> party = person.firstEvent(PersonEventType.PARTY_MEMBERSHIP, date);
    inputs.put("partyMemberSince", party.map(e -> e.date().toString()).orElse("none"));
    if (partyMemberRequired) {
      check(party.isPresent(), "partyMember", "党员: a Party member",
          "非党员: not a Party member", reasons, unmet);
    }
    int years = person.firstEvent(PersonEventType.RESIDENCE_START, date)
        .map(e -> Period.between(e.date(), date).getYears())
        .orElse(0);
    inputs.put("yearsResident", String.valueOf(years));
    if (minYearsResident > 0) {
      check(years >= minYearsResident, "yearsResident",
          "居住满" + minYearsResident + "年: resident " + years + " years",
          "居住未满" + minYearsResident + "年: resident " + years + " years", reasons, unmet);
    }
    boolean permit = person.firstEvent(PersonEventType.RESIDENCE_PERMIT, date).isPresent();
    inputs.put("residencePermit", String.valueOf(permit));
    if (residencePermitRequired) {
      check(permit, "residencePermit", "持居住证: holds a residence permit",
          "无居住证: holds no residence permit", reasons, unmet);
    }
    boolean disciplined = underCreditDiscipline(person, date);
    inputs.put("underCreditDiscipline", String.valueOf(disciplined));
    if (noCreditDisciplineRequired) {
      check(!disciplined, "creditDiscipline", "未被纳入失信惩戒对象: not under credit discipline",
          "失信惩戒对象: under credit discipline", reasons, unmet);
    }
    boolean convicted = person.firstEvent(PersonEventType.CRIMINAL_CONVICTION, date).isPresent();
    inputs.put("criminalConviction", String.valueOf(convicted));
    if (noCriminalConvictionRequired) {
      check(!convicted, "criminalConviction", "无刑事处罚: no criminal conviction",
          "受过刑事处罚: has a criminal conviction", reasons, unmet);
    }
    Eligibility e = Eligibility.of(unmet.isEmpty(), reasons, unmet);
    String outcome = e.eligible() ? "eligible: every condition met"
        : "not eligible: " + String.join(", ", unmet);
    return Explained.of(e, version.explain(ruleId, clause, inputs, asParameters(), outcome));
  }

  private static boolean underCreditDiscipline(Person person, LocalDate date) {
    boolean under = false;
    for (PersonEvent e : person.eventsUntil(date)) {
      if (e.type() == PersonEventType.CREDIT_DISCIPLINE) {
        under = true;
      } else if (e.type() == PersonEventType.CREDIT_DISCIPLINE_LIFTED) {
        under = false;
      }
    }
    return under;
  }

  private static void check(boolean met, String id, String metReason, String unmetReason,
      List<String> reasons, List<String> unmet) {
    reasons.add(met ? metReason : unmetReason);
    if (!met) {
      unmet.add(id);
    }
  }
}
