package org.cungaiju.reform.spi.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.grid.GridUnit;
import org.junit.jupiter.api.Test;

class GridParametersTest {

  private static GridParameters standard(int min, int max) {
    return new GridParameters(min, max, 2500, ImmutableSortedMap.of("households", 1L,
        "elderlyAlone", 2L, "rentalRooms", 1L), 1, 200);
  }

  @Test
  void weighsTheNamedFactsAndTheHouseholds() {
    GridUnit unit = new GridUnit("u1", "东区3号楼", 40, 120,
        ImmutableSortedMap.of("elderlyAlone", 5L, "rentalRooms", 12L, "shops", 3L),
        ImmutableSortedSet.of(), Optional.empty());
    // 40 households × 1 + 5 elderly × 2 + 12 rooms × 1; shops are not weighed
    assertThat(standard(300, 500).workloadOf(unit)).isEqualTo(62);
  }

  @Test
  void givesOnePartTimeWorkerPerStartedShareOfWorkload() {
    GridParameters p = standard(300, 500);
    assertThat(p.partTimeWorkersFor(0)).isZero();
    assertThat(p.partTimeWorkersFor(200)).isEqualTo(1);
    assertThat(p.partTimeWorkersFor(201)).isEqualTo(2);
  }

  @Test
  void refusesAMinimumAboveTheMaximum() {
    assertThatThrownBy(() -> standard(600, 500)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("maxHouseholds").hasMessageContaining("below minHouseholds 600");
  }
}
