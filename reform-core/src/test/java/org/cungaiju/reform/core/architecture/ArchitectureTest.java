package org.cungaiju.reform.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.cungaiju.reform.api.id.ResidentId;
import org.junit.jupiter.api.Test;

/**
 * The layering of the library and the rules every class of it keeps, checked on the compiled
 * classes of reform-api, reform-spi and reform-core (their tests left out):
 *
 * <ul>
 *   <li>no two packages depend on each other, directly or through others;
 *   <li>the allocation engine stands on the value types alone, so that anything may use it;
 *   <li>the engines never reach up into the whole run, the reports, the JSON or the generator;
 *       the run never into the reports or the JSON; nothing but the generator's own callers
 *       (the command line, tests, benchmarks) uses the generator;
 *   <li>the value types and the SPI know nothing of Jackson: mapping lives in core;
 *   <li>no {@code float} or {@code double} anywhere — in a field, a signature or a call — since
 *       shares and money are decided exactly;
 *   <li>no clock: a calculation takes its date from its caller or the dossier — the one
 *       exception is {@code ResidentId.parse(String)}, documented as judging a birth date
 *       against today in China, for callers that hold no date; the library itself calls
 *       {@code parse(text, date)};
 *   <li>no standard streams and no {@code java.util.logging}: the library logs through SLF4J.
 * </ul>
 */
class ArchitectureTest {

  private static final String API = "org.cungaiju.reform.api..";
  private static final String SPI = "org.cungaiju.reform.spi..";
  private static final String CORE = "org.cungaiju.reform.core";
  private static final String[] ENGINES = {CORE + ".dividend..", CORE + ".governance..",
      CORE + ".grid..", CORE + ".land..", CORE + ".ledger..", CORE + ".membership..",
      CORE + ".service..", CORE + ".share..", CORE + ".registry..", CORE + ".policy..",
      CORE + ".guard..", CORE + ".allocation..", CORE + ".data.."};

  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.cungaiju.reform.api", "org.cungaiju.reform.spi", CORE);

  @Test
  void importsTheWholeLibrary() {
    // a rule over no classes passes whatever it says: make sure each module was found
    for (String pkg : Set.of("org.cungaiju.reform.api.id", "org.cungaiju.reform.spi",
        CORE + ".allocation", CORE + ".run", CORE + ".report", CORE + ".json")) {
      assertThat(LIBRARY.stream().filter(c -> c.getPackageName().equals(pkg)).count())
          .as("classes found in %s", pkg).isGreaterThan(3);
    }
  }

  @Test
  void noPackagesDependOnEachOtherInACircle() {
    check(slices().matching("org.cungaiju.reform.(**)").should().beFreeOfCycles());
  }

  @Test
  void theAllocationEngineStandsOnTheValueTypesAlone() {
    check(classes().that().resideInAPackage(CORE + ".allocation..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..",
            "com.google.common..", API, CORE + ".allocation.."));
  }

  @Test
  void theEnginesNeverReachUpIntoTheRunTheReportsTheJsonOrTheGenerator() {
    check(noClasses().that().resideInAnyPackage(ENGINES)
        .should().dependOnClassesThat().resideInAnyPackage(CORE + ".run..",
            CORE + ".report..", CORE + ".json..", CORE + ".generate.."));
  }

  @Test
  void theRunNeverReachesIntoTheReportsOrTheJson() {
    check(noClasses().that().resideInAPackage(CORE + ".run..")
        .should().dependOnClassesThat().resideInAnyPackage(CORE + ".report..",
            CORE + ".json..", CORE + ".generate.."));
  }

  @Test
  void onlyTheGeneratorsCallersUseIt() {
    check(noClasses().that().resideOutsideOfPackage(CORE + ".generate..")
        .should().dependOnClassesThat().resideInAPackage(CORE + ".generate.."));
  }

  @Test
  void theValueTypesAndTheSpiKnowNothingOfJackson() {
    check(noClasses().that().resideInAnyPackage(API, SPI)
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.."));
  }

  @Test
  void noClassUsesFloatingPoint() {
    check(classes().should(useNoFloatingPoint()));
  }

  @Test
  void noClassReadsTheClock() {
    String documented = ResidentId.class.getName() + ".parse(" + String.class.getName() + ")";
    check(noClasses().should().callMethodWhere(readingTheClock().and(DescribedPredicate.describe(
        "outside " + documented, call -> !call.getOrigin().getFullName().equals(documented)))));
  }

  @Test
  void nothingButTheOneDocumentedEntryPointCallsTheClockingParse() {
    check(noClasses().that().doNotBelongToAnyOf(ResidentId.class)
        .should().callMethod(ResidentId.class, "parse", String.class));
  }

  @Test
  void theLibraryWritesToNoStandardStreamAndLogsOnlyThroughSlf4j() {
    check(NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS);
    check(NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING);
  }

  @Test
  void theFloatingPointRuleFindsFloatingPoint() {
    // the rule must be able to fail: it does on a class made to break it
    JavaClasses breaking = new ClassFileImporter().importClasses(UsesDouble.class);
    EvaluationResult result = classes().should(useNoFloatingPoint()).evaluate(breaking);
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .contains("field", "ratio", "returns", "takes", "Math.sqrt");
    assertThat(noClasses().should().callMethodWhere(readingTheClock())
        .evaluate(breaking).hasViolation()).as("the clock predicate").isTrue();
  }

  private static void check(ArchRule rule) {
    rule.check(LIBRARY);
  }

  private static final Set<String> FLOATING =
      Set.of("double", "float", Double.class.getName(), Float.class.getName());

  private static boolean floating(JavaClass type) {
    return FLOATING.contains(type.getName());
  }

  /** No field, return type, parameter or call that involves {@code float} or {@code double}. */
  private static ArchCondition<JavaClass> useNoFloatingPoint() {
    return new ArchCondition<>("use no float or double") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaField f : c.getFields()) {
          if (floating(f.getRawType())) {
            events.add(SimpleConditionEvent.violated(f, "field " + f.getFullName() + " is "
                + f.getRawType().getName()));
          }
        }
        for (JavaCodeUnit u : c.getCodeUnits()) {
          if (floating(u.getRawReturnType())) {
            events.add(SimpleConditionEvent.violated(u, u.getFullName() + " returns "
                + u.getRawReturnType().getName()));
          }
          if (u.getRawParameterTypes().stream().anyMatch(ArchitectureTest::floating)) {
            events.add(SimpleConditionEvent.violated(u, u.getFullName()
                + " takes a float or double"));
          }
          for (JavaMethodCall call : u.getMethodCallsFromSelf()) {
            var target = call.getTarget();
            if (floating(target.getRawReturnType())
                || target.getRawParameterTypes().stream().anyMatch(ArchitectureTest::floating)) {
              events.add(SimpleConditionEvent.violated(call, u.getFullName() + " calls "
                  + target.getOwner().getSimpleName() + "." + target.getName() + " in "
                  + call.getSourceCodeLocation()));
            }
          }
        }
      }
    };
  }

  /** A call of {@code now()} on a {@code java.time} type, or of the system's clocks. */
  private static DescribedPredicate<JavaMethodCall> readingTheClock() {
    return DescribedPredicate.describe("reading the clock", call -> {
      String owner = call.getTargetOwner().getName();
      String name = call.getName();
      return owner.startsWith("java.time.") && name.equals("now")
          || owner.equals("java.lang.System")
              && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
          || owner.equals("java.time.Clock");
    });
  }

  /** A class that breaks the floating-point and clock rules, for the rules' own test. */
  @SuppressWarnings("unused")
  static final class UsesDouble {
    private double ratio;

    double share(long units, double weight) {
      return Math.sqrt(units * weight) + java.time.LocalDate.now().getDayOfMonth();
    }
  }
}
