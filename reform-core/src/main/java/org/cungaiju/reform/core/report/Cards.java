package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
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

  private static boolean isWarning(String name) {
    return name.equals("pending") || name.equals("boundsBroken") || name.startsWith("failed")
        || name.equals("overdue") || name.equals("blocked");
  }
}
