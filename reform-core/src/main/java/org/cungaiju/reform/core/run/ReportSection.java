package org.cungaiju.reform.core.run;

/**
 * The component that produces one section of a {@link Report}: it asks one engine for its
 * result and names the result's headline figures.
 *
 * <p>Adding a section to the report is adding one implementation to {@link ReformRun}'s list
 * (and its result type to the JSON module's result types, its part of {@code
 * docs/report.schema.json}, and its view to the HTML page). An implementation is stateless; it
 * throws the library's own exceptions when its engine fails, and {@link ReformRun} turns them
 * into a failed section.
 *
 * @param <T> the type of the section's result
 */
interface ReportSection<T extends Record> {

  /** The section's id and result type. */
  SectionKey<T> key();

  /**
   * The engine's result on the run's dossier and date.
   *
   * @throws org.cungaiju.reform.api.error.ReformException when the engine fails
   * @throws RunContext.DependencyFailed when a section it needs failed
   */
  T compute(RunContext run);

  /** The headline figures of {@code result}. */
  Figures figures(T result);
}
