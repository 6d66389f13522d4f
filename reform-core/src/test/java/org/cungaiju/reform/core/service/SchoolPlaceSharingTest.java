package org.cungaiju.reform.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.core.allocation.Method;
import org.cungaiju.reform.core.json.ReformJson;
import org.junit.jupiter.api.Test;

/** Sharing a county's school places or budget among its communities by resident population. */
class SchoolPlaceSharingTest {

  private static final SchoolPlaceSharing SHARING = SchoolPlaceSharing.byLargestRemainder();

  private static List<ResidentPopulation> communities(int... residents) {
    List<ResidentPopulation> out = new ArrayList<>();
    for (int i = 0; i < residents.length; i++) {
      out.add(new ResidentPopulation("c" + (i + 1), residents[i]));
    }
    return out;
  }

  @Test
  void sharesPlacesByLargestRemainder() {
    // 1000 places among 3120, 2480 and 4155 residents (9755 in all): quotas 319.836…,
    // 254.228… and 425.935…; floors 319 + 254 + 425 = 998, and the 2 left go to the largest
    // remainders, .935 (c3) and .836 (c1)
    Sharing s = SHARING.sharePlaces(1000, communities(3120, 2480, 4155));

    assertThat(s.shares()).extracting(CommunityShare::units).containsExactly(320L, 254L, 426L);
    assertThat(s.tiedAwarded()).isEmpty();
    assertThat(s.shareOf("c1").orElseThrow().reason())
        .isEqualTo("320 units: floor 319 of quota 624000/1951 + 1 remainder unit");
    assertThat(s.method()).isEqualTo(Method.LARGEST_REMAINDER);
  }

  @Test
  void sharesABudgetToTheFenAndReportsTheTie() {
    // 1,000,000.00 yuan = 100,000,000 fen in three equal parts: 33,333,333 fen each and one
    // fen over, tied three ways; claim order gives it to the first
    Sharing s = SHARING.shareBudget(Money.parse("1000000.00"), communities(500, 500, 500));

    assertThat(s.amountOf("c1")).contains(Money.parse("333333.34"));
    assertThat(s.amountOf("c2")).contains(Money.parse("333333.33"));
    assertThat(s.amountOf("c3")).contains(Money.parse("333333.33"));
    assertThat(s.tiedAwarded()).containsExactly("c1");
    assertThat(s.tiedPassedOver()).containsExactly("c2", "c3");
    assertThat(ReformJson.write(s)).contains("\"what\":\"budget (fen)\"",
        "\"method\":\"LARGEST_REMAINDER\"");
  }

  @Test
  void aCommunityWithoutResidentsGetsNothing() {
    Sharing s = SHARING.sharePlaces(7, communities(0, 10, 0, 4));

    assertThat(s.shares()).extracting(CommunityShare::units).containsExactly(0L, 5L, 0L, 2L);
  }

  @Test
  void refusesWhatCannotBeShared() {
    assertThatThrownBy(() -> SHARING.sharePlaces(-1, communities(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("places: is negative");
    assertThatThrownBy(() -> SHARING.shareBudget(Money.parse("-0.01"), communities(1)))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("budget: is negative");
    assertThatThrownBy(() -> SHARING.sharePlaces(10, communities(0, 0)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> SHARING.sharePlaces(10, List.of(new ResidentPopulation("c1", 5),
        new ResidentPopulation("c1", 6))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("c1");
  }

  @Provide
  Arbitrary<List<ResidentPopulation>> counties() {
    return Arbitraries.integers().between(0, 60_000).list().ofMinSize(1).ofMaxSize(40)
        .filter(l -> l.stream().anyMatch(r -> r > 0))
        .map(l -> communities(l.stream().mapToInt(Integer::intValue).toArray()));
  }

  @Property(tries = 300)
  void sharingPlacesConservesTheTotal(@ForAll("counties") List<ResidentPopulation> communities,
      @ForAll @LongRange(min = 0, max = 1_000_000) long places) {
    Sharing s = SHARING.sharePlaces(places, communities);

    assertThat(s.shares().stream().mapToLong(CommunityShare::units).sum()).isEqualTo(places);
    long all = communities.stream().mapToLong(ResidentPopulation::residents).sum();
    for (CommunityShare share : s.shares()) {
      // the floor or the ceiling of the exact quota places × residents ÷ all
      BigInteger[] quota = BigInteger.valueOf(places).multiply(BigInteger.valueOf(
          share.residents())).divideAndRemainder(BigInteger.valueOf(all));
      long floor = quota[0].longValueExact();
      assertThat(share.units()).isBetween(floor, quota[1].signum() == 0 ? floor : floor + 1);
    }
  }

  @Property(tries = 300)
  void sharingABudgetConservesItToTheFen(
      @ForAll("counties") List<ResidentPopulation> communities,
      @ForAll @LongRange(min = 0, max = 100_000_000_000_000L) long fen,
      @ForAll Method method) {
    Sharing s = SchoolPlaceSharing.by(method).shareBudget(Money.ofFen(fen), communities);

    assertThat(s.shares().stream().mapToLong(CommunityShare::units).sum()).isEqualTo(fen);
    assertThat(s.shares()).filteredOn(c -> c.residents() == 0)
        .allSatisfy(c -> assertThat(c.units()).isZero());
  }
}
