package org.cungaiju.reform.core.generate;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.Rate;

/**
 * The community's rural collective economic organizations: one village-level economic union
 * (经济联合社, credit code {@code N2}) and its group-level cooperatives (经济合作社, {@code N1}),
 * most of them reformed into shareholding cooperatives with a charter that fixes a base date
 * and, often, its own reserve and welfare fund rates.
 */
final class Organizations {
  static final String VILLAGE_ID = "village";

  private Organizations() {}

  static String groupId(int group) {
    return Ids.of("group-", group + 1, 2);
  }

  static ImmutableList<CollectiveOrganization> draw(Dice dice, Codes codes, Place place,
      int groups, LocalDate asOf) {
    ImmutableList.Builder<CollectiveOrganization> out = ImmutableList.builder();
    boolean villageShares = dice.percent(80);
    out.add(new CollectiveOrganization(VILLAGE_ID,
        place.shortName() + (villageShares ? "股份合作经济联合社" : "经济联合社"),
        OrganizationLevel.VILLAGE, Optional.empty(),
        codes.creditCode(OrganizationLevel.VILLAGE.registrationType(), place.code().county()),
        villageShares, dice.percent(25), charter(dice, villageShares, asOf)));
    for (int g = 0; g < groups; g++) {
      boolean shares = dice.percent(75);
      out.add(new CollectiveOrganization(groupId(g),
          place.shortName() + "第" + Place.numeral(g + 1)
              + (shares ? "股份合作经济社" : "经济合作社"),
          OrganizationLevel.GROUP, Optional.of(VILLAGE_ID),
          codes.creditCode(OrganizationLevel.GROUP.registrationType(), place.code().county()),
          shares, dice.percent(5), charter(dice, shares, asOf)));
    }
    return out.build();
  }

  private static Charter charter(Dice dice, boolean shareholding, LocalDate asOf) {
    if (!shareholding) {
      return Charter.DEFAULT;
    }
    Optional<Rate> reserve = dice.percent(70)
        ? Optional.of(Rate.ofPercent(dice.pick(ImmutableList.of(10, 15, 20, 30))))
        : Optional.empty();
    Optional<Rate> welfare = dice.percent(50)
        ? Optional.of(Rate.ofPercent(dice.pick(ImmutableList.of(0, 5, 10))))
        : Optional.empty();
    ShareManagement management = dice.percent(80) ? ShareManagement.STATIC
        : ShareManagement.DYNAMIC;
    int lastYear = Math.min(asOf.getYear() - 1, 2020);
    Optional<LocalDate> base = Optional.of(
        LocalDate.of(dice.between(Math.min(2004, lastYear), lastYear), 12, 31));
    return new Charter(reserve, welfare, management, base, Optional.empty());
  }
}
