package org.cungaiju.reform.core.run;

import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.registry.PolicyRegistry;

/** The bundled sample and its report under the municipal default, made once for the tests. */
public final class SampleRuns {

  private static Dossier sample;
  private static Report report;

  private SampleRuns() {}

  /** The sample dossier ({@code samples/xinhui-sample.json}, as the generator makes it). */
  public static synchronized Dossier sample() {
    if (sample == null) {
      sample = DossierGenerator.generate(GeneratorOptions.xinhuiSample());
    }
    return sample;
  }

  /** The sample's report under the municipal default policy, as of its asOf. */
  public static synchronized Report report() {
    if (report == null) {
      report = new ReformRun(PolicyRegistry.builder().build()).run(sample());
    }
    return report;
  }
}
