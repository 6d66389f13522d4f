package org.cungaiju.reform.core.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cungaiju.reform.core.share.Villages.charter;
import static org.cungaiju.reform.core.share.Villages.died;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.ConflictException;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.junit.jupiter.api.Test;

/** Registers in force on a date: static management, dynamic readjustment, quantification. */
class ShareEngineTest {

  private static final ShareEngine ENGINE = new ShareEngine(PolicyRegistry.builder().build());
  private static final LocalDate DATE = LocalDate.of(2025, 12, 31);

  /**
   * The register of 2020 gives p1 10 population and 7 farm-age shares, p2 and p3 10 population
   * shares each. p1 dies on 2023-05-01: under static management p1's shares pass to the other
   * members of household h1 who belong to the organization, were born by then and outlived p1 —
   * p2 and p3 — in equal parts: population 10 → 5 + 5; farm age 7 → 3 + 3 and one share left,
   * tied, to p2 (named first). p4, born to p3 in 2024, holds nothing: a birth brings no share.
   * Household h1 still holds all 37 shares.
   */
  @Test
  void underStaticManagementADeathPassesSharesWithinTheHouseholdAndABirthBringsNone() {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.STATIC, "2020-12-31", null, null, null))
        .person("p1", "1950-03-01", "h1", "g1", List.of(), died("2023-05-01"))
        .person("p2", "1952-04-01", "h1", "g1", List.of())
        .person("p3", "1980-05-01", "h1", "g1", List.of())
        .person("p4", "2024-06-01", "h1", "g1", List.of("p3"))
        .register(register2020("g1", new Holding("p1", "population", 10),
            new Holding("p1", "farmAge", 7), new Holding("p2", "population", 10),
            new Holding("p3", "population", 10)))
        .build();

    OrganizationShares shares = ENGINE.sharesOf(dossier, "g1", DATE);

    assertThat(shares.origin()).isEqualTo(RegisterOrigin.DOSSIER);
    assertThat(shares.originDate()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(shares.register().totalShares()).isEqualTo(37);
    assertThat(shares.holder("p1")).isEmpty();
    assertThat(shares.holder("p2").orElseThrow().byClass())
        .containsExactly(Map.entry("population", 15L), Map.entry("farmAge", 4L));
    assertThat(shares.holder("p3").orElseThrow().byClass())
        .containsExactly(Map.entry("population", 15L), Map.entry("farmAge", 3L));
    assertThat(shares.holder("p4")).isEmpty();
    assertThat(shares.households()).singleElement().satisfies(h -> {
      assertThat(h.householdId()).isEqualTo("h1");
      assertThat(h.shares()).isEqualTo(37);
    });
    assertThat(shares.operations()).singleElement().satisfies(op -> {
      assertThat(op.kind()).isEqualTo("inheritance");
      assertThat(op.operation().date()).isEqualTo(LocalDate.of(2023, 5, 1));
      assertThat(op.operation().reason()).contains("股权固化").contains("2023-05-01");
      assertThat(op.tieAwarded()).containsExactly("p2");
      assertThat(op.tiePassedOver()).containsExactly("p3");
    });
    assertThat(shares.register().asOf()).isEqualTo(LocalDate.of(2023, 5, 1));
    assertThat(shares.explanation().outcome()).contains("37 shares held by 2 holders",
        "the dossier's register of 2020-12-31", "1 inheritance under static management");
  }

  /**
   * The heirs are the household's members of the organization born by the day of the death who
   * outlived the holder, holders or not, and deaths are taken in order. p5 dies first, on
   * 2022-01-01: p1 and p2 inherit 5 each (p3 is not yet born, p4 belongs to another
   * organization). p1 dies on 2023-05-01 holding 15: p2 and p3 (born 2022-06-01, after the base
   * date, holding nothing of its own) inherit 15 ÷ 2 = 7½ each, the share left tied and given to
   * p2: 8 and 7. p2 ends with 10 + 5 + 8 = 23, p3 with 7; the household keeps all 30.
   */
  @Test
  void theHeirsAreTheHouseholdsLivingMembersOfTheOrganization() {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.STATIC, "2020-12-31", null, null, null))
        .organization("g2", charter(ShareManagement.STATIC, null, null, null, null))
        .person("p1", "1950-03-01", "h1", "g1", List.of(), died("2023-05-01"))
        .person("p2", "1980-04-01", "h1", "g1", List.of())
        .person("p3", "2022-06-01", "h1", "g1", List.of("p2"))
        .person("p4", "1982-01-01", "h1", "g2", List.of())
        .person("p5", "1951-01-01", "h1", "g1", List.of(), died("2022-01-01"))
        .register(register2020("g1", new Holding("p1", "population", 10),
            new Holding("p2", "population", 10), new Holding("p5", "population", 10)))
        .build();
    OrganizationShares shares = ENGINE.sharesOf(dossier, "g1", DATE);
    assertThat(shares.register().totalsByHolder()).containsExactly(Map.entry("p2", 23L),
        Map.entry("p3", 7L));
    assertThat(shares.operations()).extracting(op -> List.copyOf(
        ((Inheritance) op.operation()).heirIds()))
        .containsExactly(List.of("p1", "p2"), List.of("p2", "p3"));
  }

  @Test
  void aHolderWithoutAnHeirKeepsTheSharesWithANote() {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.STATIC, "2020-12-31", null, null, null))
        .person("p1", "1940-01-01", "h1", "g1", List.of(), died("2024-01-01"))
        .person("p2", "1960-01-01", "h2", "g1", List.of())
        .build();
    OrganizationShares shares = ENGINE.sharesOf(dossier, "g1", DATE);
    assertThat(shares.origin()).isEqualTo(RegisterOrigin.QUANTIFIED);
    assertThat(shares.holder("p1").orElseThrow().shares()).isEqualTo(1);
    assertThat(shares.operations()).isEmpty();
    assertThat(shares.notes()).singleElement().asString()
        .contains("p1 died on 2024-01-01", "household h1", "members' assembly");
  }

  /**
   * No register in the dossier: the municipal default gives each member decided on the
   * charter's base date one population share. p3, born after the base date, is not yet a member
   * then and gets none; a person of another organization is not counted.
   */
  @Test
  void quantifiesFromTheMembersOnTheChartersBaseDate() {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.STATIC, "2020-12-31", null, null, null))
        .organization("g2", charter(ShareManagement.STATIC, null, null, null, null))
        .person("p1", "1960-01-01", "h1", "g1", List.of())
        .person("p2", "1990-01-01", "h1", "g1", List.of("p1"))
        .person("p3", "2021-01-01", "h1", "g1", List.of("p2"))
        .person("q1", "1970-01-01", "h2", "g2", List.of())
        .build();
    OrganizationShares shares = ENGINE.sharesOf(dossier, "g1", DATE);
    Quantification q = shares.quantification().orElseThrow();
    assertThat(q.baseDate()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(q.members()).extracting(MemberShares::personId).containsExactly("p1", "p2");
    assertThat(shares.register().holdings()).containsExactly(new Holding("p1", "population", 1),
        new Holding("p2", "population", 1));
    assertThat(shares.explanation().steps()).singleElement()
        .satisfies(s -> assertThat(s.ruleId()).isEqualTo(Quantification.RULE_ID));
    assertThat(shares.explanation().policyId()).isEqualTo("jiangmen-default");

    // the charter of g2 sets no base date: quantified on the date asked for
    assertThat(ENGINE.sharesOf(dossier, "g2", DATE).quantification().orElseThrow().baseDate())
        .isEqualTo(DATE);
  }

  /** Dynamic management: a new base date brings the newborn in and takes the deceased out. */
  @Test
  void dynamicReadjustmentIsANewRegisterAtANewBaseDate() {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.DYNAMIC, "2020-12-31", null, null, null))
        .organization("g2", charter(ShareManagement.STATIC, "2020-12-31", null, null, null))
        .person("p1", "1950-01-01", "h1", "g1", List.of(), died("2023-01-01"))
        .person("p2", "1980-01-01", "h1", "g1", List.of())
        .person("p3", "2022-01-01", "h1", "g1", List.of("p2"))
        .build();
    OrganizationShares before = ENGINE.sharesOf(dossier, "g1", DATE);
    assertThat(before.register().totalsByHolder()).containsOnlyKeys("p1", "p2");
    assertThat(before.notes()).singleElement().asString().contains("p1 died on 2023-01-01",
        "dynamic management");

    OrganizationShares after = ENGINE.readjust(dossier, "g1", DATE);
    assertThat(after.origin()).isEqualTo(RegisterOrigin.READJUSTED);
    assertThat(after.register().totalsByHolder()).containsOnlyKeys("p2", "p3");
    assertThat(after.register().asOf()).isEqualTo(DATE);

    assertThatThrownBy(() -> ENGINE.readjust(dossier, "g2", DATE))
        .isInstanceOf(ConflictException.class).hasMessageContaining("g2")
        .hasMessageContaining("股权固化");
  }

  @Test
  void readsEveryOrganizationInDossierOrder() {
    Dossier dossier = Villages.asOf("2025-12-31")
        .organization("g1", charter(ShareManagement.STATIC, null, null, null, null))
        .organization("g2", charter(ShareManagement.DYNAMIC, null, null, null, 100L))
        .person("p1", "1960-01-01", "h1", "g1", List.of())
        .person("q1", "1960-01-01", "h2", "g2", List.of())
        .person("q2", "1961-01-01", "h2", "g2", List.of())
        .build();
    List<OrganizationShares> all = ENGINE.sharesOn(dossier, DATE);
    assertThat(all).extracting(OrganizationShares::organizationId).containsExactly("g1", "g2");
    assertThat(all.get(1).totalsByClass()).containsExactly(Map.entry("population", 100L));
    assertThat(all.get(1).households()).singleElement()
        .satisfies(h -> assertThat(h.holderIds()).containsExactly("q1", "q2"));
  }

  static ShareRegister register2020(String organization, Holding... holdings) {
    return new ShareRegister(organization, LocalDate.of(2020, 12, 31), ImmutableList.of(
        ShareClass.of("population", ShareClassKind.POPULATION),
        ShareClass.of("farmAge", ShareClassKind.FARM_AGE)), ImmutableList.copyOf(holdings));
  }
}
