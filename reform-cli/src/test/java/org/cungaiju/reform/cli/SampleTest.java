package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.json.DossierReader;
import org.junit.jupiter.api.Test;

/** The bundled sample: valid, and what the generator makes from the sample's options. */
class SampleTest {

  private static final Path SAMPLE =
      Path.of(System.getProperty("reform.root", ".."), "samples", "xinhui-sample.json");

  @Test
  void theSampleValidates() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", SAMPLE.toString());
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("440705 新会区").contains("households       1600");
  }

  @Test
  void theSampleIsWhatTheGeneratorMakesFromTheSampleOptions() throws Exception {
    Dossier read = DossierReader.read(SAMPLE);
    assertThat(read)
        .as("samples/xinhui-sample.json is stale: regenerate it with "
            + "`java -jar reform-cli/target/reform.jar generate --out samples/xinhui-sample.json`")
        .isEqualTo(DossierGenerator.generate(GeneratorOptions.xinhuiSample()));
  }

  @Test
  void generateWritesADossierThatValidates() throws Exception {
    Path file = Files.createTempFile("generated", ".json");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate",
        "--seed", "7", "--households", "40", "--grid-units", "12", "--out", file.toString());
    assertThat(code).as(err.toString()).isEqualTo(ExitCode.OK);
    Dossier d = DossierReader.read(file);
    assertThat(d.households()).hasSize(40);
    assertThat(d.gridUnits()).hasSize(12);
    Files.delete(file);
  }

  @Test
  void generateRefusesACountyOutsideJiangmen() {
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate",
        "--county", "440100");
    assertThat(code).isEqualTo(ExitCode.INVALID);
    assertThat(err.toString()).contains("440100").contains("440705");
  }
}
