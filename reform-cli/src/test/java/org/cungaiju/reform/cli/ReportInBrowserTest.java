package org.cungaiju.reform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.cungaiju.reform.core.json.DossierReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's {@code report.html} as headless Chromium renders it: the screenshot is not
 * blank, and the DOM holds the grid map and the charts.
 *
 * <p>Needs Debian's {@code chromium} and {@code fonts-noto-cjk} (without CJK fonts the Chinese
 * shows as empty boxes); {@code .ci/run} installs them. Under CI ({@code CI=true}) the test
 * fails when either is missing; elsewhere it is skipped with a message.
 */
class ReportInBrowserTest {

  private static final List<String> BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome");

  @TempDir static Path dir;
  private static Path chromium;
  private static Path page;

  @BeforeAll
  static void renderTheSampleReport() {
    Optional<Path> found = onPath(BROWSERS);
    String missing = found.isEmpty() ? "Chromium (one of " + BROWSERS + ")"
        : !hasChineseFont() ? "a CJK font (fc-list :lang=zh lists none)" : null;
    if (missing != null) {
      String message = missing + " is missing, so report.html cannot be checked in a browser; "
          + "install it with: apt-get install -y chromium fonts-noto-cjk";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    chromium = found.get();
    CommandRun run = CommandRun.reform("run", CommandRun.SAMPLE.toString(), "--out",
        dir.resolve("report").toString(), "--lang", "zh-CN");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
    page = dir.resolve("report").resolve("report.html");
  }

  private static Optional<Path> onPath(List<String> names) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : names) {
        Path p = Path.of(folder, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasChineseFont() {
    Optional<Path> fcList = onPath(List.of("fc-list"));
    if (fcList.isEmpty()) {
      return true; // no fontconfig to ask: let the screenshot show it
    }
    try {
      return !run(List.of(fcList.get().toString(), ":lang=zh", "family"), "fc-list").isBlank();
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs a program and returns its standard output; standard error goes to a file. */
  private static String run(List<String> command, String name) throws IOException {
    Path out = Files.createTempFile(dir, name, ".out");
    Path err = Files.createTempFile(dir, name, ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    try {
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail(name + " did not finish; its errors: " + Files.readString(err));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      fail(name + " was interrupted");
    }
    assertThat(p.exitValue()).as(name + ": " + Files.readString(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** Chromium on the page, headless and isolated, with {@code extra} arguments. */
  private static String chromium(String... extra) throws IOException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless",
        "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + profile));
    command.addAll(List.of(extra));
    command.add(page.toUri().toString());
    return run(command, "chromium");
  }

  @Test
  void theScreenshotIsNotBlank() throws IOException {
    Path shot = dir.resolve("report.png");
    chromium("--window-size=1280,2400", "--screenshot=" + shot);
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    Map<Integer, Integer> colours = new HashMap<>();
    int samples = 0;
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        colours.merge(image.getRGB(x, y) & 0xffffff, 1, Integer::sum);
        samples++;
      }
    }
    int background = colours.values().stream().max(Integer::compare).orElseThrow();
    assertThat(colours.size()).as("distinct colours").isGreaterThan(200);
    assertThat(samples - background).as("pixels not the background")
        .isGreaterThan(samples / 5);
    Files.createDirectories(Path.of("target"));
    Files.copy(shot, Path.of("target", "report-in-chromium.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theRenderedDomHoldsTheGridMapAndTheCharts() throws IOException {
    String dom = chromium("--dump-dom");
    assertThat(dom).contains("data-chart=\"grid-map\"")
        .contains("data-chart=\"membership-by-organization\"")
        .contains("data-chart=\"households-per-grid\"")
        .contains("data-chart=\"ledger-status\"")
        .contains("data-chart=\"shares-by-class\"")
        .contains("data-chart=\"payouts-per-household\"")
        .contains("成员资格认定")
        .contains("网格与网格员");
    Matcher units = Pattern.compile("<rect class=\"unit\"").matcher(dom);
    int cells = 0;
    while (units.find()) {
      cells++;
    }
    assertThat(cells).isEqualTo(DossierReader.read(CommandRun.SAMPLE).gridUnits().size());
    Matcher bars = Pattern.compile("<rect class=\"bar\"").matcher(dom);
    assertThat(bars.find()).isTrue();
  }
}
