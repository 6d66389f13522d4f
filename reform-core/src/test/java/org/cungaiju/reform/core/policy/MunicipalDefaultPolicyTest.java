package org.cungaiju.reform.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.governance.Post;
import org.cungaiju.reform.spi.governance.SeparationDimension;
import org.cungaiju.reform.spi.service.SchoolLevel;
import org.junit.jupiter.api.Test;

class MunicipalDefaultPolicyTest {

  private static final LocalDate DATE = LocalDate.of(2025, 6, 1);
  private final PolicyRegistry registry = PolicyRegistry.builder().strict().build();

  private static CollectiveOrganization organization(Charter charter) {
    String body = "12345678";
    String first17 = "N2440705" + body + CreditCode.organizationCheckCharacter(body);
    return new CollectiveOrganization("o1", "示例经济联合社", OrganizationLevel.VILLAGE,
        Optional.empty(), new CreditCode(first17 + CreditCode.checkCharacter(first17)), true,
        false, charter);
  }

  @Test
  void retainsTenPercentReserveAndNoWelfareFundByDefault() {
    Explained<RetentionRates> r = registry.resolve(County.KAIPING, Facet.DIVIDEND, DATE)
        .retention(organization(Charter.DEFAULT), 2025);
    assertThat(r.value()).isEqualTo(RetentionRates.of(Rate.ofPercent(10), Rate.ZERO));
    // 12,345.67 yuan: reserve ⌊123,456.7 fen⌋ = 123,456 fen; welfare 0; pool the rest
    Money income = Money.parse("12345.67");
    assertThat(r.value().reserveFundOf(income)).isEqualTo(Money.ofFen(123_456));
    assertThat(r.value().payoutPoolOf(income)).isEqualTo(Money.ofFen(1_111_111));
    assertThat(r.explanation().outcome()).contains("(policy)");
  }

  @Test
  void takesTheCharterRatesWhereTheCharterSetsThem() {
    Charter charter = new Charter(Optional.empty(), Optional.of(Rate.ofPercent(5)),
        ShareManagement.STATIC, Optional.empty(), Optional.empty());
    Explained<RetentionRates> r = registry.resolve(County.KAIPING, Facet.DIVIDEND, DATE)
        .retention(organization(charter), 2025);
    assertThat(r.value()).isEqualTo(RetentionRates.of(Rate.ofPercent(10), Rate.ofPercent(5)));
    assertThat(r.explanation().inputs()).containsEntry("charterWelfareFundRate", "0.05");
    assertThat(r.explanation().outcome()).contains("welfare fund 0.05 (charter)");
  }

  @Test
  void leavesTheReserveFundWhatACharterWelfareFundOfNinetyFivePercentLeaves() {
    // found by fuzzing: 95% from the charter and the policy's 10% made 105%, and the municipal
    // default threw for a valid organization
    Charter charter = new Charter(Optional.empty(), Optional.of(Rate.ofPercent(95)),
        ShareManagement.STATIC, Optional.empty(), Optional.empty());
    Explained<RetentionRates> r = registry.resolve(County.KAIPING, Facet.DIVIDEND, DATE)
        .retention(organization(charter), 2025);
    assertThat(r.value()).isEqualTo(RetentionRates.of(Rate.ofPercent(5), Rate.ofPercent(95)));
    // 100.00 yuan: reserve 5.00, welfare 95.00, nothing left to pay out
    Money income = Money.parse("100.00");
    assertThat(r.value().reserveFundOf(income)).isEqualTo(Money.ofFen(500));
    assertThat(r.value().welfareFundOf(income)).isEqualTo(Money.ofFen(9_500));
    assertThat(r.value().payoutPoolOf(income)).isEqualTo(Money.ZERO);
    assertThat(r.explanation().outcome()).isEqualTo("reserve fund 0.05 (what the charter's "
        + "other rate leaves of the policy's 0.1), welfare fund 0.95 (charter)");
  }

  @Test
  void sizesGridsAtThreeToFiveHundredHouseholdsAndAtMost2500Residents() {
    var community = new org.cungaiju.reform.api.community.Community("c1", "示例社区",
        new org.cungaiju.reform.api.id.DivisionCode("440784100001"), "示例镇", 0, 0, 0);
    var p = registry.resolve(County.HESHAN, Facet.GRID, DATE).parameters(community).value();
    assertThat(p.minHouseholds()).isEqualTo(300);
    assertThat(p.maxHouseholds()).isEqualTo(500);
    assertThat(p.maxResidents()).isEqualTo(2500);
    assertThat(p.fullTimeWorkersPerGrid()).isEqualTo(1);
  }

  @Test
  void retainsTenPercentOfExpropriatedLand() {
    var land = registry.resolve(County.ENPING, Facet.LAND, DATE)
        .parameters(organization(Charter.DEFAULT)).value();
    assertThat(land.retainedLandRatio()).isEqualTo(Rate.ofPercent(10));
  }

  @Test
  void allowsOnePersonToHoldAllThreePosts() {
    var g = registry.resolve(County.PENGJIANG, Facet.GOVERNANCE, DATE);
    assertThat(g.mayHoldTogether(EnumSet.allOf(Post.class)).value()).isTrue();
    for (SeparationDimension d : SeparationDimension.values()) {
      assertThat(g.separation(d).value().dimension()).isEqualTo(d);
    }
  }

  @Test
  void schoolPlacesAreConfigurable() {
    PolicyRegistry configured = PolicyRegistry.builder().strict()
        .municipalDefault(MunicipalDefaultPolicy.withSchoolPlaces(
            Map.of(SchoolLevel.PRIMARY, Weight.parse("92.5"))))
        .build();
    var s = configured.resolve(County.JIANGHAI, Facet.PUBLIC_SERVICE, DATE);
    assertThat(s.schoolPlacesPerThousand(SchoolLevel.PRIMARY).value())
        .isEqualTo(Weight.parse("92.5"));
    assertThat(s.schoolPlacesPerThousand(SchoolLevel.KINDERGARTEN).value())
        .isEqualTo(MunicipalDefaultPolicy.DEFAULT_SCHOOL_PLACES.get(SchoolLevel.KINDERGARTEN));
  }

  @Test
  void theMembershipVersionsMeetOnTheDayTheLawCameIntoForce() {
    var v1 = registry.resolve(County.CITY, Facet.MEMBERSHIP, LocalDate.of(2025, 4, 30)).version();
    var v2 = registry.resolve(County.CITY, Facet.MEMBERSHIP, LocalDate.of(2025, 5, 1)).version();
    assertThat(v1.id()).isEqualTo(MunicipalDefaultPolicy.MEMBERSHIP_2006);
    assertThat(v1.validity().to()).contains(MunicipalDefaultPolicy.LAW_IN_FORCE);
    assertThat(v2.id()).isEqualTo(MunicipalDefaultPolicy.MEMBERSHIP_2025);
    assertThat(v2.validity().from()).isEqualTo(MunicipalDefaultPolicy.LAW_IN_FORCE);
  }
}
