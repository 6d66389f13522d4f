package org.cungaiju.reform.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.core.fixtures.OnePlugin;
import org.cungaiju.reform.core.fixtures.TestIds;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.json.DossierReader;
import org.cungaiju.reform.core.json.DossierWriter;
import org.cungaiju.reform.core.json.ReformJson;
import org.cungaiju.reform.core.membership.MembershipEngine;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.report.Language;
import org.cungaiju.reform.core.report.ReportHtml;
import org.cungaiju.reform.core.report.ReportJson;
import org.cungaiju.reform.core.testing.CapturedLogs;
import org.cungaiju.reform.core.testing.DossierEdits;
import org.cungaiju.reform.spi.CountyPolicyProvider;
import org.cungaiju.reform.spi.SpiVersion;
import org.cungaiju.reform.spi.dividend.DividendRules;
import org.cungaiju.reform.spi.dividend.RetentionRates;
import org.cungaiju.reform.spi.facet.FacetVersion;
import org.cungaiju.reform.spi.grid.GridParameters;
import org.cungaiju.reform.spi.grid.GridStandard;
import org.cungaiju.reform.spi.membership.MembershipQuery;
import org.cungaiju.reform.spi.membership.MembershipRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No resident id and no name appears unmasked in what the library writes on its own: its logs
 * at every level (DEBUG included), the messages of every exception it throws, the {@code
 * toString} of every result and section object, and redacted reports. Tried on a whole run, on
 * runs where county plugins fail (throwing, answering null, overrunning a time budget, failing
 * to load) and on invalid input, with persons named 司徒, 欧阳 and with two-character names.
 *
 * <p>What is searched for: every person's 18-character resident id, and every name of two or
 * more characters unless it is its own surname. What a plugin writes itself is the plugin's
 * responsibility (SECURITY.md); the faulty plugin here names persons as {@code Person}'s
 * {@code toString} does.
 */
class PrivacyTest {

  private static final Duration SMALL = Duration.ofMillis(50);

  private final CountDownLatch released = new CountDownLatch(1);
  private final List<PolicyRegistry> registries = new ArrayList<>();

  @AfterEach
  void releaseStuckPluginsAndCloseRegistries() {
    released.countDown();
    registries.forEach(PolicyRegistry::close);
  }

  /** A community in 新会区 with registers, finances, grids and every section, three renamed. */
  private static Dossier community() {
    Dossier d = DossierGenerator.generate(GeneratorOptions.builder().seed(8).households(40)
        .groups(2).gridUnits(14).registers(true).dedicatedGrids(true).build());
    List<String> names = List.of("司徒明华", "欧阳秀英", "李明");
    return DossierEdits.persons(d, p -> {
      int i = d.persons().indexOf(p);
      return i < names.size() ? renamed(p, names.get(i)) : p;
    });
  }

  private static Person renamed(Person p, String name) {
    return new Person(p.id(), p.residentId(), PersonName.of(name), p.sex(), p.birthDate(),
        p.householdId(), p.organizationId(), p.parentIds(), p.registered(), p.resident(),
        p.events());
  }

  @Test
  void aWholeRunLogsAndShowsNoIdOrNameAndItsRedactedReportsHoldNone() {
    Dossier d = community();
    Secrets secrets = Secrets.of(d);
    Report report;
    List<String> logs;
    try (CapturedLogs.Capture capture = CapturedLogs.capture()) {
      report = new ReformRun(keep(PolicyRegistry.builder().build())).run(d);
      logs = capture.lines();
    }

    assertThat(report.complete()).isTrue();
    assertThat(logs).as("the run's DEBUG line").anyMatch(l -> l.startsWith("DEBUG")
        && l.contains("ran community " + d.community().id()));
    secrets.assertNoneIn("the logs", String.join("\n", logs));
    assertNoneInToStrings(secrets, report, d);
    assertRedactedReportsHoldNone(secrets, report);
    assertThat(ReportJson.toJson(report)).as("an unredacted report, to show the search works")
        .contains("欧阳秀英", d.persons().get(0).residentId().value());
  }

  @Test
  void faultyPluginsAreReportedAndLoggedWithoutAnIdOrAName() {
    Dossier d = community();
    Secrets secrets = Secrets.of(d);
    List<Report> reports = new ArrayList<>();
    List<String> logs;
    try (CapturedLogs.Capture capture = CapturedLogs.capture()) {
      // a membership rule that throws naming the person, a grid standard answering null
      reports.add(new ReformRun(keep(PolicyRegistry.builder()
          .register(new OnePlugin().membership(throwing()).grids(answeringNull()))
          .build())).run(d));
      // a dividend rule that never returns, under a time budget
      reports.add(new ReformRun(keep(PolicyRegistry.builder().decisionTimeBudget(SMALL)
          .register(new OnePlugin().dividends(stuck())).build())).run(d));
      // a plugin that fails to load: its county is not served
      reports.add(new ReformRun(keep(PolicyRegistry.builder().register(failingToLoad())
          .build())).run(d));
      logs = capture.lines();
    }

    assertThat(reports.get(0).failures()).containsKeys("membership", "grids");
    assertThat(reports.get(1).failures()).containsKeys("dividends");
    assertThat(reports.get(2).complete()).isFalse();
    assertThat(logs).as("the overrun and the failure to load, at WARN")
        .anyMatch(l -> l.startsWith("WARN") && l.contains("took longer than the time budget"))
        .anyMatch(l -> l.startsWith("WARN") && l.contains("failing-to-load"));
    secrets.assertNoneIn("the logs", String.join("\n", logs));
    for (Report r : reports) {
      r.failures().values().forEach(e -> secrets.assertNoneIn("a section's error", e.message()));
      assertNoneInToStrings(secrets, r, d);
      assertRedactedReportsHoldNone(secrets, r);
    }
  }

  @Test
  void invalidInputIsNamedWithoutAnIdOrAName() {
    Dossier d = community();
    List<String> badIds = List.of("440705196503120013", "440705202612310016");
    ObjectNode tree = (ObjectNode) ReformJson.readTree(DossierWriter.toJson(d)).orElseThrow()
        .deepCopy();
    ArrayNode persons = (ArrayNode) tree.get("persons");
    ((ObjectNode) persons.get(0)).put("residentId", badIds.get(0)); // wrong check character
    ((ObjectNode) persons.get(1)).put("residentId", badIds.get(1)); // born after asOf
    ((ObjectNode) persons.get(2)).put("name", "李\u0007明"); // a control character
    ((ObjectNode) persons.get(3)).put("birthDate", "1901-01-01"); // not the id's birth date
    ((ObjectNode) persons.get(4)).put("sex", persons.get(4).get("name").asText()); // misplaced
    // a child made its parent's parent and born the same day, so that deciding either asks
    // for the other on that day: valid to read, refused by the membership engine
    Map<String, Person> byId = d.personsById();
    Person child = d.persons().stream().filter(p -> p.organizationId().isPresent()
        && p.parentIds().stream().anyMatch(q -> byId.get(q).organizationId()
            .equals(p.organizationId()))).findFirst().orElseThrow();
    Person parent = child.parentIds().stream().map(byId::get)
        .filter(q -> q.organizationId().equals(child.organizationId())).findFirst().orElseThrow();
    Set<String> used = new LinkedHashSet<>();
    d.persons().forEach(p -> used.add(p.residentId().value()));
    ResidentId twin = IntStream.range(0, 450)
        .mapToObj(i -> residentId(parent.birthDate(), child.sex(), i))
        .filter(id -> !used.contains(id.value())).findFirst().orElseThrow();
    Dossier circle = DossierEdits.persons(d, p -> p == parent ? withParents(p, child.id())
        : p == child ? bornWith(p, twin) : p);
    Secrets secrets = Secrets.of(d).and(badIds).and(List.of("李\u0007明", twin.value()));

    List<String> logs;
    InvalidInputException read;
    InvalidInputException decided;
    Report report;
    try (CapturedLogs.Capture capture = CapturedLogs.capture()) {
      read = catchThrowableOfType(InvalidInputException.class,
          () -> DossierReader.read(tree.toString()));
      decided = catchThrowableOfType(InvalidInputException.class,
          () -> new MembershipEngine(keep(PolicyRegistry.builder().build())).decide(circle));
      report = new ReformRun(keep(PolicyRegistry.builder().build())).run(circle);
      logs = capture.lines();
    }

    assertThat(read.violations()).extracting(v -> v.path()).contains(
        "$.persons[0].residentId", "$.persons[1].residentId", "$.persons[2].name",
        "$.persons[3].birthDate", "$.persons[4].sex");
    assertThat(decided.violations()).singleElement()
        .satisfies(v -> assertThat(v.problem()).contains("circle"));
    assertThat(report.failures()).containsKey("membership");
    for (Throwable e : List.of(read, decided)) {
      secrets.assertNoneIn("an exception's message", messages(e));
    }
    read.violations().forEach(v -> secrets.assertNoneIn("a violation", v.toString()));
    secrets.assertNoneIn("the logs", String.join("\n", logs));
    assertNoneInToStrings(secrets, report, circle);
    assertRedactedReportsHoldNone(secrets, report);
  }

  // ---- where the secrets must not be ----

  private static void assertNoneInToStrings(Secrets secrets, Report report, Dossier dossier) {
    secrets.assertNoneIn("the report's toString", report.toString());
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object root : List.of(report, dossier)) {
      walk(root, seen, r -> secrets.assertNoneIn("the toString of a "
          + r.getClass().getSimpleName(), r.toString()));
    }
    assertThat(seen.size()).as("records visited").isGreaterThan(100);
  }

  private static void assertRedactedReportsHoldNone(Secrets secrets, Report report) {
    Report redacted = report.redact();
    secrets.assertNoneIn("a redacted report.json", ReportJson.toJson(redacted));
    for (Language language : Language.values()) {
      secrets.assertNoneIn("a redacted report page in " + language,
          ReportHtml.render(redacted, language));
    }
  }

  /** Visits every record reachable from {@code o} through components, collections and maps. */
  private static void walk(Object o, Set<Object> seen, Consumer<Record> visit) {
    if (o == null || o instanceof String || o instanceof Number || o instanceof Enum<?>
        || !seen.add(o)) {
      return;
    }
    if (o instanceof Record r) {
      visit.accept(r);
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        try {
          c.getAccessor().setAccessible(true);
          walk(c.getAccessor().invoke(r), seen, visit);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(v -> walk(v, seen, visit));
    } else if (o instanceof Collection<?> items) {
      items.forEach(v -> walk(v, seen, visit));
    } else if (o instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        walk(k, seen, visit);
        walk(v, seen, visit);
      });
    }
  }

  private static String messages(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t).append('\n');
    }
    return b.toString();
  }

  /** Every person's resident id and every name that is not its own surname. */
  private record Secrets(Set<String> values) {

    static Secrets of(Dossier d) {
      Set<String> values = new LinkedHashSet<>();
      for (Person p : d.persons()) {
        values.add(p.residentId().value());
        String name = p.name().value();
        if (name.codePointCount(0, name.length()) >= 2 && !name.equals(p.name().surname())) {
          values.add(name);
        }
      }
      return new Secrets(values);
    }

    Secrets and(Collection<String> more) {
      Set<String> all = new LinkedHashSet<>(values);
      all.addAll(more);
      return new Secrets(all);
    }

    void assertNoneIn(String where, String text) {
      for (String secret : values) {
        assertThat(text).as("%s shows %s", where, secret).doesNotContain(secret);
      }
    }
  }

  // ---- plugins ----

  /** A resident id of 新会区 for a birth date and sex, with serial {@code 100 + 2i (+1)}. */
  private static ResidentId residentId(LocalDate birthDate, Sex sex, int i) {
    return TestIds.residentId(County.XINHUI.code(), birthDate,
        100 + 2 * i + (sex == Sex.MALE ? 1 : 0));
  }

  private static Person bornWith(Person p, ResidentId id) {
    return new Person(p.id(), id, p.name(), p.sex(), id.birthDate(), p.householdId(),
        p.organizationId(), p.parentIds(), p.registered(), p.resident(), p.events());
  }

  private static Person withParents(Person p, String parent) {
    return new Person(p.id(), p.residentId(), p.name(), p.sex(), p.birthDate(), p.householdId(),
        p.organizationId(), ImmutableList.of(parent), p.registered(),
        p.resident(), p.events());
  }

  private static MembershipRules throwing() {
    return new MembershipRules() {
      @Override
      public FacetVersion version() {
        return OnePlugin.VERSION;
      }

      @Override
      public Explained<MembershipStatus> decide(MembershipQuery q) {
        throw new IllegalStateException("cannot decide " + q.person());
      }
    };
  }

  private static GridStandard answeringNull() {
    return new GridStandard() {
      @Override
      public FacetVersion version() {
        return OnePlugin.VERSION;
      }

      @Override
      public Explained<GridParameters> parameters(Community community) {
        return null;
      }
    };
  }

  private DividendRules stuck() {
    return new DividendRules() {
      @Override
      public FacetVersion version() {
        return OnePlugin.VERSION;
      }

      @Override
      public Explained<RetentionRates> retention(CollectiveOrganization o, int year) {
        while (true) {
          try {
            released.await();
            return Explained.of(RetentionRates.of(Rate.ZERO, Rate.ZERO),
                OnePlugin.VERSION.explain("test", "", Map.of(), Map.of(), "none"));
          } catch (InterruptedException e) {
            // careless on purpose: the guard cannot rely on a plugin stopping when asked
          }
        }
      }
    };
  }

  private static CountyPolicyProvider failingToLoad() {
    return new CountyPolicyProvider() {
      @Override
      public String id() {
        return "failing-to-load";
      }

      @Override
      public String countyCode() {
        return County.XINHUI.code();
      }

      @Override
      public SpiVersion spiVersion() {
        return SpiVersion.of(1, 0);
      }

      @Override
      public String displayName() {
        return "加载失败的插件";
      }

      @Override
      public List<MembershipRules> membershipRules() {
        throw new IllegalStateException("the rules file is missing");
      }
    };
  }

  private PolicyRegistry keep(PolicyRegistry registry) {
    registries.add(registry);
    return registry;
  }
}
