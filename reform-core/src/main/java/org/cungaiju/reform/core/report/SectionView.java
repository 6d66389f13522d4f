package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import org.cungaiju.reform.core.run.Figures;
import org.cungaiju.reform.core.run.SectionKey;

/**
 * How one section of a report is shown on the page: its headline figures for the overview,
 * and its tables and charts. One view per section; adding a section to the page is adding one.
 *
 * @param <T> the type of the section's result
 */
interface SectionView<T extends Record> {

  /** The section shown. */
  SectionKey<T> key();

  /** The names of the figures the page's overview shows for this section. */
  ImmutableList<String> headline();

  /** Writes the complete section's tables and charts into {@code page}. */
  void render(T result, Figures figures, Page page);
}
