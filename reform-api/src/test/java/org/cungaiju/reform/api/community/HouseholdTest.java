package org.cungaiju.reform.api.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cungaiju.reform.api.error.Violation;
import org.junit.jupiter.api.Test;

class HouseholdTest {

  @Provide
  Arbitrary<List<String>> memberIds() {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8)
        .list().ofMinSize(1).ofMaxSize(8).uniqueElements();
  }

  @Property
  void normalisationIsIdempotent(@ForAll("memberIds") List<String> members) {
    Household h = new Household("h1", members.get(members.size() - 1),
        ImmutableList.copyOf(members));
    assertThat(new Household(h.id(), h.headId(), h.memberIds())).isEqualTo(h);
    assertThat(h.memberIds()).containsExactlyElementsOf(members);
  }

  @Test
  void copiesTheMembers() {
    List<String> members = new ArrayList<>(List.of("p1", "p2"));
    Household h = new Household("h1", "p1", ImmutableList.copyOf(members));
    members.add("p3");
    assertThat(h.memberIds()).containsExactly("p1", "p2");
  }

  @Test
  void refusesAHeadWhoIsNotAMember() {
    Violation v = refused(() -> new Household("h1", "p9", ImmutableList.of("p1", "p2")))
        .violations().get(0);
    assertThat(v.path()).isEqualTo("headId");
    assertThat(v.value()).isEqualTo("p9");
    assertThat(v.accepted()).isEqualTo("one of memberIds");
  }

  @Test
  void refusesNoMembersAndDuplicates() {
    assertThat(refused(() -> new Household("h1", "p1", ImmutableList.of())).violations().get(0)
        .accepted()).isEqualTo("at least the head");
    Violation twice = refused(() -> new Household("h1", "p1", ImmutableList.of("p1", "p2", "p1")))
        .violations().get(0);
    assertThat(twice.path()).isEqualTo("memberIds");
    assertThat(twice.problem()).isEqualTo("is listed twice");
    assertThat(refused(() -> new Household("h 1", "p1", ImmutableList.of("p1"))).violations()
        .get(0).path()).isEqualTo("id");
  }
}
