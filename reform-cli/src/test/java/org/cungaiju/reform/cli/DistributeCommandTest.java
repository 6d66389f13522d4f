package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.cli.CommandRun.reform;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.DossierWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DistributeCommandTest {

  private static final Path SAMPLE =
      Path.of(System.getProperty("reform.root", ".."), "samples", "xinhui-sample.json");


  private static long fen(JsonNode money) {
    return new BigDecimal(money.asText()).movePointRight(2).longValueExact();
  }

  private static long floor(String rate, long fen) {
    return new BigDecimal(rate).multiply(BigDecimal.valueOf(fen))
        .setScale(0, RoundingMode.FLOOR).longValueExact();
  }

  /**
   * The sample's 2024: the village has no member and no register (NO_SHARES); group-04 lost
   * money (NO_POSITIVE_INCOME); the three other groups are paid. Their reserve rates are their
   * charters' where set (group-02: 0.15), else the default 0.1; welfare 0. Retention and payouts
   * add up to the income, households to their holders, and each payout is within a fen of its
   * share of the pool.
   */
  @Test
  void distributesTheSamplesLatestYear() throws IOException {
    CommandRun run = reform("distribute", SAMPLE.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    JsonNode result = run.json();
    assertThat(result.get("year").asInt()).isEqualTo(2024);
    assertThat(result.get("date").asText()).isEqualTo("2025-12-31");
    List<String> statuses = new ArrayList<>();
    result.get("organizations").forEach(o -> statuses.add(o.get("status").asText()));
    assertThat(statuses).containsExactly("NO_SHARES", "DISTRIBUTED", "DISTRIBUTED",
        "DISTRIBUTED", "NO_POSITIVE_INCOME");

    Map<String, String> reserveRates = Map.of("group-01", "0.1", "group-02", "0.15",
        "group-03", "0.1");
    for (JsonNode o : result.get("organizations")) {
      String id = o.get("organizationId").asText();
      if (!reserveRates.containsKey(id)) {
        continue;
      }
      JsonNode d = o.get("distribution");
      long income = fen(d.get("distributableIncome"));
      assertThat(fen(d.get("reserveFund"))).as(id).isEqualTo(floor(reserveRates.get(id), income));
      assertThat(fen(d.get("welfareFund"))).as(id).isZero();
      long pool = fen(d.get("pool"));
      assertThat(fen(d.get("reserveFund")) + pool).isEqualTo(income);
      long paid = 0;
      long shares = 0;
      Map<String, Long> households = new HashMap<>();
      for (JsonNode p : d.get("payouts")) {
        long payout = fen(p.get("payout"));
        paid += payout;
        shares += p.get("shares").asLong();
        if (p.has("householdId")) {
          households.merge(p.get("householdId").asText(), payout, Long::sum);
        }
      }
      assertThat(paid).as(id).isEqualTo(pool);
      assertThat(shares).isEqualTo(d.get("totalShares").asLong());
      for (JsonNode p : d.get("payouts")) {
        BigDecimal exact = BigDecimal.valueOf(pool).multiply(BigDecimal.valueOf(
            p.get("shares").asLong())).divide(BigDecimal.valueOf(shares), 6, RoundingMode.DOWN);
        assertThat(BigDecimal.valueOf(fen(p.get("payout"))).subtract(exact).abs())
            .isLessThan(BigDecimal.ONE);
      }
      Map<String, Long> listed = new HashMap<>();
      d.get("households").forEach(h -> listed.put(h.get("householdId").asText(),
          fen(h.get("payout"))));
      assertThat(listed).as(id).isEqualTo(households);
    }
  }

  /**
   * group-01's register is the dossier's of 2004, brought to 2025 under static management: the
   * shares of deceased holders passed within their households, so every class keeps its total.
   * group-03 has none: it is quantified, one population share per member.
   */
  @Test
  void paysOnTheRegisterInForce() throws IOException {
    Dossier sample = DossierReader.read(SAMPLE);
    ShareRegister recorded = sample.registers().stream()
        .filter(r -> r.organizationId().equals("group-01")).findFirst().orElseThrow();
    JsonNode result = reform("distribute", SAMPLE.toString()).json();
    JsonNode group01 = result.get("organizations").get(1).get("shares");
    assertThat(group01.get("origin").asText()).isEqualTo("DOSSIER");
    recorded.totalsByClass().forEach((c, n) ->
        assertThat(group01.get("totalsByClass").get(c).asLong()).as(c).isEqualTo(n));
    assertThat(group01.get("operations").size()).isPositive();
    group01.get("operations").forEach(op -> assertThat(op.get("kind").asText())
        .isEqualTo("inheritance"));
    JsonNode group03 = result.get("organizations").get(3).get("shares");
    assertThat(group03.get("origin").asText()).isEqualTo("QUANTIFIED");
    group03.get("holders").forEach(h -> assertThat(h.get("shares").asLong()).isEqualTo(1));
  }

  /**
   * With the plugin in force from 2025, group-03 is quantified at 10,000 shares: the collective
   * keeps floor(0.2 × 10,000) = 2,000; and every paid organization retains 20% and 5% whatever
   * its charter says: of group-03's 1,251,551.36, floor(250,310.272) = 250,310.27 and
   * floor(62,577.568) = 62,577.56, a pool of 938,663.53.
   */
  @Test
  void followsThePluginInForce(@TempDir Path dir) throws IOException {
    PluginJars.jar(dir.resolve("pilot.jar"), CollectiveSharesPlugin.class.getName() + "\n",
        CollectiveSharesPlugin.class, CollectiveSharesPlugin.Scheme.class,
        CollectiveSharesPlugin.Rules.class);
    CommandRun run = reform("distribute", "--plugins", dir.toString(), SAMPLE.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    JsonNode group03 = run.json().get("organizations").get(3);
    assertThat(group03.get("shares").get("totalShares").asLong()).isEqualTo(10_000);
    assertThat(group03.get("shares").get("collectiveShares").asLong()).isEqualTo(2_000);
    JsonNode d = group03.get("distribution");
    assertThat(d.get("reserveFund").asText()).isEqualTo("250310.27");
    assertThat(d.get("welfareFund").asText()).isEqualTo("62577.56");
    assertThat(d.get("pool").asText()).isEqualTo("938663.53");
    // the collective's 2,000 of 10,000 shares: a fifth of 93,866,353 fen is 18,773,270.6
    assertThat(fen(d.get("collective").get("payout"))).isBetween(18_773_270L, 18_773_271L);
    assertThat(d.get("explanation").get("steps").get(0).get("policyId").asText())
        .isEqualTo(CollectiveSharesPlugin.ID);
  }

  @Test
  void printsAReadableTable() {
    CommandRun run = reform("distribute", "--format", "text", SAMPLE.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    // group-01: 785,074.56 at 10% is 78,507.456, rounded down 78,507.45; the pool 706,567.11
    assertThat(run.out()).contains("收益分配 Dividend distribution", "年度 Year 2024",
        "════ group-01 莲洲第一股份合作经济社 ════", "已分配 DISTRIBUTED", "无股份 NO_SHARES",
        "无可分配收益 NO_POSITIVE_INCOME", "公积金 Reserve fund   78507.45 (0.1)",
        "分配总额 Payout pool  706567.11", "股东 Holder", "户 Household", "集体股 collective",
        "并列 Tie");
  }

  @Test
  void aYearWithoutFiguresListsEveryOrganizationAsSuch() {
    CommandRun run = reform("distribute", "--year", "2023", SAMPLE.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    run.json().get("organizations").forEach(o -> {
      assertThat(o.get("status").asText()).isEqualTo("NO_FIGURES");
      assertThat(o.has("distribution")).isFalse();
    });
  }

  @Test
  void aDossierWithoutFiguresNeedsAYear(@TempDir Path dir) throws IOException {
    Dossier sample = DossierReader.read(SAMPLE);
    Dossier bare = Dossier.builder().asOf(sample.asOf()).county(sample.county())
        .community(sample.community()).addOrganizations(sample.organizations())
        .addPersons(sample.persons()).addHouseholds(sample.households()).build();
    Path file = dir.resolve("bare.json");
    Files.writeString(file, DossierWriter.toJson(bare));
    CommandRun run = reform("distribute", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no financial figures", "--year");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorsAndInvalidDossiers(@TempDir Path dir) throws IOException {
    assertThat(reform("distribute", "--format", "xml", SAMPLE.toString()).exitCode())
        .isEqualTo(ExitCode.USAGE);
    assertThat(reform("distribute", dir.resolve("none.json").toString()).exitCode())
        .isEqualTo(ExitCode.USAGE);
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, Files.readString(SAMPLE).replaceFirst(
        "\"distributableIncome\": \"5723794.63\"", "\"distributableIncome\": \"5723794.634\""));
    CommandRun run = reform("distribute", broken.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("distributableIncome");
  }
}
