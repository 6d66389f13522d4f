package org.cungaiju.reform.core.allocation;

import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableLongArray;
import java.util.stream.IntStream;
import org.cungaiju.reform.api.Api;

/**
 * The result of allocating units to {@link Claim}s: each claim's units, in the order the claims
 * were given, the claims tied at the margin, and explanations built when asked for.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>The units add up to the total; each claim's lie within its bounds; a zero weight holds
 *       its minimum.
 *   <li>{@link #tiedIds()} names every claim tied at the margin — those the tie-break (claim
 *       order) gave a unit and those it passed over — so the tie can be taken to the members'
 *       assembly; it is empty when the method allows no other result.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Allocation {

  private final ImmutableList<Claim> claims;
  private final ImmutableMap<String, Integer> positions;
  private final IndexedAllocation indexed;

  Allocation(
      ImmutableList<Claim> claims, ImmutableMap<String, Integer> positions,
      IndexedAllocation indexed) {
    this.claims = claims;
    this.positions = positions;
    this.indexed = indexed;
  }

  /** The method used. */
  public Method method() {
    return indexed.method();
  }

  /** The units allocated. */
  public long total() {
    return indexed.total();
  }

  /** The claims, in the order given. */
  public ImmutableList<Claim> claims() {
    return claims;
  }

  /** The units of the claim at {@code index}. */
  public long units(int index) {
    return indexed.units(index);
  }

  /** Every claim's units, in claim order. */
  public ImmutableLongArray units() {
    return indexed.units();
  }

  /**
   * The units of claim {@code id}.
   *
   * @throws org.cungaiju.reform.api.error.InvalidInputException if no claim has that id
   */
  public long unitsOf(String id) {
    return indexed.units(position(id));
  }

  /** Each claim's units by id, in claim order. */
  public ImmutableMap<String, Long> unitsById() {
    ImmutableMap.Builder<String, Long> b = ImmutableMap.builderWithExpectedSize(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      b.put(claims.get(i).id(), indexed.units(i));
    }
    return b.build();
  }

  /** The tie at the margin, by claim position. */
  public Tie tie() {
    return indexed.tie();
  }

  /** Whether some claims were tied at the margin. */
  public boolean isTied() {
    return indexed.isTied();
  }

  /** The ids of every claim tied at the margin, in claim order; empty when there is no tie. */
  public ImmutableList<String> tiedIds() {
    return ids(indexed.tie().indexes().stream());
  }

  /** The ids of the tied claims the tie-break gave a unit, in claim order. */
  public ImmutableList<String> tieAwardedIds() {
    return ids(indexed.tie().awarded().stream());
  }

  /** The ids of the tied claims the tie-break passed over, in claim order. */
  public ImmutableList<String> tiePassedOverIds() {
    return ids(indexed.tie().passedOver().stream());
  }

  /**
   * Why claim {@code id} received its units.
   *
   * @throws org.cungaiju.reform.api.error.InvalidInputException if no claim has that id
   */
  public ClaimExplanation explain(String id) {
    return explain(position(id));
  }

  /** Why the claim at {@code index} received its units. */
  public ClaimExplanation explain(int index) {
    return indexed.explain(index, claims.get(index).id());
  }

  /** Every claim's explanation, in claim order. */
  public ImmutableList<ClaimExplanation> explanations() {
    return IntStream.range(0, claims.size()).mapToObj(this::explain)
        .collect(ImmutableList.toImmutableList());
  }

  /** The same result by claim position, with the quotas and divisor. */
  public IndexedAllocation indexed() {
    return indexed;
  }

  @Override
  public String toString() {
    return "Allocation[" + method().id() + ", total=" + total() + ", units=" + unitsById()
        + (isTied() ? ", tied=" + tiedIds() : "") + "]";
  }

  private int position(String id) {
    Integer at = positions.get(id);
    checkInput(at != null, "id", id, "is not a claim of this allocation", "one of its claims' ids");
    return at;
  }

  private ImmutableList<String> ids(IntStream indexes) {
    return indexes.mapToObj(i -> claims.get(i).id()).collect(ImmutableList.toImmutableList());
  }
}
