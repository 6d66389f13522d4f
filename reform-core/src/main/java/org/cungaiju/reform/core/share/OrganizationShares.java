package org.cungaiju.reform.core.share;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.share.ShareRegister;

/**
 * An organization's shares on a date, as {@link ShareEngine} found them: the register in
 * force, read by holder, by household and by class, where it came from, what was done to it
 * since, and why.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>{@code holders}, {@code households} and {@code totalsByClass} are read from {@code
 *       register}: the holders' shares add up to {@code totalShares}, each household's to the
 *       sum of its holders', the classes' to {@code totalShares}.
 *   <li>{@code quantification} is present exactly when the register was quantified
 *       ({@link RegisterOrigin#QUANTIFIED}, {@link RegisterOrigin#READJUSTED}).
 *   <li>{@code operations} lists every operation applied to the starting register, in order;
 *       {@code notes} says what was left undone and why (a deceased holder with no heir in the
 *       household, a register dated after the date asked for).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param organizationId the organization
 * @param date the date the shares are in force on
 * @param management static (股权固化) or dynamic management, as the charter says
 * @param origin where the starting register came from
 * @param originDate the date of the starting register: the dossier's register's, or the base
 *     date it was quantified at
 * @param register the register in force on the date
 * @param holders each holder's shares, in register order
 * @param households each household's shares, in the order households first appear
 * @param totalsByClass each class's total, in class order
 * @param totalShares every share in the register
 * @param collectiveShares the organization's own shares (集体股)
 * @param quantification the quantification, when the register was quantified
 * @param operations the operations applied to the starting register
 * @param notes what was left undone and why
 * @param explanation the rule, policy version and outcome
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record OrganizationShares(
    String organizationId,
    LocalDate date,
    ShareManagement management,
    RegisterOrigin origin,
    LocalDate originDate,
    ShareRegister register,
    ImmutableList<HolderShares> holders,
    ImmutableList<HouseholdShares> households,
    ImmutableMap<String, Long> totalsByClass,
    long totalShares,
    long collectiveShares,
    Optional<Quantification> quantification,
    ImmutableList<OperationRecord> operations,
    ImmutableList<String> notes,
    Explanation explanation) {

  /** The rule id of the explanation. */
  public static final String RULE_ID = "share.register";

  /** Validates that the parts are present, and copies the collections. */
  public OrganizationShares {
    Checks.id(organizationId, "organizationId");
    requireNonNull(date, "date");
    requireNonNull(management, "management");
    requireNonNull(origin, "origin");
    requireNonNull(originDate, "originDate");
    requireNonNull(register, "register");
    holders = ImmutableList.copyOf(holders);
    households = ImmutableList.copyOf(households);
    totalsByClass = ImmutableMap.copyOf(totalsByClass);
    Checks.nonNegative(totalShares, "totalShares");
    Checks.nonNegative(collectiveShares, "collectiveShares");
    requireNonNull(quantification, "quantification");
    operations = ImmutableList.copyOf(operations);
    notes = ImmutableList.copyOf(notes);
    requireNonNull(explanation, "explanation");
  }

  /** The shares of {@code holderId}, if it holds any. */
  public Optional<HolderShares> holder(String holderId) {
    return holders.stream().filter(h -> h.holderId().equals(holderId)).findFirst();
  }

  /** The shares of {@code householdId}, if a member of it holds any. */
  public Optional<HouseholdShares> household(String householdId) {
    return households.stream().filter(h -> h.householdId().equals(householdId)).findFirst();
  }
}
