package org.cungaiju.reform.api.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

/** ShareRegister, Holding and ShareClass. */
class ShareRegisterTest {

  private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);
  private static final ImmutableList<ShareClass> CLASSES = ImmutableList.of(
      ShareClass.of("population", ShareClassKind.POPULATION),
      ShareClass.of("farmAge", ShareClassKind.FARM_AGE),
      ShareClass.of("collective", ShareClassKind.COLLECTIVE),
      new ShareClass("contribution", ShareClassKind.CONTRIBUTION, "贡献股"));

  private static ShareRegister register(Holding... holdings) {
    return new ShareRegister("v1", AS_OF, CLASSES, ImmutableList.copyOf(holdings));
  }

  @Test
  void totalsByClassAndHolder() {
    ShareRegister r = register(
        new Holding("p1", "population", 1),
        new Holding("p1", "farmAge", 12),
        new Holding("p2", "population", 1),
        new Holding("p2", "farmAge", 30),
        new Holding("p3", "population", 1),
        new Holding("v1", "collective", 20));
    // population 1 + 1 + 1 = 3; farm age 12 + 30 = 42; collective 20; contribution held by none
    assertThat(r.totalsByClass()).containsExactly(
        entry("population", 3L), entry("farmAge", 42L), entry("collective", 20L),
        entry("contribution", 0L));
    // p1 1 + 12 = 13, p2 1 + 30 = 31, p3 1, the organization's collective shares 20
    assertThat(r.totalsByHolder()).containsExactly(
        entry("p1", 13L), entry("p2", 31L), entry("p3", 1L), entry("v1", 20L));
    assertThat(r.totalShares()).isEqualTo(3 + 42 + 20);
    assertThat(r.sharesOf("p2")).isEqualTo(31);
    assertThat(r.sharesOf("p9")).isZero();
  }

  private static java.util.Map.Entry<String, Long> entry(String k, Long v) {
    return ImmutableMap.of(k, v).entrySet().iterator().next();
  }

  @Test
  void refusesASecondHoldingOfTheSameHolderAndClass() {
    Violation v = refused(() -> register(new Holding("p1", "population", 1),
        new Holding("p1", "farmAge", 3), new Holding("p1", "population", 2))).violations().get(0);
    assertThat(v.path()).isEqualTo("holdings");
    assertThat(v.value()).isEqualTo("p1/population");
    assertThat(v.problem()).isEqualTo("is held twice");
    assertThat(v.accepted()).isEqualTo("one holding per holder and class");
  }

  @Test
  void refusesAHoldingOfAClassTheRegisterDoesNotHave() {
    Violation v = refused(() -> register(new Holding("p1", "labourAge", 1))).violations().get(0);
    assertThat(v.path()).isEqualTo("holdings");
    assertThat(v.value()).isEqualTo("labourAge");
    assertThat(v.problem()).isEqualTo("is not one of the register's classes");
    // in the order the register lists its classes, so the message reads the same every time
    assertThat(v.accepted()).isEqualTo("population, farmAge, collective, contribution");
    Violation none = refused(() -> new ShareRegister("v1", AS_OF, ImmutableList.of(),
        ImmutableList.of(new Holding("p1", "population", 1)))).violations().get(0);
    assertThat(none.accepted()).isEqualTo("no class: the register lists none");
  }

  @Test
  void refusesAClassListedTwice() {
    Violation v = refused(() -> new ShareRegister("v1", AS_OF, ImmutableList.of(
        ShareClass.of("population", ShareClassKind.POPULATION),
        ShareClass.of("population", ShareClassKind.CUSTOM)), ImmutableList.of()))
        .violations().get(0);
    assertThat(v.path()).isEqualTo("classes");
    assertThat(v.problem()).isEqualTo("is listed twice");
  }

  @Test
  void refusesATotalBeyondALong() {
    Violation v = refused(() -> register(new Holding("p1", "population", Long.MAX_VALUE),
        new Holding("p2", "population", 1))).violations().get(0);
    assertThat(v.problem()).isEqualTo("makes the register's total overflow");
  }

  @Test
  void refusesNegativeSharesAndMalformedIds() {
    Violation v = refused(() -> new Holding("p1", "population", -1)).violations().get(0);
    assertThat(v.path()).isEqualTo("shares");
    assertThat(v.accepted()).isEqualTo("0 or more");
    assertThat(refused(() -> new Holding("p1", "", 1)).violations().get(0).path())
        .isEqualTo("shareClassId");
    assertThat(refused(() -> new ShareClass("x", ShareClassKind.CUSTOM, "")).violations().get(0)
        .path()).isEqualTo("name");
    assertThat(ShareClass.of("population", ShareClassKind.POPULATION).name()).isEqualTo("人口股");
  }

  @Provide
  Arbitrary<ShareRegister> registers() {
    Arbitrary<Holding> holding = Combinators.combine(
        Arbitraries.of("p1", "p2", "p3", "p4", "v1"),
        Arbitraries.of("population", "farmAge", "collective", "contribution"),
        Arbitraries.longs().between(0, 1_000_000))
        .as(Holding::new);
    return holding.list().ofMaxSize(12)
        .uniqueElements(h -> h.holderId() + "/" + h.shareClassId())
        .map(hs -> new ShareRegister("v1", AS_OF, CLASSES, ImmutableList.copyOf(hs)));
  }

  @Property
  void normalisationIsIdempotent(@ForAll("registers") ShareRegister r) {
    assertThat(new ShareRegister(r.organizationId(), r.asOf(), r.classes(), r.holdings()))
        .isEqualTo(r);
  }

  @Property
  void totalsAddUpTheSameWhicheverWayTheyAreCounted(@ForAll("registers") ShareRegister r) {
    long byClass = r.totalsByClass().values().stream().mapToLong(Long::longValue).sum();
    long byHolder = r.totalsByHolder().values().stream().mapToLong(Long::longValue).sum();
    assertThat(byClass).isEqualTo(r.totalShares());
    assertThat(byHolder).isEqualTo(r.totalShares());
    r.totalsByHolder().forEach((holder, n) -> assertThat(r.sharesOf(holder)).isEqualTo(n));
    assertThat(r.totalsByClass().keySet()).containsExactlyElementsOf(
        List.of("population", "farmAge", "collective", "contribution"));
  }
}
