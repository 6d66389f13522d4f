package org.cungaiju.reform.api.share;

import static java.util.Objects.requireNonNull;
import static org.cungaiju.reform.api.error.InvalidInputException.checkInput;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;
import org.cungaiju.reform.api.error.InvalidInputException;

/**
 * The share register (股东名册) of one organization at a date: who holds how many shares of
 * which class.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Class ids are distinct; every holding names one of the classes; a holder has at most
 *       one holding per class; no count is negative.
 *   <li>Totals are exact {@code long} sums, overflow-checked.
 *   <li>Classes and holdings keep the order given, so registers read the same every time.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param organizationId the organization whose register this is
 * @param asOf the date the register is true at
 * @param classes the share classes
 * @param holdings the holdings
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record ShareRegister(
    String organizationId,
    LocalDate asOf,
    ImmutableList<ShareClass> classes,
    ImmutableList<Holding> holdings) {

  /** Validates classes and holdings, and that totals fit in a {@code long}. */
  public ShareRegister {
    Checks.id(organizationId, "organizationId");
    requireNonNull(asOf, "asOf");
    classes = ImmutableList.copyOf(classes);
    holdings = ImmutableList.copyOf(holdings);
    var classIds = new LinkedHashSet<String>();
    for (ShareClass c : classes) {
      checkInput(classIds.add(c.id()), "classes", c.id(), "is listed twice", "distinct class ids");
    }
    var keys = Sets.<String>newHashSetWithExpectedSize(holdings.size());
    long total = 0;
    for (Holding h : holdings) {
      // messages are written only on failure: a city's registers hold millions of holdings
      if (!classIds.contains(h.shareClassId())) {
        throw InvalidInputException.of("holdings", h.shareClassId(),
            "is not one of the register's classes", classIds.isEmpty()
                ? "no class: the register lists none" : String.join(", ", classIds));
      }
      if (!keys.add(h.holderId() + "\u0000" + h.shareClassId())) {
        throw InvalidInputException.of("holdings", h.holderId() + "/" + h.shareClassId(),
            "is held twice", "one holding per holder and class");
      }
      try {
        total = Math.addExact(total, h.shares());
      } catch (ArithmeticException e) {
        throw InvalidInputException.of("holdings", h.shares(),
            "makes the register's total overflow", "totals up to " + Long.MAX_VALUE);
      }
    }
  }

  /** The total number of shares of every class. */
  public long totalShares() {
    return holdings.stream().mapToLong(Holding::shares).sum();
  }

  /** The total of each class, in class order (zero for a class nobody holds). */
  public ImmutableMap<String, Long> totalsByClass() {
    Map<String, Long> totals = new LinkedHashMap<>();
    classes.forEach(c -> totals.put(c.id(), 0L));
    holdings.forEach(h -> totals.merge(h.shareClassId(), h.shares(), Long::sum));
    return ImmutableMap.copyOf(totals);
  }

  /** Each holder's shares over all classes, in the order holders first appear. */
  public ImmutableMap<String, Long> totalsByHolder() {
    Map<String, Long> totals = new LinkedHashMap<>();
    holdings.forEach(h -> totals.merge(h.holderId(), h.shares(), Long::sum));
    return ImmutableMap.copyOf(totals);
  }

  /** The shares {@code holderId} holds over all classes; 0 for someone not in the register. */
  public long sharesOf(String holderId) {
    return holdings.stream()
        .filter(h -> h.holderId().equals(holderId))
        .mapToLong(Holding::shares)
        .sum();
  }
}
