package org.cungaiju.reform.core.share;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareRegister;

/** A register read by holder and by household. */
final class RegisterViews {

  private RegisterViews() {}

  /** Each holder's shares, in the order holders first appear in the register. */
  static ImmutableList<HolderShares> holders(
      ShareRegister register, Function<String, Optional<String>> householdOf) {
    Map<String, Map<String, Long>> byHolder = new LinkedHashMap<>();
    for (Holding h : register.holdings()) {
      byHolder.computeIfAbsent(h.holderId(), k -> new LinkedHashMap<>())
          .merge(h.shareClassId(), h.shares(), Math::addExact);
    }
    ImmutableList.Builder<HolderShares> out = ImmutableList.builder();
    byHolder.forEach((holder, classes) -> {
      boolean collective = holder.equals(register.organizationId());
      Map<String, Long> ordered = new LinkedHashMap<>();
      register.classes().forEach(c -> {
        Long n = classes.get(c.id());
        if (n != null) {
          ordered.put(c.id(), n);
        }
      });
      long total = ordered.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
      out.add(new HolderShares(holder, collective ? Optional.empty() : householdOf.apply(holder),
          collective, ImmutableMap.copyOf(ordered), total));
    });
    return out.build();
  }

  /** Each household's shares, in the order households first appear among the holders. */
  static ImmutableList<HouseholdShares> households(List<HolderShares> holders) {
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, Long> shares = new LinkedHashMap<>();
    for (HolderShares h : holders) {
      h.householdId().ifPresent(id -> {
        members.computeIfAbsent(id, k -> new ArrayList<>()).add(h.holderId());
        shares.merge(id, h.shares(), Math::addExact);
      });
    }
    ImmutableList.Builder<HouseholdShares> out = ImmutableList.builder();
    members.forEach((id, ids) -> out.add(new HouseholdShares(id, ImmutableList.copyOf(ids),
        shares.get(id))));
    return out.build();
  }
}
