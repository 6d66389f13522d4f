package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/** A table of items with whole-number weights to draw from, in O(log n) per draw. */
final class Weighted<T> {
  private final ImmutableList<T> items;
  private final int[] cumulative;

  private Weighted(ImmutableList<T> items, int[] cumulative) {
    this.items = items;
    this.cumulative = cumulative;
  }

  /** A table from alternating items and weights: {@code of("陈", 120, "李", 80)}. */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> of(Object... itemsAndWeights) {
    ImmutableList.Builder<T> items = ImmutableList.builder();
    int[] cumulative = new int[itemsAndWeights.length / 2];
    int total = 0;
    for (int i = 0; i < itemsAndWeights.length; i += 2) {
      items.add((T) itemsAndWeights[i]);
      total += (Integer) itemsAndWeights[i + 1];
      cumulative[i / 2] = total;
    }
    return new Weighted<>(items.build(), cumulative);
  }

  T draw(Dice dice) {
    int ticket = dice.between(1, cumulative[cumulative.length - 1]);
    int at = Arrays.binarySearch(cumulative, ticket);
    return items.get(at >= 0 ? at : -at - 1);
  }
}
