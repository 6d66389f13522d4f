package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.Weight;

/**
 * A quantification (股权量化): the register {@link ShareQuantifier} made at a base date, with
 * every member's shares explained.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>{@code memberShares + collectiveShares == totalShares == register.totalShares()}.
 *   <li>Every member decided a member on the base date is listed, in order, with zero shares
 *       where their weight earns none; the register lists only the holdings above zero.
 *   <li>{@code tieAwarded} and {@code tiePassedOver} name every member tied at the margin; both
 *       are empty when the shares could not have been given otherwise.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param organizationId the organization
 * @param baseDate the base date (基准日)
 * @param terms the classes, collective ratio, number of shares and method followed
 * @param totalShares every share issued, collective shares included
 * @param memberShares the shares members hold
 * @param collectiveShares the organization's own shares (集体股), 0 without a collective class
 * @param weightPerShare when shares equal weights: the weight one share stands for ({@code 1},
 *     or {@code 0.1} when a weight has one decimal, …); empty when a number of shares was given
 * @param members each member's shares, in member order
 * @param households each household's shares, in the order households first appear
 * @param tieAwarded members tied at the margin to whom the tie-break (member order) gave a share
 * @param tiePassedOver members tied at the margin the tie-break passed over
 * @param register the register at the base date
 * @param explanation the rule, policy version, parameters and outcome of the quantification
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Quantification(
    String organizationId,
    LocalDate baseDate,
    ShareTerms terms,
    long totalShares,
    long memberShares,
    long collectiveShares,
    Optional<Weight> weightPerShare,
    ImmutableList<MemberShares> members,
    ImmutableList<HouseholdShares> households,
    ImmutableList<String> tieAwarded,
    ImmutableList<String> tiePassedOver,
    ShareRegister register,
    Explanation explanation) {

  /** The rule id of a quantification's explanation. */
  public static final String RULE_ID = "share.quantification";

  /** Validates that the parts are present and the counts add up; copies the lists. */
  public Quantification {
    Checks.id(organizationId, "organizationId");
    requireNonNull(baseDate, "baseDate");
    requireNonNull(terms, "terms");
    requireNonNull(weightPerShare, "weightPerShare");
    members = ImmutableList.copyOf(members);
    households = ImmutableList.copyOf(households);
    tieAwarded = ImmutableList.copyOf(tieAwarded);
    tiePassedOver = ImmutableList.copyOf(tiePassedOver);
    requireNonNull(register, "register");
    requireNonNull(explanation, "explanation");
    if (memberShares + collectiveShares != totalShares || register.totalShares() != totalShares) {
      throw new IllegalArgumentException("shares do not add up: " + memberShares + " + "
          + collectiveShares + " against " + totalShares + " and a register of "
          + register.totalShares());
    }
  }

  /** Whether some members were tied at the margin. */
  public boolean isTied() {
    return !tieAwarded.isEmpty() || !tiePassedOver.isEmpty();
  }

  /** The shares of member {@code personId}, if the person is one of the members. */
  public Optional<MemberShares> member(String personId) {
    return members.stream().filter(m -> m.personId().equals(personId)).findFirst();
  }
}
