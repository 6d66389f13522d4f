package org.cungaiju.reform.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The U.S. House of Representatives: 435 seats over the 50 states by Huntington–Hill, every
 * state at least one. A correct implementation reproduces the published apportionments of the
 * 2000, 2010 and 2020 censuses seat for seat.
 */
class UsHouseTest {

  @ParameterizedTest(name = "{0} census")
  @ValueSource(ints = {2000, 2010, 2020})
  void reproducesThePublishedApportionment(int year) {
    List<String> lines = SharedData.lines("us-house-" + year + ".csv");
    assertThat(lines.get(0)).isEqualTo("state,apportionment_population,seats");
    List<Claim> states = new ArrayList<>();
    Map<String, Long> published = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      states.add(Claim.of(f[0], Long.parseLong(f[1])).withMin(1));
      published.put(f[0], Long.parseLong(f[2]));
    }
    assertThat(states).hasSize(50);

    Allocation house = Apportionment.of(Method.HUNTINGTON_HILL).allocate(435, states);

    assertThat(house.unitsById()).containsExactlyEntriesOf(published);
    assertThat(house.isTied()).isFalse();
  }
}
