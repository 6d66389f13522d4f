package org.cungaiju.reform.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.core.dividend.DividendReport;
import org.cungaiju.reform.core.dividend.DividendStatus;
import org.cungaiju.reform.core.dividend.HouseholdPayout;
import org.cungaiju.reform.core.dividend.OrganizationDividend;
import org.cungaiju.reform.core.dividend.Payout;
import org.cungaiju.reform.core.dividend.YearDistribution;
import org.cungaiju.reform.core.share.OrganizationShares;

/**
 * A year's distribution as a table to read: Chinese labels with English beside them, one
 * section per organization, columns aligned by display width (a Chinese character takes two).
 */
final class DistributionText {

  private final StringBuilder out = new StringBuilder();

  private DistributionText() {}

  static String of(YearDistribution year, Dossier dossier) {
    DistributionText t = new DistributionText();
    t.line("收益分配 Dividend distribution");
    t.line("县 County " + year.county().code() + " " + year.county().chineseName()
        + " · 年度 Year " + year.year() + " · 日期 Date " + year.date());
    for (OrganizationDividend o : year.organizations()) {
      t.organization(o, dossier);
    }
    return t.out.toString().stripTrailing();
  }

  private void organization(OrganizationDividend o, Dossier dossier) {
    line("");
    line("════ " + o.organizationId() + " " + o.name() + " ════");
    field("状态 Status", o.status().chineseName() + " " + o.status());
    o.shares().ifPresent(this::register);
    o.distribution().ifPresentOrElse(this::distribution,
        () -> field("说明 Outcome", o.explanation().outcome()));
    o.shares().ifPresent(s -> s.notes().forEach(n -> field("备注 Note", n)));
  }

  private void register(OrganizationShares s) {
    field("股东名册 Register", s.origin().chineseName() + " " + s.origin() + " "
        + s.originDate() + " · " + s.management().chineseName() + " " + s.management()
        + (s.operations().isEmpty() ? "" : " · " + s.operations().size()
            + " 项变更 operations to " + s.register().asOf()));
    Map<String, String> names = s.register().classes().stream()
        .collect(Collectors.toMap(ShareClass::id, ShareClass::name));
    field("总股数 Total shares", s.totalShares() + (s.totalsByClass().isEmpty() ? "" : " ("
        + s.totalsByClass().entrySet().stream()
            .map(e -> names.get(e.getKey()) + " " + e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(" · ")) + ")"));
  }

  private void distribution(DividendReport d) {
    field("可分配收益 Income", d.distributableIncome().toString());
    field("公积金 Reserve fund", d.reserveFund() + " (" + d.rates().reserveFund() + ")");
    field("公益金 Welfare fund", d.welfareFund() + " (" + d.rates().welfareFund() + ")");
    field("分配总额 Payout pool", d.pool().toString());
    if (d.status() != DividendStatus.DISTRIBUTED) {
      field("说明 Outcome", d.explanation().outcome());
      return;
    }
    line("");
    row(List.of("股东 Holder", "户 Household", "股数 Shares", "分红 Payout", ""));
    for (Payout p : d.payouts()) {
      row(List.of(p.holderId(), p.collective() ? "集体股 collective" : p.householdId().orElse("-"),
          String.valueOf(p.shares()), p.payout().toString(), p.remainderFen() ? "*" : ""));
    }
    line("  * 含一个余数分 includes one remainder fen (largest remainder)");
    if (!d.households().isEmpty()) {
      line("");
      row(List.of("户 Household", "股东 Holders", "股数 Shares", "分红 Payout", ""));
      for (HouseholdPayout h : d.households()) {
        row(List.of(h.householdId(), String.valueOf(h.holderIds().size()),
            String.valueOf(h.shares()), h.payout().toString(), ""));
      }
    }
    if (!d.tieAwarded().isEmpty()) {
      line("");
      field("并列 Tie", (d.tieAwarded().size() + d.tiePassedOver().size())
          + " 名股东余数相同 holders with equal remainders; 按名册顺序 by register order awarded "
          + String.join(", ", d.tieAwarded()) + "; passed over "
          + String.join(", ", d.tiePassedOver()));
    }
  }

  private static final int[] WIDTHS = {14, 20, 12, 16, 2};

  private void row(List<String> cells) {
    StringBuilder b = new StringBuilder("  ");
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      boolean number = i == 2 || i == 3;
      b.append(number ? padLeft(cell, WIDTHS[i]) : padRight(cell, WIDTHS[i])).append(' ');
    }
    line(b.toString().stripTrailing());
  }

  private void field(String label, String value) {
    line(padRight(label, 22) + value);
  }

  private void line(String s) {
    out.append(s).append('\n');
  }

  private static String padRight(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - width(s))) + s;
  }

  /** Display width: East Asian wide characters count two. */
  private static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
          || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
          || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
          || (c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
    }
    return w;
  }
}
