package org.cungaiju.reform.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.DossierWriter;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.junit.jupiter.api.Test;

/** A city of dossiers: deterministic, valid, unique across the city, made one at a time. */
class CityGeneratorTest {

  /** A small city: groups of about ten members keep the dossiers small and the test fast. */
  private static CityOptions small(long seed, int communities) {
    return CityOptions.of(seed, communities).withMembersPerGroup(10);
  }

  @Test
  void theSameOptionsMakeTheSameCity() {
    Iterator<Dossier> one = CityGenerator.iterator(small(42, 12));
    Iterator<Dossier> two = CityGenerator.iterator(small(42, 12));
    int n = 0;
    while (one.hasNext()) {
      assertThat(two.hasNext()).isTrue();
      assertThat(one.next()).isEqualTo(two.next());
      n++;
    }
    assertThat(two.hasNext()).isFalse();
    assertThat(n).isEqualTo(12);
  }

  @Test
  void anotherSeedMakesAnotherCity() {
    List<String> one = CityGenerator.stream(small(1, 5))
        .map(d -> d.community().id()).collect(Collectors.toList());
    List<String> other = CityGenerator.stream(small(2, 5))
        .map(d -> d.community().id()).collect(Collectors.toList());
    assertThat(other).isNotEqualTo(one);
  }

  @Test
  void everyDossierPassesItsChecksAndReadsBackFromItsLine() {
    CityGenerator.stream(small(7, 10)).forEach(d -> {
      assertThat(Dossier.check(d.schemaVersion(), d.asOf(), d.county(), d.community(),
          d.organizations(), d.persons(), d.households(), d.registers(), d.finances(),
          d.gridUnits(), d.dedicatedGrids(), d.ledger(), d.governance(), d.land(),
          d.services())).isEmpty();
      String line = DossierWriter.toLine(d);
      assertThat(line).endsWith("\n");
      assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
      assertThat(DossierReader.read(line)).isEqualTo(d);
    });
  }

  @Test
  void codesAndIdsAreUniqueAcrossTheCity() {
    // 1,000 communities in seven counties: ids drawn at random for each community alone
    // would repeat here (some 17,000 persons and 1,300 organizations per county)
    Set<String> communityCodes = new HashSet<>();
    Set<String> communityIds = new HashSet<>();
    Set<String> creditCodes = new HashSet<>();
    Set<String> residentIds = new HashSet<>();
    CityGenerator.stream(small(11, 1_000)).forEach(d -> {
      DivisionCode code = d.community().divisionCode();
      assertThat(code.isWithin(d.county().divisionCode())).isTrue();
      assertThat(code.committee()).contains(DivisionCode.Committee.RESIDENTS);
      assertThat(communityCodes.add(code.value())).as("community code %s", code).isTrue();
      assertThat(communityIds.add(d.community().id())).as(d.community().id()).isTrue();
      for (CollectiveOrganization o : d.organizations()) {
        assertThat(creditCodes.add(o.creditCode().value())).as("credit code").isTrue();
      }
      for (Person p : d.persons()) {
        assertThat(residentIds.add(p.residentId().value())).as("resident id of %s in %s",
            p.id(), d.community().id()).isTrue();
      }
    });
    assertThat(communityCodes).hasSize(1_000);
    assertThat(residentIds).hasSizeGreaterThan(100_000);
  }

  @Test
  void birthDatesDoNotPileUpOnOneDay() {
    // a dossier alone may clamp many young wives' births to one day; a city must not, or its
    // 500 resident-id sequences a day would run out (as they did for 2006-12-31 at 380
    // communities of 300-member groups)
    Map<String, Integer> perDay = new java.util.HashMap<>();
    CityGenerator.stream(small(17, 300)).forEach(d -> {
      for (Person p : d.persons()) {
        String day = p.residentId().value().substring(6, 14) + p.sex();
        perDay.merge(day, 1, Integer::sum);
      }
    });
    int most = perDay.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertThat(most).as("persons of one sex born on one day").isLessThan(25);
  }

  @Test
  void spreadsTheCommunitiesEvenlyOverTheSevenCounties() {
    Map<County, Long> counts = CityGenerator.stream(small(3, 23))
        .collect(Collectors.groupingBy(Dossier::county, () -> new EnumMap<>(County.class),
            Collectors.counting()));
    // 23 = 7 × 3 + 2: two counties have one more
    assertThat(counts).hasSize(7).doesNotContainKey(County.CITY);
    assertThat(counts.values().stream().filter(c -> c == 4)).hasSize(2);
    assertThat(counts.values().stream().filter(c -> c == 3)).hasSize(5);
  }

  @Test
  void groupsHaveAboutTheMembersAskedFor() {
    MembershipEngine engine = new MembershipEngine(PolicyRegistry.builder().build());
    long groups = 0;
    long members = 0;
    Iterator<Dossier> city = CityGenerator.iterator(
        CityOptions.of(5, 4).withMembersPerGroup(60));
    while (city.hasNext()) {
      Dossier d = city.next();
      groups += d.organizations().size() - 1;
      assertThat(d.organizations().size() - 1).isBetween(3, 15);
      members += engine.decide(d).decisions().stream().map(Member::status)
          .filter(s -> s == MembershipStatus.MEMBER).count();
    }
    assertThat((double) members / groups).isBetween(60 * 0.7, 60 * 1.3);
  }

  @Test
  void aCityTooLargeForAnyHeapStillYieldsItsFirstDossiers() {
    // some 4 × 10^7 persons: this passes only because each dossier is made when asked for
    Iterator<Dossier> city = CityGenerator.iterator(
        CityOptions.of(9, CityOptions.MAX_COMMUNITIES));
    Dossier first = city.next();
    Dossier second = city.next();
    assertThat(first.community().id()).isNotEqualTo(second.community().id());
    assertThat(city.hasNext()).isTrue();
    assertThat(CityGenerator.stream(CityOptions.of(9, CityOptions.MAX_COMMUNITIES)).limit(2))
        .containsExactly(first, second);
  }

  @Test
  void keepsNoDossierOnceItIsHandedOver() throws IllegalAccessException {
    Iterator<Dossier> city = CityGenerator.iterator(small(13, 5));
    Dossier handedOver = city.next();
    assertThat(handedOver.persons()).isNotEmpty();
    assertThat(reachableDomainObjects(city)).isEmpty();
  }

  @Test
  void saysWhenEveryCommunityHasBeenMade() {
    Iterator<Dossier> city = CityGenerator.iterator(small(1, 1));
    city.next();
    assertThat(city.hasNext()).isFalse();
    assertThatThrownBy(city::next).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("1 communities");
  }

  @Test
  void refusesACityWithoutCommunitiesOrTooLarge() {
    assertThatThrownBy(() -> CityOptions.of(1, 0)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("communities").hasMessageContaining("1 to 10000");
    assertThatThrownBy(() -> CityOptions.of(1, CityOptions.MAX_COMMUNITIES + 1))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("communities");
    assertThatThrownBy(() -> CityOptions.of(1, 5).withMembersPerGroup(9))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("membersPerGroup");
  }

  /**
   * The objects of the library's api (dossiers, persons, households, …) reachable from {@code
   * root} through the fields of the library's own classes, arrays, collections and maps.
   */
  private static List<Object> reachableDomainObjects(Object root) throws IllegalAccessException {
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>(List.of(root));
    List<Object> found = new java.util.ArrayList<>();
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (!seen.add(o)) {
        continue;
      }
      Class<?> type = o.getClass();
      if (type.getName().startsWith("org.cungaiju.reform.api.")) {
        found.add(o);
      } else if (o instanceof Object[] array) {
        addAll(todo, List.of(array));
      } else if (o instanceof Collection<?> c) {
        addAll(todo, c);
      } else if (o instanceof Map<?, ?> m) {
        addAll(todo, m.keySet());
        addAll(todo, m.values());
      } else if (type.getName().startsWith("org.cungaiju.")) {
        for (Class<?> t = type; t != Object.class; t = t.getSuperclass()) {
          for (Field f : t.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
              f.setAccessible(true);
              Object value = f.get(o);
              if (value != null) {
                todo.push(value);
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static void addAll(Deque<Object> todo, Collection<?> values) {
    for (Object v : values) {
      if (v != null) {
        todo.push(v);
      }
    }
  }
}
