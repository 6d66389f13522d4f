package org.cungaiju.reform.api.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cungaiju.reform.api.TestValues.refused;

import java.time.LocalDate;
import java.util.Map;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.junit.jupiter.api.Test;

class MemberTest {

  private static final Explanation WHY = Explanation.of("membership.birth", "jiangmen-default",
      "2025-05-01", PolicySource.of("农村集体经济组织法", "第十二条", LocalDate.of(2024, 6, 28)),
      Map.of(), Map.of(), "member: born to a member");

  @Test
  void tellsWhetherTheDecisionIsMembership() {
    Member m = new Member("p1", "v1", MembershipStatus.MEMBER, LocalDate.of(2025, 6, 30), WHY);
    assertThat(m.isMember()).isTrue();
    assertThat(new Member(m.personId(), m.organizationId(), m.status(), m.asOf(),
        m.explanation())).isEqualTo(m);
    assertThat(new Member("p1", "v1", MembershipStatus.PENDING, LocalDate.of(2025, 6, 30), WHY)
        .isMember()).isFalse();
    assertThat(MembershipStatus.PENDING.chineseName()).isEqualTo("待成员大会决定");
  }

  @Test
  void refusesMalformedIds() {
    assertThat(refused(() -> new Member("p 1", "v1", MembershipStatus.MEMBER,
        LocalDate.of(2025, 6, 30), WHY)).violations().get(0).path()).isEqualTo("personId");
    assertThat(refused(() -> new Member("p1", "", MembershipStatus.MEMBER,
        LocalDate.of(2025, 6, 30), WHY)).violations().get(0).path()).isEqualTo("organizationId");
  }
}
