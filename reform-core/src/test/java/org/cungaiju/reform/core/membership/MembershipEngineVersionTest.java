package org.cungaiju.reform.core.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.community.PersonEventType.HUKOU_IN;
import static org.cungaiju.reform.api.community.PersonEventType.MARRIAGE_IN;
import static org.cungaiju.reform.core.membership.TestDossiers.dossier;
import static org.cungaiju.reform.core.membership.TestDossiers.event;
import static org.cungaiju.reform.core.membership.TestDossiers.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.core.policy.MunicipalDefaultPolicy;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.junit.jupiter.api.Test;

class MembershipEngineVersionTest {

  private static final PolicySource SOURCE = PolicySource.of("新会测试〔2024〕1号", "第三条",
      LocalDate.of(2024, 1, 1));
  private static final LocalDate CHANGE = LocalDate.of(2024, 7, 1);

  /** Before the change everyone who moved in waits for the assembly; after it, the base rules. */
  private static final class TwoVersions implements CountyPolicyProvider {
    @Override
    public String id() {
      return "two-versions";
    }

    @Override
    public String countyCode() {
      return "440705";
    }

    @Override
    public SpiVersion spiVersion() {
      return SpiVersion.of(1, 0);
    }

    @Override
    public String displayName() {
      return "两个版本";
    }

    @Override
    public List<MembershipRules> membershipRules() {
      FacetVersion v1 = FacetVersion.of(id(), DateRange.of(LocalDate.of(2020, 1, 1), CHANGE),
          SOURCE);
      FacetVersion v2 = FacetVersion.of(id(), DateRange.startingAt(CHANGE), SOURCE);
      return List.of(new MembershipRules() {
        @Override
        public FacetVersion version() {
          return v1;
        }

        @Override
        public Explained<MembershipStatus> decide(MembershipQuery q) {
          if (!q.person().eventsOf(HUKOU_IN).isEmpty()) {
            return Explained.of(MembershipStatus.PENDING, v1.explain("test.movedIn", "",
                Map.of(), Map.of(), "pending: moved in"));
          }
          Explained<MembershipStatus> base = q.baseDecision();
          return Explained.of(base.value(), v1.explain("test.base", "", Map.of(), Map.of(),
              base.explanation().outcome()).withSteps(List.of(base.explanation())));
        }
      }, new MembershipRules() {
        @Override
        public FacetVersion version() {
          return v2;
        }

        @Override
        public Explained<MembershipStatus> decide(MembershipQuery q) {
          Explained<MembershipStatus> base = q.baseDecision();
          return Explained.of(base.value(), v2.explain("test.base", "", Map.of(), Map.of(),
              base.explanation().outcome()).withSteps(List.of(base.explanation())));
        }
      });
    }
  }

  @Test
  void decidesEachSideOfAVersionChangeUnderItsOwnVersion() {
    Dossier d = dossier("2024-12-31", person("husband", "1980-01-01", Sex.MALE, true, List.of()),
        person("wife", "1985-01-01", Sex.FEMALE, true, List.of(),
            event(HUKOU_IN, "2010-01-01"), event(MARRIAGE_IN, "2010-01-01")));
    MembershipEngine engine = new MembershipEngine(
        PolicyRegistry.builder().strict().register(new TwoVersions()).build());

    Member before = engine.decide(d, CHANGE.minusDays(1)).of("wife").orElseThrow();
    Member after = engine.decide(d, CHANGE).of("wife").orElseThrow();

    assertThat(before.status()).isEqualTo(MembershipStatus.PENDING);
    assertThat(before.explanation().policyId()).isEqualTo("two-versions");
    assertThat(before.explanation().version()).isEqualTo("2020-01-01");
    assertThat(after.status()).isEqualTo(MembershipStatus.MEMBER);
    assertThat(after.explanation().version()).isEqualTo("2024-07-01");
    assertThat(after.explanation().steps()).singleElement().satisfies(step -> {
      assertThat(step.policyId()).isEqualTo(MunicipalDefaultPolicy.ID);
      assertThat(step.ruleId()).isEqualTo("membership.marriage");
    });
  }
}
