package org.cungaiju.reform.core.allocation;

/**
 * What an engine decided: the units of each claim, the claims tied at the margin (ascending
 * indexes, of which the first {@code tieAwarded} received the tied units) and the rate of the
 * quotas it rounded.
 */
final class Solution {

  private static final int[] NONE = new int[0];

  final long[] units;
  final int[] tied;
  final int tieAwarded;
  final Rate rate;

  private Solution(long[] units, int[] tied, int tieAwarded, Rate rate) {
    this.units = units;
    this.tied = tied;
    this.tieAwarded = tieAwarded;
    this.rate = rate;
  }

  static Solution untied(long[] units, Rate rate) {
    return new Solution(units, NONE, 0, rate);
  }

  /**
   * A solution whose margin is shared by {@code tied} (ascending): a tie when some of them did
   * not receive a unit, that is when {@code awarded < tied.length}.
   */
  static Solution atMargin(long[] units, int[] tied, int awarded, Rate rate) {
    return awarded < tied.length ? new Solution(units, tied, awarded, rate) : untied(units, rate);
  }
}
