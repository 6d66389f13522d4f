package org.cungaiju.reform.testkit.arbitraries;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.community.Charter;
import org.cungaiju.reform.api.community.CollectiveOrganization;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Household;
import org.cungaiju.reform.api.community.OrganizationLevel;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.community.PersonEvent;
import org.cungaiju.reform.api.community.PersonEventType;
import org.cungaiju.reform.api.community.PersonName;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.dossier.FinancialYear;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.api.explain.Explained;
import org.cungaiju.reform.api.explain.Explanation;
import org.cungaiju.reform.api.explain.PolicySource;
import org.cungaiju.reform.api.governance.Appointment;
import org.cungaiju.reform.api.governance.Governance;
import org.cungaiju.reform.api.governance.Office;
import org.cungaiju.reform.api.governance.SeparationFact;
import org.cungaiju.reform.api.governance.SeparationFactKind;
import org.cungaiju.reform.api.grid.DedicatedGrid;
import org.cungaiju.reform.api.grid.DedicatedGridKind;
import org.cungaiju.reform.api.grid.Grid;
import org.cungaiju.reform.api.grid.GridFunction;
import org.cungaiju.reform.api.grid.GridKind;
import org.cungaiju.reform.api.grid.GridUnit;
import org.cungaiju.reform.api.grid.GridWorker;
import org.cungaiju.reform.api.grid.Point;
import org.cungaiju.reform.api.grid.WorkerRole;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.CreditCode;
import org.cungaiju.reform.api.id.CreditCode.RegistrationType;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.id.ResidentId;
import org.cungaiju.reform.api.id.Sex;
import org.cungaiju.reform.api.land.HomesteadWithdrawal;
import org.cungaiju.reform.api.land.Land;
import org.cungaiju.reform.api.land.RetainedLand;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.cungaiju.reform.api.ledger.LedgerEntry;
import org.cungaiju.reform.api.ledger.TaskStatus;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.api.service.PublicServices;
import org.cungaiju.reform.api.service.SchoolPlaces;
import org.cungaiju.reform.api.service.SchoolStage;
import org.cungaiju.reform.api.share.Holding;
import org.cungaiju.reform.api.share.ShareClass;
import org.cungaiju.reform.api.share.ShareClassKind;
import org.cungaiju.reform.api.share.ShareManagement;
import org.cungaiju.reform.api.share.ShareRegister;
import org.cungaiju.reform.api.value.DateRange;
import org.cungaiju.reform.api.value.Money;
import org.cungaiju.reform.api.value.Rate;
import org.cungaiju.reform.api.value.Weight;

/**
 * jqwik arbitraries for every value type of reform's api, for use in {@code @Provide} methods.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Every value generated is valid: it was built through the type's own constructor, so
 *       check characters, agreement between a person and their id, and the references inside a
 *       register or a dossier all hold.
 *   <li>Values are varied where variety finds bugs: resident ids issued in Jiangmen (historical
 *       codes 440721 and 440782 included) and across China, both sexes, compound surnames such
 *       as 司徒 and 欧阳, credit codes of every registration type, amounts over the whole range
 *       of {@code long} fen, weights with and without decimals.
 *   <li>Dossiers are small (a few households, grid units and ledger entries), so a property over
 *       them stays fast; use the seeded generator of the core module for realistic sizes.
 * </ul>
 *
 * <p>Resident ids are born from {@value #EARLIEST_BIRTH_YEAR} to the end of {@value
 * #LATEST_BIRTH_YEAR}, so they also pass {@link ResidentId#parse(String)}. Every method returns
 * a new arbitrary; arbitraries are immutable and may be shared.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ReformArbitraries {

  /** The earliest birth year of a generated resident id. */
  public static final int EARLIEST_BIRTH_YEAR = 1900;

  /** The latest birth year of a generated resident id. */
  public static final int LATEST_BIRTH_YEAR = 2024;

  static final LocalDate EARLIEST_BIRTH = LocalDate.of(EARLIEST_BIRTH_YEAR, 1, 1);
  static final LocalDate LATEST_BIRTH = LocalDate.of(LATEST_BIRTH_YEAR, 12, 31);

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  /** Address codes of Jiangmen: the city, its counties, and 新会's codes before 2002. */
  private static final List<String> JIANGMEN_ADDRESSES = List.of("440700", "440703", "440704",
      "440705", "440781", "440783", "440784", "440785", "440721", "440782");

  private static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21",
      "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46",
      "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

  private static final List<String> SURNAMES = List.of("陈", "李", "黄", "梁", "张", "王", "吴",
      "林", "刘", "何", "伍", "谭", "甄", "余", "区", "冯", "关", "赵", "周", "许", "邝", "容");

  private static final List<String> COMPOUND_SURNAMES = List.of("司徒", "欧阳", "上官", "司马", "诸葛");

  private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强",
      "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂",
      "英", "华", "玲", "志", "文", "国", "嘉", "俊", "健", "美", "宝", "婷", "欣", "怡", "浩");

  private static final List<String> PLACES = List.of("东甲", "西乙", "南溪", "北坑", "大岗",
      "沙堤", "石头", "龙泉", "古井", "三江", "睦洲", "崖西", "河塘", "水南", "江南");

  private static final List<String> TOWNS = List.of("会城街道", "大泽镇", "司前镇", "双水镇",
      "崖门镇", "沙堆镇", "古井镇", "三江镇", "睦洲镇", "大鳌镇", "台城街道", "沙坪街道");

  private static final List<String> DEPARTMENTS = List.of("市自然资源局", "市发展改革局",
      "市农业农村局", "市住房城乡建设局", "市民政局", "市财政局", "市委组织部", "市公安局",
      "市教育局", "市卫生健康局", "市城市管理综合执法局", "市人力资源社会保障局");

  private static final List<String> DOCUMENTS = List.of("中华人民共和国农村集体经济组织法",
      "粤府令第109号", "江门市村改居社区改革实施方案", "新会区农村集体经济组织成员资格认定办法");

  private static final List<String> CLAUSES = List.of("", "第十一条", "第十二条", "第十五条",
      "第十七条", "第三条第二款");

  private static final List<String> FACTS = List.of("rentalRooms", "elderlyAlone", "shops",
      "specialCare", "enterprises", "vacantHouses");

  private ReformArbitraries() {}

  // ---------------------------------------------------------------- dates and small parts

  /** Dates from {@code from} to {@code to}, both inclusive. */
  public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Ids such as {@code p17}: {@code prefix} and a number from 1 to 99999. */
  public static Arbitrary<String> ids(String prefix) {
    return Arbitraries.integers().between(1, 99_999).map(n -> prefix + n);
  }

  /** A day between {@code from} and {@code to}, at {@code permille} thousandths of the way. */
  static LocalDate between(LocalDate from, LocalDate to, int permille) {
    long span = Math.max(0, to.toEpochDay() - from.toEpochDay());
    return from.plusDays(span * permille / 1000);
  }

  private static Arbitrary<String> chinese(List<String> parts, int min, int max) {
    return Arbitraries.of(parts).list().ofMinSize(min).ofMaxSize(max)
        .map(l -> String.join("", l));
  }

  // ---------------------------------------------------------------- identifiers

  /**
   * Six-digit address codes: mostly Jiangmen's (historical ones included), the rest any
   * province followed by four digits.
   */
  public static Arbitrary<String> addressCodes() {
    Arbitrary<String> anywhere = Combinators.combine(Arbitraries.of(PROVINCES),
        Arbitraries.strings().numeric().ofLength(4)).as(String::concat);
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(JIANGMEN_ADDRESSES)), Tuple.of(1, anywhere));
  }

  /** Resident ids born from 1900 to 2024, of either sex, issued in Jiangmen or elsewhere. */
  public static Arbitrary<ResidentId> residentIds() {
    return residentIds(EARLIEST_BIRTH, LATEST_BIRTH);
  }

  /** Resident ids born from {@code bornFrom} to {@code bornTo}, both inclusive. */
  public static Arbitrary<ResidentId> residentIds(LocalDate bornFrom, LocalDate bornTo) {
    return Combinators.combine(addressCodes(), dates(bornFrom, bornTo), Arbitraries.of(Sex.class),
        Arbitraries.integers().between(0, 499)).as(ReformArbitraries::residentId);
  }

  /**
   * The resident id with these parts: the sequence is {@code 2 × serial}, plus one for a man,
   * so distinct serials give distinct ids.
   */
  static ResidentId residentId(String address, LocalDate birth, Sex sex, int serial) {
    int sequence = 2 * serial + (sex == Sex.MALE ? 1 : 0);
    String first17 = address + birth.format(BASIC) + String.format("%03d", sequence);
    return new ResidentId(first17 + ResidentId.checkCharacter(first17));
  }

  /** Credit codes of every registration type the api reads, and of unassigned ones. */
  public static Arbitrary<CreditCode> creditCodes() {
    Arbitrary<Character> alphabet = Arbitraries.of(CreditCode.ALPHABET.chars()
        .mapToObj(c -> (char) c).collect(Collectors.toList()));
    Arbitrary<String> anyType = Combinators.combine(alphabet, alphabet).as((a, b) -> "" + a + b);
    Arbitrary<String> types = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(RegistrationType.class).map(RegistrationType::code)),
        Tuple.of(1, anyType));
    return Combinators.combine(types, addressCodes(), organizationBodies())
        .as(ReformArbitraries::creditCode);
  }

  /** Credit codes of one registration type issued in one six-digit division. */
  public static Arbitrary<CreditCode> creditCodes(RegistrationType type, DivisionCode division) {
    String head = type.code() + division.county().value();
    return organizationBodies().map(body -> creditCode(head.substring(0, 2), head.substring(2),
        body));
  }

  private static Arbitrary<String> organizationBodies() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.strings().numeric().ofLength(8)),
        Tuple.of(1, Arbitraries.strings().withChars(CreditCode.ALPHABET).ofLength(8)));
  }

  private static CreditCode creditCode(String type, String division, String body) {
    String first17 = type + division + body + CreditCode.organizationCheckCharacter(body);
    return new CreditCode(first17 + CreditCode.checkCharacter(first17));
  }

  /** Division codes of 6, 9 and 12 digits. */
  public static Arbitrary<DivisionCode> divisionCodes() {
    return Combinators.combine(addressCodes(), Arbitraries.of(0, 3, 6),
            Arbitraries.strings().numeric().ofLength(6))
        .as((six, more, tail) -> new DivisionCode(six + tail.substring(0, more)));
  }

  /** Twelve-digit codes of residents' committees in one of Jiangmen's seven counties. */
  public static Arbitrary<DivisionCode> communityCodes() {
    return counties().flatMap(ReformArbitraries::communityCodes);
  }

  /** Twelve-digit codes of residents' committees (001 to 199) in {@code county}. */
  public static Arbitrary<DivisionCode> communityCodes(County county) {
    return Combinators.combine(Arbitraries.integers().between(1, 99),
            Arbitraries.integers().between(1, 199))
        .as((town, committee) -> new DivisionCode(
            county.code() + String.format("%03d%03d", town, committee)));
  }

  /** Jiangmen's seven counties (not the city itself). */
  public static Arbitrary<County> counties() {
    return Arbitraries.of(County.class).filter(County::isCounty);
  }

  // ---------------------------------------------------------------- numbers and ranges

  /** Amounts over the whole range of {@code long} fen, negative ones included. */
  public static Arbitrary<Money> money() {
    return Arbitraries.longs().map(Money::ofFen);
  }

  /** Amounts from {@code min} to {@code max}, both inclusive. */
  public static Arbitrary<Money> money(Money min, Money max) {
    return Arbitraries.longs().between(min.fen(), max.fen()).map(Money::ofFen);
  }

  /** Weights: mostly small with up to two decimals, the rest anywhere up to 2^62. */
  public static Arbitrary<Weight> weights() {
    Arbitrary<Weight> small = Combinators.combine(Arbitraries.longs().between(0, 10_000),
        Arbitraries.integers().between(0, 2)).as((u, s) -> Weight.of(BigDecimal.valueOf(u, s)));
    // with scale 0 the unscaled value is halved, keeping it below 2^62
    Arbitrary<Weight> any = Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE),
            Arbitraries.integers().between(0, Weight.MAX_DECIMALS))
        .as((u, s) -> Weight.of(BigDecimal.valueOf(s == 0 ? u >>> 1 : u, s)));
    return Arbitraries.frequencyOf(Tuple.of(3, small), Tuple.of(1, any));
  }

  /** Rates in [0, 1]: whole percentages mostly, the rest with up to twelve decimals. */
  public static Arbitrary<Rate> rates() {
    Arbitrary<Rate> percent = Arbitraries.integers().between(0, 100).map(Rate::ofPercent);
    Arbitrary<Rate> fine = Arbitraries.longs().between(0, 1_000_000_000_000L)
        .map(n -> Rate.of(BigDecimal.valueOf(n, Rate.MAX_DECIMALS)));
    return Arbitraries.frequencyOf(Tuple.of(3, percent), Tuple.of(1, fine));
  }

  /** Ranges starting from 1990 to 2040, a day to ten years long, or open. */
  public static Arbitrary<DateRange> dateRanges() {
    return Combinators.combine(dates(LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31)),
            Arbitraries.integers().between(1, 3650).optional(0.7))
        .as((from, days) -> new DateRange(from, days.map(from::plusDays)));
  }

  // ---------------------------------------------------------------- people

  /** Chinese names: a common or compound surname (1 in 5) and one or two given characters. */
  public static Arbitrary<PersonName> personNames() {
    Arbitrary<String> surname = Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.of(SURNAMES)), Tuple.of(1, Arbitraries.of(COMPOUND_SURNAMES)));
    return Combinators.combine(surname, chinese(GIVEN, 1, 2)).as((s, g) -> PersonName.of(s + g));
  }

  /** Events of every type dated from {@code from} to {@code to}. */
  public static Arbitrary<PersonEvent> personEvents(LocalDate from, LocalDate to) {
    return eventDrafts().map(d -> d.at(from, to));
  }

  static Arbitrary<EventDraft> eventDrafts() {
    return Combinators.combine(Arbitraries.of(PersonEventType.class),
            Arbitraries.integers().between(0, 1000),
            ids("ref").optional(0.2), Arbitraries.of("村民代表会议决议", "成员大会决议", "户籍证明")
                .optional(0.2))
        .as(EventDraft::new);
  }

  /** A person event before it is dated: its date is a fraction of the way between two dates. */
  record EventDraft(
      PersonEventType type, int permille, Optional<String> reference, Optional<String> note) {
    PersonEvent at(LocalDate from, LocalDate to) {
      return new PersonEvent(type, between(from, to, permille), reference, note);
    }
  }

  /**
   * Persons whose stated birth date and sex are the ones their resident id encodes, with up to
   * two parents and four events dated between their birth and their 80th birthday.
   */
  public static Arbitrary<Person> persons() {
    Arbitrary<List<Boolean>> flags = Arbitraries.of(true, false).list().ofSize(2);
    return Combinators.combine(residentIds(), personNames(), ids("p"), ids("h"),
            ids("v").optional(0.7), ids("q").list().ofMaxSize(2).uniqueElements(), flags,
            eventDrafts().list().ofMaxSize(4))
        .as((rid, name, id, household, org, parents, f, events) -> new Person(id, rid, name,
            rid.sex(), rid.birthDate(), household, org, ImmutableList.copyOf(parents), f.get(0),
            f.get(1), events.stream()
                .map(e -> e.at(rid.birthDate(), rid.birthDate().plusYears(80)))
                .collect(ImmutableList.toImmutableList())));
  }

  /** Households of one to six members, the head one of them. */
  public static Arbitrary<Household> households() {
    return Combinators.combine(ids("h"), ids("p").list().ofMinSize(1).ofMaxSize(6).uniqueElements(),
            Arbitraries.integers().between(0, 5))
        .as((id, members, head) -> new Household(id, members.get(head % members.size()),
            ImmutableList.copyOf(members)));
  }

  /** Charters: retention rates of up to 50% each (so never over 1 together), or none. */
  public static Arbitrary<Charter> charters() {
    Arbitrary<Optional<Rate>> rate =
        Arbitraries.integers().between(0, 50).map(Rate::ofPercent).optional(0.5);
    return Combinators.combine(rate, rate, Arbitraries.of(ShareManagement.class),
            dates(LocalDate.of(2005, 1, 1), LocalDate.of(2025, 12, 31)).optional(0.5),
            Arbitraries.longs().between(1, 100_000_000).optional(0.3))
        .as(Charter::new);
  }

  /** Organizations of every level, each registered under its level's credit-code type. */
  public static Arbitrary<CollectiveOrganization> organizations() {
    return Combinators.combine(counties(), Arbitraries.of(OrganizationLevel.class))
        .flatAs((county, level) -> Combinators.combine(ids("org"), Arbitraries.of(PLACES),
                level == OrganizationLevel.TOWN
                    ? Arbitraries.just(Optional.<String>empty()) : ids("up").optional(0.8),
                creditCodes(level.registrationType(), county.divisionCode()),
                Arbitraries.of(true, false), Arbitraries.of(true, false), charters())
            .as((id, place, parent, code, shareholding, company, charter) ->
                new CollectiveOrganization(id, place + level.chineseName(), level, parent, code,
                    shareholding, company, charter)));
  }

  /** Communities in Jiangmen's counties, with residents' committee codes. */
  public static Arbitrary<Community> communities() {
    return counties().flatMap(ReformArbitraries::communities);
  }

  /** Communities in {@code county}, with residents' committee codes. */
  public static Arbitrary<Community> communities(County county) {
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 12_000);
    return Combinators.combine(ids("c"), communityCodes(county), Arbitraries.of(PLACES),
            Arbitraries.of(TOWNS), count, count, Arbitraries.integers().between(0, 4_000))
        .as((id, code, place, town, registered, resident, households) -> new Community(id,
            "江门市" + county.chineseName() + place + "社区", code, town, registered, resident,
            households));
  }

  // ---------------------------------------------------------------- shares

  /** Share classes of every kind. */
  public static Arbitrary<ShareClass> shareClasses() {
    return Combinators.combine(ids("class"), Arbitraries.of(ShareClassKind.class))
        .as(ShareClass::of);
  }

  /** Holdings of up to a million shares. */
  public static Arbitrary<Holding> holdings() {
    return Combinators.combine(ids("p"), ids("class"), Arbitraries.longs().between(0, 1_000_000))
        .as(Holding::new);
  }

  /**
   * Registers of one to four classes whose holdings each name one of the classes, at most one
   * per holder and class; some holders are the organization itself (collective shares).
   */
  public static Arbitrary<ShareRegister> shareRegisters() {
    Arbitrary<List<ShareClass>> classes = Arbitraries.of(ShareClassKind.class)
        .list().ofMinSize(1).ofMaxSize(4).uniqueElements()
        .map(kinds -> kinds.stream().map(k -> ShareClass.of(k.name().toLowerCase(Locale.ROOT), k))
            .collect(Collectors.toList()));
    Arbitrary<List<int[]>> drafts = Combinators.combine(Arbitraries.integers().between(0, 8),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 100_000))
        .as((holder, cls, shares) -> new int[] {holder, cls, shares})
        .list().ofMaxSize(16);
    return Combinators.combine(ids("v"), dates(LocalDate.of(2005, 1, 1), LocalDate.of(2025, 12, 31)),
            classes, drafts)
        .as((org, asOf, cls, hs) -> {
          Map<String, Holding> unique = new LinkedHashMap<>();
          for (int[] h : hs) {
            String holder = h[0] == 0 ? org : "p" + h[0];
            String classId = cls.get(h[1] % cls.size()).id();
            unique.putIfAbsent(holder + "/" + classId, new Holding(holder, classId, h[2]));
          }
          return new ShareRegister(org, asOf, ImmutableList.copyOf(cls),
              ImmutableList.copyOf(unique.values()));
        });
  }

  // ---------------------------------------------------------------- explanations

  /** Sources citing the law, the Guangdong provisions, the plan or a county's rules. */
  public static Arbitrary<PolicySource> policySources() {
    return Combinators.combine(Arbitraries.of(DOCUMENTS), Arbitraries.of(CLAUSES),
            dates(LocalDate.of(2006, 1, 1), LocalDate.of(2025, 12, 31)).optional(0.8))
        .as(PolicySource::new);
  }

  /** Explanations with up to three inputs and parameters, and up to three steps of one level. */
  public static Arbitrary<Explanation> explanations() {
    Arbitrary<Map<String, String>> facts = Arbitraries.maps(Arbitraries.of(FACTS),
        Arbitraries.integers().between(0, 500).map(String::valueOf)).ofMaxSize(3);
    Arbitrary<Explanation> leaf = Combinators.combine(
            Arbitraries.of("membership.birth", "membership.marriage", "shares.population",
                "dividend.reserve", "grid.size"),
            Arbitraries.of("jiangmen-default", "xinhui"), Arbitraries.of("2006-01-01", "2025-05-01"),
            policySources(), facts, facts, Arbitraries.of("member", "not a member", "3 shares"))
        .as(Explanation::of);
    return Combinators.combine(leaf, leaf.list().ofMaxSize(3)).as(Explanation::withSteps);
  }

  /** Values of {@code values} with an explanation each. */
  public static <T> Arbitrary<Explained<T>> explained(Arbitrary<T> values) {
    return Combinators.combine(values, explanations()).as(Explained::of);
  }

  /** Membership decisions of every status. */
  public static Arbitrary<Member> members() {
    return Combinators.combine(ids("p"), ids("v"), Arbitraries.of(MembershipStatus.class),
            dates(LocalDate.of(2006, 1, 1), LocalDate.of(2030, 12, 31)), explanations())
        .as(Member::new);
  }

  /** Violations as a validation would report them. */
  public static Arbitrary<Violation> violations() {
    return Combinators.combine(
            Arbitraries.of("residentId", "$.persons[3].residentId", "households[0].memberIds[1]"),
            Arbitraries.of("", "440705********001X", "h9"),
            Arbitraries.of("is used twice", "names no person in the dossier", "is negative"),
            Arbitraries.of("", "0 or more", "a unique id"))
        .as(Violation::new);
  }

  // ---------------------------------------------------------------- grids

  /** Points within 100 km of the origin. */
  public static Arbitrary<Point> points() {
    Arbitrary<Long> metres = Arbitraries.longs().between(-100_000, 100_000);
    return Combinators.combine(metres, metres).as(Point::new);
  }

  /** Units with workload facts and up to four neighbours (never themselves). */
  public static Arbitrary<GridUnit> gridUnits() {
    return Combinators.combine(ids("u"), Arbitraries.of(PLACES), unitCounts(), workloads(),
            ids("n").set().ofMaxSize(4), points().optional(0.7))
        .as((id, place, counts, workload, adjacent, location) -> new GridUnit(id,
            place + counts[0] % 30 + "号楼", counts[0], counts[1], workload,
            ImmutableSortedSet.copyOf(adjacent), location));
  }

  static Arbitrary<int[]> unitCounts() {
    return Combinators.combine(Arbitraries.integers().between(0, 600),
            Arbitraries.integers().between(0, 4))
        .as((households, perHousehold) -> new int[] {households, households * perHousehold});
  }

  static Arbitrary<ImmutableSortedMap<String, Long>> workloads() {
    return Arbitraries.maps(Arbitraries.of(FACTS), Arbitraries.longs().between(0, 200))
        .ofMaxSize(4).map(ImmutableSortedMap::copyOf);
  }

  /** Grids of either kind over one to eight units, carrying some of the five functions. */
  public static Arbitrary<Grid> grids() {
    return Combinators.combine(ids("g"), Arbitraries.of(GridKind.class), unitIds(),
            Arbitraries.of(GridFunction.class).set())
        .as((id, kind, units, functions) -> new Grid(id, kind, units,
            ImmutableSet.copyOf(functions)));
  }

  private static Arbitrary<ImmutableList<String>> unitIds() {
    return ids("u").list().ofMinSize(1).ofMaxSize(8).uniqueElements().map(ImmutableList::copyOf);
  }

  /** Dedicated grids of every kind over one to eight units. */
  public static Arbitrary<DedicatedGrid> dedicatedGrids() {
    return Combinators.combine(ids("d"), Arbitraries.of(PLACES), Arbitraries.of(
            DedicatedGridKind.class), unitIds())
        .as((id, place, kind, units) -> new DedicatedGrid(id, place + kind.chineseName(), kind,
            units));
  }

  /** Posts of either role, zero to five. */
  public static Arbitrary<GridWorker> gridWorkers() {
    return Combinators.combine(ids("g"), Arbitraries.of(WorkerRole.class),
        Arbitraries.integers().between(0, 5)).as(GridWorker::new);
  }

  // ---------------------------------------------------------------- the ledger

  /** City departments as the plan names them. */
  public static Arbitrary<Department> departments() {
    return Arbitraries.of(DEPARTMENTS).map(Department::of);
  }

  /** Key tasks numbered 1 to 10 in sections 1 to 4, with one to four distinct departments. */
  public static Arbitrary<KeyTask> keyTasks() {
    return Combinators.combine(Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(1, 4), chinese(PLACES, 1, 3), chinese(GIVEN, 2, 8),
            departments().list().ofMinSize(1).ofMaxSize(4).uniqueElements(),
            Arbitraries.of(true, false))
        .as((number, section, sectionTitle, title, departments, more) -> new KeyTask(number,
            section, sectionTitle, title, ImmutableList.copyOf(departments), more));
  }

  /** Ledger entries of every status, some naming an entry they supersede. */
  public static Arbitrary<LedgerEntry> ledgerEntries() {
    Arbitrary<LocalDate> days = dates(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31));
    return Combinators.combine(ids("e"), days, Arbitraries.integers().between(1, 10),
            departments(), Arbitraries.of(TaskStatus.class), evidence(), days.optional(0.5),
            ids("earlier").optional(0.3))
        .as(LedgerEntry::new);
  }

  static Arbitrary<String> evidence() {
    return Arbitraries.of("已完成调查摸底", "召开成员大会", "印发实施方案", "完成股权量化",
        "网格划分已公示");
  }

  /** Financial years from 1990 to 2030, losses included. */
  public static Arbitrary<FinancialYear> financialYears() {
    return Combinators.combine(ids("v"), Arbitraries.integers().between(1990, 2030),
            money(Money.ofYuan(-1_000_000), Money.ofYuan(100_000_000)))
        .as(FinancialYear::new);
  }

  // ---------------------------------------------------------------- governance

  /** Appointments to every office; collective offices name an organization, the others none. */
  public static Arbitrary<Appointment> appointments() {
    return Combinators.combine(ids("p"), Arbitraries.of(Office.class), ids("v"))
        .as((person, office, org) -> new Appointment(person, office,
            office.body() == Office.Body.COLLECTIVE_ORGANIZATION ? Optional.of(org)
                : Optional.empty()));
  }

  /** Facts of every kind, holding or not, with evidence. */
  public static Arbitrary<SeparationFact> separationFacts() {
    return Combinators.combine(Arbitraries.of(SeparationFactKind.class),
            Arbitraries.of(true, false),
            Arbitraries.of("分设银行账户", "章程与权责清单", "2024年会议记录", "印章使用登记簿"))
        .as(SeparationFact::new);
  }

  /**
   * Governance sections: a voter roll of distinct ids, distinct appointments and at most one
   * fact of each kind. References are not tied to any dossier; {@link #dossiers()} ties them.
   */
  public static Arbitrary<Governance> governance() {
    return Combinators.combine(ids("p").list().ofMaxSize(8).uniqueElements(),
            appointments().list().ofMaxSize(6).uniqueElements(),
            separationFacts().list().ofMaxSize(6).uniqueElements(SeparationFact::kind))
        .as((voters, appointments, facts) -> new Governance(ImmutableList.copyOf(voters),
            ImmutableList.copyOf(appointments), ImmutableList.copyOf(facts)));
  }

  // ---------------------------------------------------------------- land and services

  /** Areas in square metres up to 10^8, with up to the six decimals an area may have. */
  public static Arbitrary<Weight> areas() {
    return Arbitraries.integers().between(0, RetainedLand.AREA_DECIMALS).flatMap(scale ->
        Arbitraries.longs().between(0, 100_000_000L * BigDecimal.TEN.pow(scale).longValueExact())
            .map(unscaled -> Weight.of(BigDecimal.valueOf(unscaled, scale))));
  }

  /** Retained-land records, the realized area sometimes beyond the entitlement. */
  public static Arbitrary<RetainedLand> retainedLand() {
    return Combinators.combine(ids("v"), areas(), areas()).as(RetainedLand::new);
  }

  /** Homestead withdrawals of up to 10^8 square metres, applied from 2015 to 2030. */
  public static Arbitrary<HomesteadWithdrawal> homesteadWithdrawals() {
    return Combinators.combine(ids("w"), ids("h"), ids("v"), areas(),
            dates(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31)))
        .as(HomesteadWithdrawal::new);
  }

  /** Land sections of a few records each, unrelated to any dossier. */
  public static Arbitrary<Land> land() {
    return Combinators.combine(retainedLand().list().ofMaxSize(3),
            homesteadWithdrawals().list().ofMaxSize(3))
        .as((r, w) -> new Land(ImmutableList.copyOf(r), ImmutableList.copyOf(w)));
  }

  /** School places at any stage, 0 to 5,000. */
  public static Arbitrary<SchoolPlaces> schoolPlaces() {
    return Combinators.combine(Arbitraries.of(SchoolStage.class),
        Arbitraries.integers().between(0, 5_000)).as(SchoolPlaces::new);
  }

  /** Public-services sections with each stage at most once. */
  public static Arbitrary<PublicServices> publicServices() {
    return schoolPlaces().list().ofMaxSize(3).uniqueElements(SchoolPlaces::stage)
        .map(l -> new PublicServices(ImmutableList.copyOf(l)));
  }

  // ---------------------------------------------------------------- dossiers

  /**
   * Small dossiers whose references all resolve: a community in one of the seven counties, a
   * village organization with up to three groups, one to five households of one to four
   * persons (children naming their parents), an optional share register, up to two financial
   * years, up to six grid units with symmetric adjacency, an optional dedicated grid, up to
   * three ledger entries, and sometimes governance, land and public-services sections naming
   * the dossier's own persons, households and organizations; nothing is dated after {@code
   * asOf}.
   */
  public static Arbitrary<Dossier> dossiers() {
    return DossierArbitrary.dossiers();
  }
}
