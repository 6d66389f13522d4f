package org.cungaiju.reform.testkit.golden;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Weight;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.spi.Facet;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.testkit.golden.GoldenCase.Cited;
import org.cungaiju.reform.testkit.golden.GoldenCase.DividendExpectation;
import org.cungaiju.reform.testkit.golden.GoldenCase.Expectation;
import org.cungaiju.reform.testkit.golden.GoldenCase.MembershipExpectation;
import org.cungaiju.reform.testkit.golden.GoldenCase.ShareExpectation;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a folder of golden case files into JUnit dynamic tests: one container per file, one
 * test per expected outcome, run through a real {@link PolicyRegistry}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> goldenCases() {
 *   return GoldenCases.tests(Path.of("src/test/golden"), PolicyRegistry.builder().discover().build());
 * }
 * }</pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Every {@code *.json} file of the folder (not subfolders), in name order, becomes a
 *       container; a file that cannot be read becomes one failing test naming the file and the
 *       JSON path of the problem, so the other files still run.
 *   <li>A failing test says what was expected, what the policy decided and its explanation.
 *   <li>An empty or missing folder is a failure, not a silent pass.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class GoldenCases {

  private GoldenCases() {}

  /** The dynamic tests of every case in {@code folder}, decided under {@code registry}. */
  public static Stream<DynamicNode> tests(Path folder, PolicyRegistry registry) {
    List<Path> files = files(folder);
    if (files.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("golden cases in " + folder,
          () -> fail("no golden case (*.json) in " + folder.toAbsolutePath())));
    }
    return files.stream().map(f -> container(f, registry));
  }

  /**
   * Reads every case in {@code folder}.
   *
   * @throws InvalidInputException naming the file and JSON path of
   *     the first unreadable case
   */
  public static ImmutableList<GoldenCase> read(Path folder) {
    List<GoldenCase> out = new ArrayList<>();
    for (Path f : files(folder)) {
      out.add(read(f, f.getFileName().toString()));
    }
    return ImmutableList.copyOf(out);
  }

  private static GoldenCase read(Path file, String name) {
    try {
      return GoldenCase.parse(name, Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the golden case " + file, e);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(e.violations().stream()
          .map(v -> new Violation(name + " " + v.path(), v.value(), v.problem(), v.accepted()))
          .toList(), e);
    }
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the golden cases in " + folder, e);
    }
  }

  private static DynamicNode container(Path file, PolicyRegistry registry) {
    String fileName = file.getFileName().toString();
    GoldenCase c;
    try {
      c = read(file, fileName);
    } catch (RuntimeException e) {
      return DynamicTest.dynamicTest(fileName + " is readable",
          () -> fail("golden case " + fileName + " cannot be read: " + e.getMessage(), e));
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < c.expectations().size(); i++) {
      Expectation e = c.expectations().get(i);
      String where = fileName + " expect[" + i + "]";
      tests.add(DynamicTest.dynamicTest(e.title(), file.toUri(), () -> check(registry, c, e,
          where)));
    }
    return DynamicContainer.dynamicContainer(fileName + ": " + c.name(), file.toUri(),
        tests.stream());
  }

  /**
   * Checks one expectation of {@code c} under {@code registry}.
   *
   * @throws AssertionError saying what was expected and what the policy decided, and why
   */
  public static void check(PolicyRegistry registry, GoldenCase c, Expectation e, String where) {
    if (e instanceof MembershipExpectation m) {
      Member decided = new MembershipEngine(registry).decide(c.dossier(), person(c, m.person(),
          where).id(), c.date());
      same(where, "status of " + m.person(), m.status(), decided.status(),
          decided.explanation());
      cites(where, m.cited(), decided.explanation());
    } else if (e instanceof ShareExpectation s) {
      Person p = person(c, s.person(), where);
      Explained<ImmutableMap<String, Weight>> w = registry.resolve(c.dossier().county(),
          Facet.SHARE_SCHEME, c.date()).weightsOf(p, organization(c), s.baseDate());
      same(where, "share weights of " + s.person(), s.weights(), w.value(), w.explanation());
      cites(where, s.cited(), w.explanation());
    } else if (e instanceof DividendExpectation d) {
      Explained<RetentionRates> r = registry.resolve(c.dossier().county(), Facet.DIVIDEND,
          c.date()).retention(organization(c), d.year());
      RetentionRates rates = r.value();
      Explanation why = r.explanation();
      d.reserveFundRate().ifPresent(x -> same(where, "reserve fund rate", x, rates.reserveFund(),
          why));
      d.welfareFundRate().ifPresent(x -> same(where, "welfare fund rate", x, rates.welfareFund(),
          why));
      d.reserveFund().ifPresent(x -> same(where, "reserve fund", x,
          rates.reserveFundOf(d.income()), why));
      d.welfareFund().ifPresent(x -> same(where, "welfare fund", x,
          rates.welfareFundOf(d.income()), why));
      d.payoutPool().ifPresent(x -> same(where, "payout pool", x,
          rates.payoutPoolOf(d.income()), why));
      Money total = rates.reserveFundOf(d.income()).plus(rates.welfareFundOf(d.income()))
          .plus(rates.payoutPoolOf(d.income()));
      if (d.income().isPositive() && !total.equals(d.income())) {
        fail(where + ": retention and payout " + total + " do not add up to the income "
            + d.income());
      }
      cites(where, d.cited(), why);
    }
  }

  private static Person person(GoldenCase c, String id, String where) {
    return Optional.ofNullable(c.dossier().personsById().get(id)).orElseGet(() -> fail(where
        + ": person '" + id + "' is not among the case's persons"));
  }

  private static CollectiveOrganization organization(GoldenCase c) {
    return c.dossier().organizationsById().get(GoldenCase.ORGANIZATION);
  }

  private static void same(String where, String what, Object expected, Object actual,
      Explanation why) {
    if (!expected.equals(actual)) {
      fail(where + ": expected " + what + " " + expected + " but the policy decided " + actual
          + "\n  because: " + describe(why));
    }
  }

  private static void cites(String where, Cited cited, Explanation why) {
    cited.policy().ifPresent(p -> same(where, "policy", p, why.policyId(), why));
    cited.version().ifPresent(v -> same(where, "version", v, why.version(), why));
    cited.rule().ifPresent(r -> same(where, "rule", r, why.ruleId(), why));
    cited.clause().ifPresent(cl -> same(where, "clause", cl, why.source().clause(), why));
  }

  private static String describe(Explanation e) {
    return e.outcome() + " [rule " + e.ruleId() + ", policy " + e.policyId() + " version "
        + e.version() + ", " + e.source() + "; inputs " + e.inputs() + "; parameters "
        + e.parameters() + "]";
  }
}
