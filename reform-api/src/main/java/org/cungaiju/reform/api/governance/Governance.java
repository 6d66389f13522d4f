package org.cungaiju.reform.api.governance;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A dossier's governance section: the residents' committee voter roll (选民名册), the
 * appointments to the offices of the Party organization, the residents' committee and the
 * collective organizations, and the facts about duties, seals, accounts and assemblies.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Voter ids are distinct; appointments are distinct; at most one fact of each kind.
 *   <li>Lists keep the order given.
 *   <li>That every person and organization named exists, and that a leading office has a
 *       single holder, is checked by the dossier.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param voterRoll the ids of the persons on the residents' committee voter roll
 * @param appointments who holds which office
 * @param facts facts about the organizations, at most one of each kind
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Governance(
    ImmutableList<String> voterRoll,
    ImmutableList<Appointment> appointments,
    ImmutableList<SeparationFact> facts) {

  /** A section that records nothing. */
  public static final Governance EMPTY =
      new Governance(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  /** Validates ids and copies the lists. */
  public Governance {
    voterRoll = ImmutableList.copyOf(voterRoll);
    appointments = ImmutableList.copyOf(appointments);
    facts = ImmutableList.copyOf(facts);
    Set<String> voters = new HashSet<>();
    for (String v : voterRoll) {
      Checks.id(v, "voterRoll");
      checkInput(voters.add(v), "voterRoll", v, "is listed twice", "distinct person ids");
    }
    Set<Appointment> seen = new HashSet<>();
    for (Appointment a : appointments) {
      checkInput(seen.add(a), "appointments", a.personId() + " " + a.office()
          + a.organizationId().map(o -> " " + o).orElse(""), "is listed twice",
          "each appointment once");
    }
    Set<SeparationFactKind> kinds = new HashSet<>();
    for (SeparationFact f : facts) {
      checkInput(kinds.add(f.kind()), "facts", f.kind(), "is given twice",
          "at most one fact of each kind");
    }
  }

  /** The recorded fact of {@code kind}, if any. */
  public Optional<SeparationFact> fact(SeparationFactKind kind) {
    return facts.stream().filter(f -> f.kind() == kind).findFirst();
  }

  /** The offices {@code personId} holds, in the order appointed. */
  public ImmutableList<Appointment> appointmentsOf(String personId) {
    return appointments.stream().filter(a -> a.personId().equals(personId))
        .collect(ImmutableList.toImmutableList());
  }
}
