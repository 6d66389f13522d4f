package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.cungaiju.reform.core.run.Figures;

/** Key-figure cards made from a section's figures. */
final class Cards {

  private Cards() {}

  /** One card per named figure the section has, labelled {@code figure.<name>}. */
  static ImmutableList<Page.Card> of(Page page, Figures figures, String... names) {
    ImmutableList.Builder<Page.Card> out = ImmutableList.builder();
    for (String name : names) {
      if (figures.counts().containsKey(name)) {
        out.add(new Page.Card(Numbers.grouped(figures.counts().get(name)),
            page.t("figure." + name), isWarning(name) && figures.counts().get(name) > 0));
      } else if (figures.amounts().containsKey(name)) {
        out.add(Page.Card.of(Numbers.money(figures.amounts().get(name)), page.t("figure." + name)));
      }
    }
    return out.build();
  }

  /** The figures that call for attention when they are not zero. */
  private static final ImmutableSet<String> WARNINGS = ImmutableSet.of("pending", "boundsBroken",
      "dimensionsMixed", "concurrentPostsNotAllowed", "schoolPlacesShort", "stagesShort",
      "tasksBlocked", "overdue");

  private static boolean isWarning(String name) {
    return WARNINGS.contains(name);
  }
}
