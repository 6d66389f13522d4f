package org.cungaiju.reform.api.community;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * A household (户): the unit shares are often certified to and shared within.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>At least one member, all distinct; the head is one of them.
 *   <li>That each member exists and names this household is checked by the dossier.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the household's id in the dossier
 * @param headId the person id of the head of household (户主)
 * @param memberIds the person ids of its members, head included, in the dossier's order
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record Household(String id, String headId, ImmutableList<String> memberIds) {

  /** Validates ids and that the head is a member. */
  public Household {
    Checks.id(id, "id");
    Checks.id(headId, "headId");
    memberIds = ImmutableList.copyOf(memberIds);
    checkInput(!memberIds.isEmpty(), "memberIds", "[]", "is empty", "at least the head");
    var seen = new HashSet<String>();
    for (String m : memberIds) {
      Checks.id(m, "memberIds");
      checkInput(seen.add(m), "memberIds", m, "is listed twice", "distinct person ids");
    }
    checkInput(seen.contains(headId), "headId", headId, "is not among the members",
        "one of memberIds");
  }
}
