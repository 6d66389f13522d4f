package org.cungaiju.reform.core.run;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Checks;

/**
 * The whole reform of one community dossier on one date (the main job's result): every
 * section's result with its explanation, the policies it was decided under, and the persons it
 * names.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Every section is either complete, holding its engine's whole result, or failed, holding
 *       the error and no result ({@link Section}); {@code complete} is true exactly when every
 *       section is complete. Nothing partial is presented as complete.
 *   <li>The same dossier, date and policies give an equal report: nothing in it reads the
 *       clock or the machine (plugin locations are file names only).
 *   <li>Personal data is held in {@code persons} only; sections name persons by dossier id. A
 *       {@linkplain #redact() redacted} report holds surnames and masked resident ids. {@code
 *       toString} shows no personal data.
 *   <li>The JSON form ({@code ReportJson} in {@code org.cungaiju.reform.core.report}) follows
 *       {@code docs/report.schema.json}, version {@value #FORMAT_VERSION}.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param formatVersion the report format's version, {@value #FORMAT_VERSION}
 * @param library the library that made it
 * @param date the date the reform was run as of
 * @param redacted whether personal data is reduced (surnames, masked resident ids)
 * @param complete whether every section is complete
 * @param dossier what the report was run on
 * @param policies the version of each facet in force for the county on the date, in the SPI's
 *     facet order; a facet no version could be found for is left out (the sections needing it
 *     fail, saying why)
 * @param plugins the plugins whose versions are in {@code policies}
 * @param persons every person of the dossier, by dossier id
 * @param sections the sections by id, in the report's order
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record Report(
    int formatVersion,
    Library library,
    LocalDate date,
    boolean redacted,
    boolean complete,
    DossierSummary dossier,
    ImmutableList<PolicyInForce> policies,
    ImmutableList<PluginUsed> plugins,
    ImmutableMap<String, PersonEntry> persons,
    ImmutableMap<String, Section> sections) {

  /** The version of the report format this library writes. */
  public static final int FORMAT_VERSION = 1;

  /** Validates the version, the section ids and that {@code complete} agrees with the sections. */
  public Report {
    checkArgument(formatVersion == FORMAT_VERSION, "unknown report format version %s",
        formatVersion);
    requireNonNull(library, "library");
    requireNonNull(date, "date");
    requireNonNull(dossier, "dossier");
    policies = ImmutableList.copyOf(policies);
    plugins = ImmutableList.copyOf(plugins);
    persons = ImmutableMap.copyOf(persons);
    sections = ImmutableMap.copyOf(sections);
    sections.keySet().forEach(id -> Checks.id(id, "sections"));
    boolean all = sections.values().stream().allMatch(Section::isComplete);
    checkArgument(complete == all, "complete is %s but %s", complete,
        all ? "every section is complete" : "a section failed");
  }

  /** The section {@code key}, if the report has it. */
  public Optional<Section> section(SectionKey<?> key) {
    return Optional.ofNullable(sections.get(key.id()));
  }

  /** The result of section {@code key}, if the report has it and it is complete. */
  public <T extends Record> Optional<T> result(SectionKey<T> key) {
    return section(key).flatMap(key::resultOf);
  }

  /** The errors of the failed sections, by section id in the report's order. */
  public ImmutableMap<String, SectionError> failures() {
    return sections.entrySet().stream()
        .filter(e -> e.getValue().error().isPresent())
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey,
            e -> e.getValue().error().orElseThrow()));
  }

  /**
   * This report with personal data reduced, as for sharing: every name reduced to its surname
   * (compound surnames such as 司徒 and 欧阳 kept whole) and every resident id masked. A
   * redacted report is returned as it is.
   */
  public Report redact() {
    if (redacted) {
      return this;
    }
    return new Report(formatVersion, library, date, true, complete, dossier, policies, plugins,
        ImmutableMap.copyOf(Maps.transformValues(persons, PersonEntry::redacted)), sections);
  }

  /** The community, date, completeness and each section's status; no personal data. */
  @Override
  public String toString() {
    return "Report[" + dossier.community().id() + " " + dossier.county().code() + " on " + date
        + (complete ? ", complete" : ", incomplete") + (redacted ? ", redacted" : "") + ": "
        + sections.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().status())
            .collect(Collectors.joining(", "))
        + "]";
  }
}
