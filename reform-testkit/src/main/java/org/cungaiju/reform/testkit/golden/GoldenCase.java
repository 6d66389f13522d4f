package org.cungaiju.reform.testkit.golden;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;

/**
 * One golden case: an input written by policy staff and the outcomes they expect, read from a
 * JSON file in the format {@code docs/golden-cases.md} describes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file the case was read from
 * @param name what the case shows, in the staff's words
 * @param date the calculation date
 * @param dossier the input, built from the persons sketched in the file
 * @param expectations the expected outcomes, in file order
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public record GoldenCase(String file, String name, LocalDate date, Dossier dossier,
    ImmutableList<Expectation> expectations) {

  /** The only format version. */
  public static final int FORMAT_VERSION = 1;

  /** The id of the one organization of a golden case. */
  public static final String ORGANIZATION = "org1";

  private static final Set<String> CASE_FIELDS = Set.of("formatVersion", "name", "description",
      "county", "date", "organization", "persons", "expect");
  private static final Set<String> ORG_FIELDS = Set.of("reserveFundRate", "welfareFundRate");
  private static final Set<String> PERSON_FIELDS = Set.of("id", "birthDate", "sex", "household",
      "registered", "resident", "inOrganization", "parents", "events");
  private static final Set<String> EVENT_FIELDS = Set.of("type", "date", "reference");
  private static final Set<String> COMMON = Set.of("facet", "policy", "version", "rule",
      "clause");

  /** Validates the parts and copies the expectations. */
  public GoldenCase {
    requireNonNull(file, "file");
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    requireNonNull(dossier, "dossier");
    expectations = ImmutableList.copyOf(expectations);
  }

  /** What the explanation of a decision is expected to name; each part optional. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public record Cited(Optional<String> policy, Optional<String> version, Optional<String> rule,
      Optional<String> clause) {}

  /** An expected outcome. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public sealed interface Expectation {
    /** What the explanation must name. */
    Cited cited();

    /** A short title, such as {@code membership of wife}. */
    String title();
  }

  /** The membership status of one person on the case's date. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public record MembershipExpectation(String person, MembershipStatus status, Cited cited)
      implements Expectation {
    @Override
    public String title() {
      return "membership of " + person + " is " + status;
    }
  }

  /** One member's share weights by class on a base date. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public record ShareExpectation(String person, LocalDate baseDate,
      ImmutableMap<String, Weight> weights, Cited cited) implements Expectation {
    @Override
    public String title() {
      return "share weights of " + person + " are " + weights;
    }
  }

  /** The retention of one year's income: each part optional. */
  @Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
  public record DividendExpectation(int year, Money income, Optional<Rate> reserveFundRate,
      Optional<Rate> welfareFundRate, Optional<Money> reserveFund, Optional<Money> welfareFund,
      Optional<Money> payoutPool, Cited cited) implements Expectation {
    @Override
    public String title() {
      return "retention of " + year + " income " + income;
    }
  }

  /**
   * Reads a case from the text of {@code file}.
   *
   * @throws InvalidInputException naming the JSON path of the first problem
   */
  public static GoldenCase parse(String file, String json) {
    JsonFields root = JsonFields.parse(json).only(CASE_FIELDS);
    int format = root.integer("formatVersion");
    if (format != FORMAT_VERSION) {
      throw InvalidInputException.of("$.formatVersion", format, "is not a supported format",
          String.valueOf(FORMAT_VERSION));
    }
    String name = root.text("name");
    root.optionalText("description");
    County county = root.parsed("county", County::of);
    LocalDate date = root.date("date");
    Charter charter = root.optionalObject("organization").map(o -> {
      o.only(ORG_FIELDS);
      Optional<Rate> reserve = o.optionalText("reserveFundRate").map(s -> o.parsed(
          "reserveFundRate", Rate::parse));
      Optional<Rate> welfare = o.optionalText("welfareFundRate").map(s -> o.parsed(
          "welfareFundRate", Rate::parse));
      return new Charter(reserve, welfare, ShareManagement.STATIC, Optional.empty(),
          Optional.empty());
    }).orElse(Charter.DEFAULT);
    List<Person> persons = new ArrayList<>();
    List<JsonFields> sketched = root.objects("persons");
    for (int i = 0; i < sketched.size(); i++) {
      persons.add(person(sketched.get(i), county, i));
    }
    Dossier dossier;
    try {
      dossier = Sketch.dossier(county, date, List.of(Sketch.organization(ORGANIZATION, county,
          charter)), persons);
    } catch (InvalidInputException e) {
      throw e.under("$");
    }
    List<Expectation> expectations = new ArrayList<>();
    for (JsonFields e : root.objects("expect")) {
      expectations.add(expectation(e, date));
    }
    if (expectations.isEmpty()) {
      throw InvalidInputException.of("$.expect", "[]", "is empty", "at least one expectation");
    }
    return new GoldenCase(file, name, date, dossier, ImmutableList.copyOf(expectations));
  }

  private static Person person(JsonFields p, County county, int seq) {
    p.only(PERSON_FIELDS);
    List<PersonEvent> events = new ArrayList<>();
    for (JsonFields e : p.objects("events")) {
      e.only(EVENT_FIELDS);
      events.add(new PersonEvent(e.enumValue("type", PersonEventType.class), e.date("date"),
          e.optionalText("reference"), Optional.empty()));
    }
    try {
      return Sketch.person(county, seq, p.text("id"), p.date("birthDate"),
          p.enumValue("sex", Sex.class), p.optionalText("household").orElse("h1"),
          p.bool("inOrganization", true) ? Optional.of(ORGANIZATION) : Optional.empty(),
          p.texts("parents"), p.bool("registered", true), p.bool("resident", true), events);
    } catch (InvalidInputException e) {
      throw e.under(p.path());
    }
  }

  private static Expectation expectation(JsonFields e, LocalDate date) {
    String facet = e.text("facet");
    Cited cited = new Cited(e.optionalText("policy"), e.optionalText("version"),
        e.optionalText("rule"), e.optionalText("clause"));
    switch (facet) {
      case "membership" -> {
        e.only(union(Set.of("person", "status")));
        return new MembershipExpectation(e.text("person"),
            e.enumValue("status", MembershipStatus.class), cited);
      }
      case "shareScheme" -> {
        e.only(union(Set.of("person", "baseDate", "weights")));
        Map<String, Weight> weights = new LinkedHashMap<>();
        for (String[] kv : e.textEntries("weights")) {
          try {
            weights.put(kv[0], Weight.parse(kv[1]));
          } catch (InvalidInputException ex) {
            throw ex.under(e.path() + ".weights." + kv[0]);
          }
        }
        return new ShareExpectation(e.text("person"), e.optionalDate("baseDate").orElse(date),
            ImmutableMap.copyOf(weights), cited);
      }
      case "dividend" -> {
        e.only(union(Set.of("year", "income", "reserveFundRate", "welfareFundRate",
            "reserveFund", "welfareFund", "payoutPool")));
        return new DividendExpectation(e.optionalInteger("year").orElse(date.getYear()),
            e.parsed("income", Money::parse),
            e.optionalText("reserveFundRate").map(s -> e.parsed("reserveFundRate", Rate::parse)),
            e.optionalText("welfareFundRate").map(s -> e.parsed("welfareFundRate", Rate::parse)),
            e.optionalText("reserveFund").map(s -> e.parsed("reserveFund", Money::parse)),
            e.optionalText("welfareFund").map(s -> e.parsed("welfareFund", Money::parse)),
            e.optionalText("payoutPool").map(s -> e.parsed("payoutPool", Money::parse)), cited);
      }
      default -> throw InvalidInputException.of(e.path() + ".facet", facet,
          "is not a facet golden cases cover", "membership, shareScheme, dividend");
    }
  }

  private static Set<String> union(Set<String> fields) {
    Set<String> all = new java.util.HashSet<>(COMMON);
    all.addAll(fields);
    return all;
  }
}
