package org.cungaiju.reform.core.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.core.dividend.DividendReport;
import org.cungaiju.reform.core.dividend.HouseholdPayout;
import org.cungaiju.reform.core.dividend.OrganizationDividend;
import org.cungaiju.reform.core.dividend.Payout;
import org.cungaiju.reform.core.grid.PlannedGrid;
import org.cungaiju.reform.core.share.HouseholdShares;
import org.cungaiju.reform.core.share.MemberShares;
import org.cungaiju.reform.core.share.OrganizationShares;
import org.cungaiju.reform.core.share.Quantification;

/**
 * The figures of a report that must add up — shares, money, grid units, persons — as plain
 * numbers, read either from the {@link Report} or from its {@code report.json}, so that the two
 * can be compared and the sums checked once on either.
 *
 * @param shares each organization's register, by organization id
 * @param dividends each organization's distribution, by organization id
 * @param grids the grid plan's units, when the grids section is complete
 * @param persons the persons decided or without an organization, when membership is complete
 * @param shareCounts the shares section's headline counts
 * @param dividendAmounts the dividends section's headline amounts, in fen
 */
record Books(Map<String, Register> shares, Map<String, Distribution> dividends,
    Grids grids, List<String> persons, Map<String, Long> shareCounts,
    Map<String, Long> dividendAmounts) {

  /** One organization's register in the shares section, where it came from and since when. */
  record Register(String origin, int operations, long registerTotal, long totalShares,
      long collectiveShares, Map<String, Long> totalsByClass, List<Holder> holders,
      Map<String, Long> households, Quantified quantified) {}

  /** One holder's line: shares by class and in all. */
  record Holder(String id, String household, boolean collective, Map<String, Long> byClass,
      long shares) {}

  /** What a quantification said: every share, the members', the collective's; members' shares. */
  record Quantified(long total, long members, long collective, long registerTotal,
      Map<String, Long> memberShares) {}

  /** One organization's distribution, in fen. */
  record Distribution(String status, long income, long reserve, long welfare, long retention,
      long pool, long paidOut, long totalShares, List<Paid> payouts, Map<String, Paid> households) {}

  /** A holder's or a household's payout: its shares and fen. */
  record Paid(String id, String household, long shares, long fen) {}

  /** The units of the plan: each comprehensive grid's, each dedicated grid's, and all. */
  record Grids(List<List<String>> comprehensive, List<List<String>> dedicated, List<String> units,
      Map<String, Integer> households, List<Integer> gridHouseholds) {}

  // ---- from the report ----

  static Books of(Report report) {
    Map<String, Register> shares = new LinkedHashMap<>();
    report.result(SectionKey.SHARES).ifPresent(s -> s.organizations()
        .forEach(o -> shares.put(o.organizationId(), register(o))));
    Map<String, Distribution> dividends = new LinkedHashMap<>();
    report.result(SectionKey.DIVIDENDS).ifPresent(s -> s.organizations().forEach(o ->
        o.distribution().ifPresent(d -> dividends.put(o.organizationId(), distribution(o, d)))));
    Grids grids = report.result(SectionKey.GRIDS).map(g -> new Grids(
        g.plan().grids().stream().map(PlannedGrid::unitIds).map(List::copyOf).toList(),
        g.plan().dedicatedGrids().stream().map(d -> List.copyOf(d.unitIds())).toList(),
        g.units().stream().map(u -> u.id()).toList(),
        g.units().stream().collect(ImmutableMap.toImmutableMap(u -> u.id(), u -> u.households())),
        g.plan().grids().stream().map(PlannedGrid::households).toList())).orElse(null);
    List<String> persons = report.result(SectionKey.MEMBERSHIP).map(m -> {
      List<String> ids = new ArrayList<>();
      m.decisions().forEach(d -> ids.add(d.personId()));
      ids.addAll(m.withoutOrganization());
      return ids;
    }).orElse(null);
    Map<String, Long> shareCounts = report.section(SectionKey.SHARES)
        .map(x -> x.figures().counts()).map(Map::copyOf).orElse(Map.of());
    Map<String, Long> dividendAmounts = new LinkedHashMap<>();
    report.section(SectionKey.DIVIDENDS).ifPresent(x -> x.figures().amounts()
        .forEach((name, money) -> dividendAmounts.put(name, money.fen())));
    return new Books(shares, dividends, grids, persons, shareCounts, dividendAmounts);
  }

  private static Register register(OrganizationShares o) {
    List<Holder> holders = o.holders().stream().map(h -> new Holder(h.holderId(),
        h.householdId().orElse(null), h.collective(), h.byClass(), h.shares())).toList();
    Map<String, Long> households = new LinkedHashMap<>();
    for (HouseholdShares h : o.households()) {
      households.put(h.householdId(), h.shares());
    }
    Quantified quantified = o.quantification().map(Books::quantified).orElse(null);
    return new Register(o.origin().name(), o.operations().size(), o.register().totalShares(),
        o.totalShares(), o.collectiveShares(), o.totalsByClass(), holders, households, quantified);
  }

  private static Quantified quantified(Quantification q) {
    Map<String, Long> members = new LinkedHashMap<>();
    for (MemberShares m : q.members()) {
      members.put(m.personId(), m.shares());
    }
    return new Quantified(q.totalShares(), q.memberShares(), q.collectiveShares(),
        q.register().holdings().stream().mapToLong(Holding::shares).sum(), members);
  }

  private static Distribution distribution(OrganizationDividend o, DividendReport r) {
    List<Paid> payouts = new ArrayList<>();
    for (Payout p : r.payouts()) {
      payouts.add(new Paid(p.holderId(), p.householdId().orElse(null), p.shares(),
          p.payout().fen()));
    }
    Map<String, Paid> households = new LinkedHashMap<>();
    for (HouseholdPayout h : r.households()) {
      households.put(h.householdId(), new Paid(h.householdId(), h.householdId(), h.shares(),
          h.payout().fen()));
    }
    return new Distribution(o.status().name(), r.distributableIncome().fen(),
        r.reserveFund().fen(), r.welfareFund().fen(), r.retention().fen(), r.pool().fen(),
        r.paidOut().fen(), r.totalShares(), payouts, households);
  }

  // ---- from report.json ----

  static Books of(JsonNode report) {
    JsonNode sections = report.get("sections");
    Map<String, Register> shares = new LinkedHashMap<>();
    for (JsonNode o : sections.path("shares").path("result").path("organizations")) {
      shares.put(o.get("organizationId").asText(), register(o));
    }
    Map<String, Distribution> dividends = new LinkedHashMap<>();
    for (JsonNode o : sections.path("dividends").path("result").path("organizations")) {
      if (o.has("distribution")) {
        dividends.put(o.get("organizationId").asText(),
            distribution(o.get("status").asText(), o.get("distribution")));
      }
    }
    JsonNode g = sections.path("grids").path("result");
    Grids grids = g.isMissingNode() ? null : new Grids(
        lists(g.path("plan").path("grids")), lists(g.path("plan").path("dedicatedGrids")),
        texts(g.path("units"), "id"), unitHouseholds(g.path("units")),
        ints(g.path("plan").path("grids"), "households"));
    JsonNode m = sections.path("membership").path("result");
    List<String> persons = null;
    if (!m.isMissingNode()) {
      persons = new ArrayList<>(texts(m.path("decisions"), "personId"));
      for (JsonNode p : m.path("withoutOrganization")) {
        persons.add(p.asText());
      }
    }
    Map<String, Long> shareCounts = longs(sections.path("shares").path("figures").path("counts"));
    Map<String, Long> dividendAmounts = new LinkedHashMap<>();
    sections.path("dividends").path("figures").path("amounts").properties()
        .forEach(e -> dividendAmounts.put(e.getKey(), fen(e.getValue())));
    return new Books(shares, dividends, grids, persons, shareCounts, dividendAmounts);
  }

  private static Register register(JsonNode o) {
    List<Holder> holders = new ArrayList<>();
    for (JsonNode h : o.get("holders")) {
      holders.add(new Holder(h.get("holderId").asText(), textOrNull(h, "householdId"),
          h.get("collective").asBoolean(), longs(h.get("byClass")), h.get("shares").longValue()));
    }
    Map<String, Long> households = new LinkedHashMap<>();
    for (JsonNode h : o.get("households")) {
      households.put(h.get("householdId").asText(), h.get("shares").longValue());
    }
    long registerTotal = 0;
    for (JsonNode h : o.get("register").get("holdings")) {
      registerTotal += h.get("shares").longValue();
    }
    Quantified quantified = null;
    JsonNode q = o.get("quantification");
    if (q != null) {
      Map<String, Long> members = new LinkedHashMap<>();
      for (JsonNode mem : q.get("members")) {
        members.put(mem.get("personId").asText(), mem.get("shares").longValue());
      }
      long quantifiedRegister = 0;
      for (JsonNode h : q.get("register").get("holdings")) {
        quantifiedRegister += h.get("shares").longValue();
      }
      quantified = new Quantified(q.get("totalShares").longValue(),
          q.get("memberShares").longValue(), q.get("collectiveShares").longValue(),
          quantifiedRegister, members);
    }
    return new Register(o.get("origin").asText(), o.get("operations").size(), registerTotal,
        o.get("totalShares").longValue(), o.get("collectiveShares").longValue(),
        longs(o.get("totalsByClass")), holders, households, quantified);
  }

  private static Distribution distribution(String status, JsonNode r) {
    List<Paid> payouts = new ArrayList<>();
    for (JsonNode p : r.get("payouts")) {
      payouts.add(new Paid(p.get("holderId").asText(), textOrNull(p, "householdId"),
          p.get("shares").longValue(), fen(p.get("payout"))));
    }
    Map<String, Paid> households = new LinkedHashMap<>();
    for (JsonNode h : r.get("households")) {
      String id = h.get("householdId").asText();
      households.put(id, new Paid(id, id, h.get("shares").longValue(), fen(h.get("payout"))));
    }
    return new Distribution(status, fen(r.get("distributableIncome")), fen(r.get("reserveFund")),
        fen(r.get("welfareFund")), fen(r.get("retention")), fen(r.get("pool")),
        fen(r.get("paidOut")), r.get("totalShares").longValue(), payouts, households);
  }

  /** A money string {@code "1234.56"} in fen, exactly. */
  static long fen(JsonNode money) {
    return new BigDecimal(money.asText()).movePointRight(2).longValueExact();
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null ? null : v.asText();
  }

  private static Map<String, Long> longs(JsonNode object) {
    Map<String, Long> out = new LinkedHashMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), e.getValue().longValue()));
    return out;
  }

  private static List<List<String>> lists(JsonNode grids) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode g : grids) {
      List<String> units = new ArrayList<>();
      g.get("unitIds").forEach(u -> units.add(u.asText()));
      out.add(units);
    }
    return out;
  }

  private static List<String> texts(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get(field).asText()));
    return ImmutableList.copyOf(out);
  }

  private static List<Integer> ints(JsonNode list, String field) {
    List<Integer> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get(field).intValue()));
    return out;
  }

  private static Map<String, Integer> unitHouseholds(JsonNode units) {
    Map<String, Integer> out = new LinkedHashMap<>();
    units.forEach(u -> out.put(u.get("id").asText(), u.get("households").intValue()));
    return out;
  }
}
