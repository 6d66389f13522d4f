package org.cungaiju.reform.core.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A deliberately simple, slow and exact apportionment to check the engines against: fractions in
 * {@link BigInteger}s, divisor methods one unit at a time by priority, largest remainder by a
 * full sort. Nothing here is shared with the code under test.
 */
final class Reference {

  /** Units, and the tie at the margin as claim indexes (both empty when there is none). */
  record Result(long[] units, TreeSet<Integer> awarded, TreeSet<Integer> passedOver) {
    boolean tied() {
      return !passedOver.isEmpty();
    }
  }

  /** A non-negative fraction. */
  record Q(BigInteger num, BigInteger den) implements Comparable<Q> {
    static Q of(BigInteger num, BigInteger den) {
      return new Q(num, den);
    }

    static Q of(long v) {
      return new Q(BigInteger.valueOf(v), BigInteger.ONE);
    }

    Q plus(Q o) {
      return new Q(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Q minus(Q o) {
      return new Q(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    Q times(Q o) {
      return new Q(num.multiply(o.num), den.multiply(o.den));
    }

    Q over(Q o) {
      return new Q(num.multiply(o.den), den.multiply(o.num));
    }

    BigInteger floor() {
      return num.divide(den);
    }

    Q frac() {
      return minus(new Q(floor(), BigInteger.ONE));
    }

    @Override
    public int compareTo(Q o) {
      return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
  }

  private Reference() {}

  /**
   * Allocates {@code total} by {@code method}; {@code max[i] == Long.MAX_VALUE} is no maximum.
   * Returns null when the bounds cannot be met or every weight is zero with units to share.
   */
  static Result allocate(Method method, long total, BigInteger[] w, long[] min, long[] max) {
    int n = w.length;
    long lowerSum = Arrays.stream(min).sum();
    BigInteger room = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      room = room.add(BigInteger.valueOf(w[i].signum() > 0 ? max[i] : min[i]));
    }
    if (lowerSum > total || room.compareTo(BigInteger.valueOf(total)) < 0) {
      return null;
    }
    return method == Method.LARGEST_REMAINDER
        ? largestRemainder(total, w, min, max)
        : oneUnitAtATime(method, total, w, min, max);
  }

  /**
   * A slot's priority: infinite ones compare by weight above every finite one; Huntington–Hill
   * priorities are compared squared.
   */
  record Priority(boolean infinite, Q value) implements Comparable<Priority> {
    @Override
    public int compareTo(Priority o) {
      if (infinite != o.infinite) {
        return infinite ? 1 : -1;
      }
      return value.compareTo(o.value);
    }
  }

  static Priority priority(Method method, BigInteger w, long k) {
    BigInteger kk = BigInteger.valueOf(k);
    switch (method) {
      case DHONDT:
        return new Priority(false, Q.of(w, kk.add(BigInteger.ONE)));
      case SAINTE_LAGUE:
        return new Priority(false, Q.of(w.shiftLeft(1), kk.shiftLeft(1).add(BigInteger.ONE)));
      case ADAMS:
        return k == 0 ? new Priority(true, Q.of(w, BigInteger.ONE)) : new Priority(false, Q.of(w, kk));
      case HUNTINGTON_HILL:
        return k == 0 ? new Priority(true, Q.of(w, BigInteger.ONE))
            : new Priority(false, Q.of(w.multiply(w), kk.multiply(kk.add(BigInteger.ONE))));
      default:
        throw new IllegalArgumentException();
    }
  }

  private static Result oneUnitAtATime(
      Method method, long total, BigInteger[] w, long[] min, long[] max) {
    int n = w.length;
    long[] units = min.clone();
    long left = total - Arrays.stream(min).sum();
    Priority last = null;
    for (; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (w[i].signum() > 0 && units[i] < max[i]
            && (best < 0 || priority(method, w[i], units[i])
                .compareTo(priority(method, w[best], units[best])) > 0)) {
          best = i;
        }
      }
      last = priority(method, w[best], units[best]);
      units[best]++;
    }
    TreeSet<Integer> awarded = new TreeSet<>();
    TreeSet<Integer> passedOver = new TreeSet<>();
    if (last != null) {
      for (int i = 0; i < n; i++) {
        if (w[i].signum() == 0) {
          continue;
        }
        if (units[i] > min[i] && priority(method, w[i], units[i] - 1).compareTo(last) == 0) {
          awarded.add(i);
        }
        if (units[i] < max[i] && priority(method, w[i], units[i]).compareTo(last) == 0) {
          passedOver.add(i);
        }
      }
    }
    return passedOver.isEmpty() ? new Result(units, new TreeSet<>(), passedOver)
        : new Result(units, awarded, passedOver);
  }

  /** {@code Σ clamp(w_i·μ, min_i, max_i)}, a zero weight held at its minimum. */
  static Q heldSum(Q mu, BigInteger[] w, long[] min, long[] max) {
    Q sum = Q.of(0);
    for (int i = 0; i < w.length; i++) {
      sum = sum.plus(held(mu, w[i], min[i], max[i]));
    }
    return sum;
  }

  static Q held(Q mu, BigInteger w, long min, long max) {
    Q q = Q.of(w, BigInteger.ONE).times(mu);
    if (q.compareTo(Q.of(min)) < 0 || w.signum() == 0) {
      return Q.of(min);
    }
    return max != Long.MAX_VALUE && q.compareTo(Q.of(max)) > 0 ? Q.of(max) : q;
  }

  /**
   * The bounded quotas: the rate where the held sum is the total, found between the two
   * breakpoints around it by interpolation (every breakpoint tried, no sorting cleverness).
   */
  static Q[] boundedQuotas(long total, BigInteger[] w, long[] min, long[] max) {
    List<Q> points = new ArrayList<>();
    points.add(Q.of(0));
    BigInteger slopeBeyond = BigInteger.ZERO;
    for (int i = 0; i < w.length; i++) {
      if (w[i].signum() > 0) {
        points.add(Q.of(BigInteger.valueOf(min[i]), w[i]));
        if (max[i] != Long.MAX_VALUE) {
          points.add(Q.of(BigInteger.valueOf(max[i]), w[i]));
        } else {
          slopeBeyond = slopeBeyond.add(w[i]);
        }
      }
    }
    points.sort(null);
    Q target = Q.of(total);
    Q mu = null;
    for (int j = 0; j + 1 < points.size() && mu == null; j++) {
      Q a = points.get(j);
      Q b = points.get(j + 1);
      Q ga = heldSum(a, w, min, max);
      Q gb = heldSum(b, w, min, max);
      if (ga.compareTo(target) >= 0) {
        mu = a;
      } else if (gb.compareTo(target) >= 0) {
        mu = a.plus(target.minus(ga).times(b.minus(a)).over(gb.minus(ga)));
      }
    }
    if (mu == null) {
      Q last = points.get(points.size() - 1);
      Q g = heldSum(last, w, min, max);
      mu = g.compareTo(target) >= 0 ? last
          : last.plus(target.minus(g).over(Q.of(slopeBeyond, BigInteger.ONE)));
    }
    Q[] quotas = new Q[w.length];
    for (int i = 0; i < w.length; i++) {
      quotas[i] = held(mu, w[i], min[i], max[i]);
    }
    return quotas;
  }

  private static Result largestRemainder(long total, BigInteger[] w, long[] min, long[] max) {
    int n = w.length;
    Q[] quotas = boundedQuotas(total, w, min, max);
    long[] units = new long[n];
    long left = total;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      units[i] = quotas[i].floor().longValueExact();
      left -= units[i];
      order.add(i);
    }
    order.sort((a, b) -> {
      int c = quotas[b].frac().compareTo(quotas[a].frac());
      return c != 0 ? c : Integer.compare(a, b);
    });
    TreeSet<Integer> awarded = new TreeSet<>();
    TreeSet<Integer> passedOver = new TreeSet<>();
    if (left > 0) {
      Q margin = quotas[order.get((int) left - 1)].frac();
      for (int r = 0; r < n; r++) {
        int i = order.get(r);
        if (r < left) {
          units[i]++;
        }
        if (quotas[i].frac().compareTo(margin) == 0) {
          (r < left ? awarded : passedOver).add(i);
        }
      }
    }
    return passedOver.isEmpty() ? new Result(units, new TreeSet<>(), passedOver)
        : new Result(units, awarded, passedOver);
  }
}
