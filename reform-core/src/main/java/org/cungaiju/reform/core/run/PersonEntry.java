package org.cungaiju.reform.core.run;

import static java.util.Objects.requireNonNull;

import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.id.ResidentId;

/**
 * A person as a {@link Report} names them: the one place in a report that holds personal data.
 * Sections name persons by their dossier id only.
 *
 * <p>In a report as run, the name and resident id are in full, as in the dossier; in a
 * {@linkplain Report#redact() redacted} report the name is reduced to the surname (compound
 * surnames such as 司徒 and 欧阳 kept whole) and the resident id masked ({@code
 * 440705********001X}). {@code toString} masks both either way. Immutable and thread-safe.
 *
 * @param name the name, or the surname when redacted
 * @param residentId the resident id, or its masked form when redacted
 * @param householdId the person's household
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record PersonEntry(String name, String residentId, String householdId) {

  /** Validates that every part is present. */
  public PersonEntry {
    requireNonNull(name, "name");
    requireNonNull(residentId, "residentId");
    requireNonNull(householdId, "householdId");
  }

  /** The entry of {@code p}, in full. */
  public static PersonEntry of(Person p) {
    return new PersonEntry(p.name().value(), p.residentId().value(), p.householdId());
  }

  /** The entry with the name reduced to its surname and the resident id masked. */
  PersonEntry redacted() {
    return new PersonEntry(PersonName.of(name).surname(), ResidentId.mask(residentId),
        householdId);
  }

  /** The masked form: surname and starred rest, masked resident id. */
  @Override
  public String toString() {
    return "PersonEntry[name=" + PersonName.of(name).masked() + ", residentId="
        + ResidentId.mask(residentId) + ", householdId=" + householdId + "]";
  }
}
