package org.cungaiju.reform.api.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

/** GridUnit, Grid, DedicatedGrid, GridWorker and Point. */
class GridUnitTest {

  private static GridUnit unit(String id, Map<String, Long> workload, Set<String> adjacent) {
    return new GridUnit(id, "东区3号楼", 48, 130, ImmutableSortedMap.copyOf(workload),
        ImmutableSortedSet.copyOf(adjacent), Optional.of(Point.of(120, -40)));
  }

  @Test
  void keepsFactsAndNeighboursSorted() {
    ImmutableSortedMap<String, Long> reversed =
        ImmutableSortedMap.<String, Long>orderedBy(Comparator.reverseOrder())
            .put("shops", 3L).put("elderlyAlone", 2L).put("rentalRooms", 40L).build();
    ImmutableSortedSet<String> neighbours =
        ImmutableSortedSet.orderedBy(Comparator.<String>reverseOrder()).add("u9", "u2", "u5")
            .build();
    GridUnit u = new GridUnit("u1", "东区3号楼", 48, 130, reversed, neighbours, Optional.empty());
    assertThat(u.workload().keySet()).containsExactly("elderlyAlone", "rentalRooms", "shops");
    assertThat(u.adjacent()).containsExactly("u2", "u5", "u9");
    assertThat(u).isEqualTo(new GridUnit("u1", "东区3号楼", 48, 130,
        ImmutableSortedMap.of("shops", 3L, "elderlyAlone", 2L, "rentalRooms", 40L),
        ImmutableSortedSet.of("u5", "u9", "u2"), Optional.empty()));
  }

  @Property
  void normalisationIsIdempotent(
      @ForAll @Size(max = 5) Set<@LongRange(min = 0, max = 500) Long> counts,
      @ForAll @Size(max = 5) Set<@LongRange(min = 2, max = 50) Long> neighbours) {
    var workload = new java.util.TreeMap<String, Long>();
    int i = 0;
    for (long c : counts) {
      workload.put("fact" + i++, c);
    }
    Set<String> adjacent = new java.util.HashSet<>();
    neighbours.forEach(n -> adjacent.add("u" + n));
    GridUnit u = unit("u1", workload, adjacent);
    assertThat(new GridUnit(u.id(), u.name(), u.households(), u.residents(), u.workload(),
        u.adjacent(), u.location())).isEqualTo(u);
  }

  @Test
  void readsAFactOrZero() {
    GridUnit u = unit("u1", Map.of("rentalRooms", 40L), Set.of());
    assertThat(u.fact("rentalRooms")).isEqualTo(40);
    assertThat(u.fact("shops")).isZero();
  }

  @Test
  void refusesBadFactsCountsAndNeighbours() {
    for (String name : new String[] {"RentalRooms", "rental-rooms", "1rooms", "", "r".repeat(41)}) {
      Violation v = refused(() -> unit("u1", Map.of(name, 1L), Set.of())).violations().get(0);
      assertThat(v.path()).isEqualTo("workload");
      assertThat(v.accepted()).contains("lower-camel-case");
    }
    assertThat(refused(() -> unit("u1", Map.of("shops", -1L), Set.of())).violations().get(0)
        .path()).isEqualTo("workload.shops");
    Violation self = refused(() -> unit("u1", Map.of(), Set.of("u2", "u1"))).violations().get(0);
    assertThat(self.path()).isEqualTo("adjacent");
    assertThat(self.problem()).isEqualTo("is the unit itself");
    assertThat(refused(() -> new GridUnit("u1", "楼", -1, 0, ImmutableSortedMap.of(),
        ImmutableSortedSet.of(), Optional.empty())).violations().get(0).path())
        .isEqualTo("households");
  }

  @Test
  void gridNeedsDistinctUnits() {
    Grid g = new Grid("g1", GridKind.COMPREHENSIVE, ImmutableList.of("u1", "u2"),
        ImmutableSet.of(GridFunction.SOCIAL_SECURITY, GridFunction.EMERGENCY_MANAGEMENT));
    assertThat(new Grid(g.id(), g.kind(), g.unitIds(), g.functions())).isEqualTo(g);
    assertThat(refused(() -> new Grid("g1", GridKind.COMPREHENSIVE, ImmutableList.of(),
        ImmutableSet.of())).violations().get(0).accepted()).isEqualTo("at least one unit");
    Violation twice = refused(() -> new Grid("g1", GridKind.DEDICATED,
        ImmutableList.of("u1", "u1"), ImmutableSet.of())).violations().get(0);
    assertThat(twice.path()).isEqualTo("unitIds");
    assertThat(twice.problem()).isEqualTo("is listed twice");
  }

  @Test
  void dedicatedGridNeedsANameAndDistinctUnits() {
    DedicatedGrid d = new DedicatedGrid("d1", "示例小学", DedicatedGridKind.SCHOOL,
        ImmutableList.of("u3"));
    assertThat(new DedicatedGrid(d.id(), d.name(), d.kind(), d.unitIds())).isEqualTo(d);
    assertThat(refused(() -> new DedicatedGrid("d1", " ", DedicatedGridKind.PARK,
        ImmutableList.of("u3"))).violations().get(0).path()).isEqualTo("name");
    assertThat(refused(() -> new DedicatedGrid("d1", "公园", DedicatedGridKind.PARK,
        ImmutableList.of("u3", "u3"))).violations().get(0).problem()).isEqualTo("is listed twice");
    assertThat(refused(() -> new DedicatedGrid("d1", "公园", DedicatedGridKind.PARK,
        ImmutableList.of())).violations().get(0).path()).isEqualTo("unitIds");
  }

  @Test
  void workerCountsAreNotNegative() {
    GridWorker w = new GridWorker("g1", WorkerRole.FULL_TIME, 2);
    assertThat(new GridWorker(w.gridId(), w.role(), w.count())).isEqualTo(w);
    Violation v = refused(() -> new GridWorker("g1", WorkerRole.PART_TIME, -1)).violations()
        .get(0);
    assertThat(v.path()).isEqualTo("count");
    assertThat(WorkerRole.PART_TIME.chineseName()).isEqualTo("兼职网格员");
    assertThat(Point.of(-3, 4)).isEqualTo(new Point(-3, 4));
  }
}
