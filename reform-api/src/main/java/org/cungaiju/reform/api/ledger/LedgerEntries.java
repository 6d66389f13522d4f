package org.cungaiju.reform.api.ledger;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Violation;

/**
 * The rules a sequence of ledger entries keeps, as the dossier and the ledger engine check
 * them.
 *
 * <h2>The rules</h2>
 *
 * <ul>
 *   <li>Ids are unique.
 *   <li>An entry supersedes only an entry listed before it, of the same key task, dated on or
 *       before it; an entry is superseded at most once, so the corrections of an entry form one
 *       chain and its latest link is the one in force.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public final class LedgerEntries {

  private LedgerEntries() {}

  /**
   * Every rule {@code entries} break, in order, with paths such as {@code ledger[3].supersedes}
   * for {@code field} {@code "ledger"}; empty when they keep every rule.
   */
  public static ImmutableList<Violation> check(List<LedgerEntry> entries, String field) {
    List<Violation> out = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> supersededBy = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      String at = field + "[" + i + "]";
      if (index.putIfAbsent(e.id(), i) != null) {
        out.add(Violation.of(at + ".id", e.id(), "is used twice", "a unique id"));
      }
      if (e.supersedes().isEmpty()) {
        continue;
      }
      String s = e.supersedes().get();
      Integer earlier = index.get(s);
      if (earlier == null || earlier >= i) {
        out.add(Violation.of(at + ".supersedes", s, "names no earlier entry in the ledger",
            "the id of an entry listed before this one"));
        continue;
      }
      LedgerEntry target = entries.get(earlier);
      if (target.taskNumber() != e.taskNumber()) {
        out.add(Violation.of(at + ".supersedes", s, "is an entry of key task "
            + target.taskNumber() + ", not of this entry's task " + e.taskNumber(),
            "an earlier entry of key task " + e.taskNumber()));
      }
      if (e.date().isBefore(target.date())) {
        out.add(Violation.of(at + ".date", e.date(), "is before the date " + target.date()
            + " of the entry " + s + " it supersedes", "a date on or after " + target.date()));
      }
      String other = supersededBy.putIfAbsent(s, e.id());
      if (other != null) {
        out.add(Violation.of(at + ".supersedes", s, "is superseded already by " + other,
            "the latest entry of the chain, " + other + " or one superseding it"));
      }
    }
    return ImmutableList.copyOf(out);
  }
}
