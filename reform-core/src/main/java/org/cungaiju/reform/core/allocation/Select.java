package org.cungaiju.reform.core.allocation;

import java.util.Arrays;

/**
 * Selection in linear expected time: the k-th largest of some {@code long}s, or the first k of
 * some keys in a given order. This is how the units left after the floors find their
 * recipients without sorting every claim.
 *
 * <p>Quickselect with a median-of-three pivot; past a recursion depth of about {@code 2·log2(n)}
 * it sorts what is left, so adversarial input costs {@code O(n log n)} at worst, never
 * {@code O(n^2)}. The results never depend on the pivots: only the running time does.
 */
final class Select {

  /** A total order on keys: negative when {@code a} comes first. */
  @FunctionalInterface
  interface KeyOrder {
    int compare(long a, long b);
  }

  private Select() {}

  // kthLargest and firstK share their shape; the first compares primitives directly, which
  // is what the largest remainder's hot path needs, the second goes through an order.

  /**
   * The {@code k}-th largest value of {@code values[0, size)}, {@code 1 <= k <= size}; reorders
   * that part of the array.
   */
  static long kthLargest(long[] values, int size, int k) {
    int target = size - k; // the index it has in ascending order
    int lo = 0;
    int hi = size - 1;
    int depth = depthLimit(size);
    while (hi > lo) {
      if (depth-- == 0) {
        Arrays.sort(values, lo, hi + 1);
        return values[target];
      }
      int mid = (lo + hi) >>> 1;
      long pivot = median(values[lo], values[mid], values[hi]);
      // Hoare partition: [lo, j] <= pivot <= [i, hi]
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = values[i];
          values[i] = values[j];
          values[j] = t;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return values[target];
      }
    }
    return values[target];
  }

  /**
   * Moves the first {@code k} keys of {@code keys[0, size)} in {@code order} to
   * {@code keys[0, k)}, in no particular order; {@code 0 <= k <= size}. The order must be total
   * (no two distinct keys compare equal).
   */
  static void firstK(long[] keys, int size, int k, KeyOrder order) {
    if (k == 0 || k == size) {
      return;
    }
    int target = k - 1; // the last of the first k, at its place in ascending order
    int lo = 0;
    int hi = size - 1;
    int depth = depthLimit(size);
    while (hi > lo) {
      if (depth-- == 0) {
        heapSort(keys, lo, hi + 1, order);
        return;
      }
      int mid = (lo + hi) >>> 1;
      long pivot = median(keys[lo], keys[mid], keys[hi], order);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (order.compare(keys[i], pivot) < 0) {
          i++;
        }
        while (order.compare(keys[j], pivot) > 0) {
          j--;
        }
        if (i <= j) {
          long t = keys[i];
          keys[i] = keys[j];
          keys[j] = t;
          i++;
          j--;
        }
      }
      if (target <= j) {
        hi = j;
      } else if (target >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  private static int depthLimit(int size) {
    return 2 * (Integer.SIZE - Integer.numberOfLeadingZeros(size)) + 4;
  }

  private static long median(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  private static long median(long a, long b, long c, KeyOrder order) {
    if (order.compare(a, b) > 0) {
      long t = a;
      a = b;
      b = t;
    }
    // a <= b
    if (order.compare(b, c) <= 0) {
      return b;
    }
    return order.compare(a, c) >= 0 ? a : c;
  }

  private static void heapSort(long[] keys, int from, int to, KeyOrder order) {
    int n = to - from;
    for (int i = n / 2 - 1; i >= 0; i--) {
      siftDown(keys, from, i, n, order);
    }
    for (int end = n - 1; end > 0; end--) {
      long t = keys[from];
      keys[from] = keys[from + end];
      keys[from + end] = t;
      siftDown(keys, from, 0, end, order);
    }
  }

  private static void siftDown(long[] keys, int from, int i, int n, KeyOrder order) {
    long key = keys[from + i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && order.compare(keys[from + child + 1], keys[from + child]) > 0) {
        child++;
      }
      if (order.compare(keys[from + child], key) <= 0) {
        break;
      }
      keys[from + i] = keys[from + child];
      i = child;
    }
    keys[from + i] = key;
  }
}
