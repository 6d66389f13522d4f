package org.cungaiju.reform.api.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.TestValues;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.Rate;
import org.junit.jupiter.api.Test;

/** Community, CollectiveOrganization, Charter and OrganizationLevel. */
class CommunityTest {

  static final CreditCode VILLAGE_CODE = CreditCode.parse("N2440703MF12345673");
  static final CreditCode GROUP_CODE = CreditCode.parse("N14407051234567885");

  static Community community(String code) {
    return new Community("c1", "江门市新会区示例社区", DivisionCode.parse(code), "会城街道", 3200,
        4100, 1200);
  }

  @Test
  void communityNeedsATwelveDigitCode() {
    Community c = community("440705001001");
    assertThat(new Community(c.id(), c.name(), c.divisionCode(), c.town(),
        c.registeredPopulation(), c.residentPopulation(), c.households())).isEqualTo(c);
    Violation v = refused(() -> community("440705001")).violations().get(0);
    assertThat(v.path()).isEqualTo("divisionCode");
    assertThat(v.accepted()).contains("12-digit");
  }

  @Test
  void communityRefusesNegativeCountsAndBlankNames() {
    Violation v = refused(() -> new Community("c1", "示例社区", DivisionCode.parse("440705001001"),
        "会城街道", -1, 0, 0)).violations().get(0);
    assertThat(v.path()).isEqualTo("registeredPopulation");
    assertThat(v.accepted()).isEqualTo("0 or more");
    assertThat(refused(() -> new Community("c1", "示例社区", DivisionCode.parse("440705001001"),
        " ", 0, 0, 0)).violations().get(0).path()).isEqualTo("town");
  }

  static CollectiveOrganization organization(
      String id, OrganizationLevel level, Optional<String> parent, CreditCode code) {
    return new CollectiveOrganization(id, "示例经济联合社", level, parent, code, true, false,
        Charter.DEFAULT);
  }

  @Test
  void organizationIsRegisteredAtItsLevel() {
    CollectiveOrganization village =
        organization("v1", OrganizationLevel.VILLAGE, Optional.empty(), VILLAGE_CODE);
    assertThat(new CollectiveOrganization(village.id(), village.name(), village.level(),
        village.parentId(), village.creditCode(), village.shareholding(),
        village.convertedToCompany(), village.charter())).isEqualTo(village);
    assertThat(organization("g1", OrganizationLevel.GROUP, Optional.of("v1"), GROUP_CODE)
        .parentId()).contains("v1");
    Violation v = refused(() -> organization("g1", OrganizationLevel.GROUP, Optional.of("v1"),
        VILLAGE_CODE)).violations().get(0);
    assertThat(v.path()).isEqualTo("creditCode");
    assertThat(v.problem()).contains("经济合作社");
    assertThat(v.accepted()).isEqualTo("a credit code starting N1");
    assertThat(refused(() -> organization("v1", OrganizationLevel.VILLAGE, Optional.empty(),
        CreditCode.parse("91350200776049653A"))).violations().get(0).accepted())
        .isEqualTo("a credit code starting N2");
    CreditCode town = CreditCode.parse(TestValues.creditCode("N3440705", "12345678"));
    assertThat(organization("t1", OrganizationLevel.TOWN, Optional.empty(), town).level())
        .isEqualTo(OrganizationLevel.TOWN);
  }

  @Test
  void organizationIsNotItsOwnParent() {
    Violation v = refused(() -> organization("v1", OrganizationLevel.VILLAGE, Optional.of("v1"),
        VILLAGE_CODE)).violations().get(0);
    assertThat(v.path()).isEqualTo("parentId");
    assertThat(v.problem()).isEqualTo("is the organization itself");
  }

  @Test
  void levelsStandOneAboveTheOther() {
    assertThat(OrganizationLevel.GROUP.isDirectlyBelow(OrganizationLevel.VILLAGE)).isTrue();
    assertThat(OrganizationLevel.VILLAGE.isDirectlyBelow(OrganizationLevel.TOWN)).isTrue();
    assertThat(OrganizationLevel.GROUP.isDirectlyBelow(OrganizationLevel.TOWN)).isFalse();
    assertThat(OrganizationLevel.VILLAGE.isDirectlyBelow(OrganizationLevel.GROUP)).isFalse();
    assertThat(OrganizationLevel.TOWN.isDirectlyBelow(OrganizationLevel.TOWN)).isFalse();
  }

  @Test
  void charterRatesLeaveSomethingToPayOut() {
    Charter c = new Charter(Optional.of(Rate.parse("0.6")), Optional.of(Rate.parse("0.4")),
        ShareManagement.DYNAMIC, Optional.of(LocalDate.of(2022, 12, 31)), Optional.of(10_000L));
    assertThat(new Charter(c.reserveFundRate(), c.welfareFundRate(), c.shareManagement(),
        c.shareBaseDate(), c.totalShares())).isEqualTo(c);
    Violation v = refused(() -> new Charter(Optional.of(Rate.parse("0.6")),
        Optional.of(Rate.of(new BigDecimal("0.41"))), ShareManagement.STATIC, Optional.empty(),
        Optional.empty())).violations().get(0);
    assertThat(v.path()).isEqualTo("welfareFundRate");
    assertThat(v.problem()).contains("0.6").contains("exceeds 1");
    assertThat(v.accepted()).isEqualTo("rates that add up to at most 1");
  }

  @Test
  void charterIssuesAPositiveNumberOfShares() {
    Violation v = refused(() -> new Charter(Optional.empty(), Optional.empty(),
        ShareManagement.STATIC, Optional.empty(), Optional.of(0L))).violations().get(0);
    assertThat(v.path()).isEqualTo("totalShares");
    assertThat(v.accepted()).isEqualTo("1 or more shares");
    assertThat(Charter.DEFAULT.shareManagement()).isEqualTo(ShareManagement.STATIC);
    assertThat(Charter.DEFAULT.reserveFundRate()).isEmpty();
  }
}
