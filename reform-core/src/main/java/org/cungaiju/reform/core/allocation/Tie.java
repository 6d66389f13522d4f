package org.cungaiju.reform.core.allocation;

import com.google.common.primitives.ImmutableIntArray;
import java.util.Arrays;
import org.cungaiju.reform.api.Api;

/**
 * The claims tied at the margin of an allocation: each had an equal right to one of the last
 * units, but there were fewer units than claims. The tie-break gave them to the earlier claims.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Indexes are claim positions in the order given, ascending, each at most once.
 *   <li>The awarded claims are the first {@link #awardedCount()} of {@link #indexes()} (claim
 *       order decided), and there is at least one passed-over claim unless the tie is
 *       {@link #isEmpty() empty}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class Tie {

  /** No tie: the allocation is the only one the method allows. */
  public static final Tie NONE = new Tie(new int[0], 0);

  private final int[] tied;
  private final int awarded;

  private Tie(int[] tied, int awarded) {
    this.tied = tied;
    this.awarded = awarded;
  }

  static Tie of(int[] tied, int awarded) {
    return tied.length == 0 ? NONE : new Tie(tied, awarded);
  }

  /** Whether no claim is tied. */
  public boolean isEmpty() {
    return tied.length == 0;
  }

  /** How many claims are tied. */
  public int size() {
    return tied.length;
  }

  /** How many of the tied claims received a unit by the tie-break: the units at stake. */
  public int awardedCount() {
    return awarded;
  }

  /** Every tied claim's index, ascending. */
  public ImmutableIntArray indexes() {
    return ImmutableIntArray.copyOf(tied);
  }

  /** The tied claims that received a unit by the tie-break, ascending. */
  public ImmutableIntArray awarded() {
    return ImmutableIntArray.copyOf(Arrays.copyOf(tied, awarded));
  }

  /** The tied claims the tie-break passed over, ascending. */
  public ImmutableIntArray passedOver() {
    return ImmutableIntArray.copyOf(Arrays.copyOfRange(tied, awarded, tied.length));
  }

  /** Whether claim {@code index} is tied. */
  public boolean contains(int index) {
    return Arrays.binarySearch(tied, index) >= 0;
  }

  /** Whether claim {@code index} is tied and received a unit by the tie-break. */
  public boolean isAwarded(int index) {
    int at = Arrays.binarySearch(tied, index);
    return at >= 0 && at < awarded;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tie && ((Tie) o).awarded == awarded && Arrays.equals(((Tie) o).tied, tied);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(tied) + awarded;
  }

  /** Reads as {@code Tie[awarded=[0, 2], passedOver=[5]]}. */
  @Override
  public String toString() {
    return "Tie[awarded=" + awarded() + ", passedOver=" + passedOver() + "]";
  }
}
