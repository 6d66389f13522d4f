package org.cungaiju.reform.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cungaiju.reform.api.error.InvalidInputException;
import org.cungaiju.reform.api.id.County;
import org.cungaiju.reform.api.id.DivisionCode;
import org.cungaiju.reform.api.ledger.Department;
import org.cungaiju.reform.api.ledger.KeyTask;
import org.junit.jupiter.api.Test;

class BuiltInDataTest {

  /** One measure as the plan's text states it. */
  private record Measure(int section, String sectionTitle, int number, String title,
      List<String> departments, boolean nonExhaustive) {}

  private static final Pattern SECTION = Pattern.compile("^[(（]([一二三四五六七八九十])[)）](.+)$");
  private static final Pattern MEASURE =
      Pattern.compile("^(\\d+)\\.([^。]+)。.*[(（]([^()（）]+)负责[)）]$");
  private static final String NUMERALS = "一二三四五六七八九十";

  /** Reads the measures of 三、工作措施 from the plan, independently of the resource. */
  private static List<Measure> measuresInThePlan() {
    String text = SeedText.plan();
    int start = text.indexOf("三、工作措施");
    int end = text.indexOf("四、保障措施");
    assertThat(start).as("the plan has a section 三、工作措施").isNotNegative();
    assertThat(end).as("the plan has a section 四、保障措施 after it").isGreaterThan(start);
    List<Measure> measures = new ArrayList<>();
    int section = 0;
    String sectionTitle = "";
    for (String raw : text.substring(start, end).split("\\R")) {
      String line = raw.strip();
      Matcher s = SECTION.matcher(line);
      if (s.matches()) {
        section = NUMERALS.indexOf(s.group(1)) + 1;
        sectionTitle = s.group(2);
        continue;
      }
      Matcher m = MEASURE.matcher(line);
      if (m.matches()) {
        String list = m.group(3);
        boolean etc = list.endsWith("等");
        String names = etc ? list.substring(0, list.length() - 1) : list;
        measures.add(new Measure(section, sectionTitle, Integer.parseInt(m.group(1)), m.group(2),
            Arrays.asList(names.split("、")), etc));
      }
    }
    return measures;
  }

  @Test
  void hasTenTasksInFourSections() {
    List<KeyTask> tasks = BuiltInData.keyTasks();
    assertThat(tasks).hasSize(10);
    assertThat(tasks).extracting(KeyTask::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    Map<Integer, List<Integer>> bySection = new TreeMap<>(tasks.stream().collect(
        Collectors.groupingBy(KeyTask::section,
            Collectors.mapping(KeyTask::number, Collectors.toList()))));
    assertThat(bySection).containsExactly(
        Map.entry(1, List.of(1, 2, 3)),
        Map.entry(2, List.of(4, 5)),
        Map.entry(3, List.of(6, 7)),
        Map.entry(4, List.of(8, 9, 10)));
  }

  @Test
  void measureOneNamesNaturalResourcesThenDevelopmentThenAgriculture() {
    KeyTask first = BuiltInData.keyTask(1);
    assertThat(first.title()).isEqualTo("推行一体化城市规划管理制度");
    assertThat(first.leadDepartments()).containsExactly(Department.of("市自然资源局"),
        Department.of("市发展改革局"), Department.of("市农业农村局"));
    assertThat(first.nonExhaustive()).isTrue();
  }

  @Test
  void everyTaskAgreesWithThePlansText() {
    List<Measure> plan = measuresInThePlan();
    assertThat(plan).as("measures found in the plan's text").hasSize(10);
    for (Measure m : plan) {
      KeyTask task = BuiltInData.keyTask(m.number());
      assertThat(task.title()).as("title of measure %d", m.number()).isEqualTo(m.title());
      assertThat(task.section()).as("section of measure %d", m.number()).isEqualTo(m.section());
      assertThat(task.sectionTitle()).as("section title of measure %d", m.number())
          .isEqualTo(m.sectionTitle());
      assertThat(task.leadDepartments()).extracting(Department::name)
          .as("departments of measure %d", m.number())
          .containsExactlyElementsOf(m.departments());
      assertThat(task.nonExhaustive()).as("等 of measure %d", m.number())
          .isEqualTo(m.nonExhaustive());
    }
  }

  @Test
  void refusesAMeasureThePlanDoesNotHave() {
    assertThatThrownBy(() -> BuiltInData.keyTask(11))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("taskNumber")
        .hasMessageContaining("1 to 10");
    assertThatThrownBy(() -> BuiltInData.keyTask(0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void countiesMatchTheCountyEnumExactly() {
    assertThat(BuiltInData.counties()).extracting(CountyProfile::county)
        .containsExactly(County.values());
    for (CountyProfile p : BuiltInData.counties()) {
      assertThat(p.code().value()).isEqualTo(p.county().code());
      assertThat(BuiltInData.county(p.county())).isSameAs(p);
    }
  }

  @Test
  void givesEachCountyItsKind() {
    assertThat(BuiltInData.county(County.CITY).kind()).isEqualTo(DivisionKind.PREFECTURE_CITY);
    assertThat(BuiltInData.county(County.PENGJIANG).kind()).isEqualTo(DivisionKind.DISTRICT);
    assertThat(BuiltInData.county(County.JIANGHAI).kind()).isEqualTo(DivisionKind.DISTRICT);
    assertThat(BuiltInData.county(County.XINHUI).kind()).isEqualTo(DivisionKind.DISTRICT);
    for (County c : List.of(County.TAISHAN, County.KAIPING, County.HESHAN, County.ENPING)) {
      assertThat(BuiltInData.county(c).kind()).as("%s", c).isEqualTo(DivisionKind.COUNTY_CITY);
    }
  }

  @Test
  void xinhuiWasACountyThenACityBeforeItBecameADistrictIn2002() {
    CountyProfile xinhui = BuiltInData.county(County.XINHUI);
    assertThat(xinhui.codeInUse(1960).value()).isEqualTo("440721");
    assertThat(xinhui.codeInUse(1991).value()).isEqualTo("440721");
    assertThat(xinhui.codeInUse(1993).value()).isEqualTo("449006");
    assertThat(xinhui.codeInUse(1994).value()).isEqualTo("440782");
    assertThat(xinhui.codeInUse(2001).value()).isEqualTo("440782");
    assertThat(xinhui.codeInUse(2002).value()).isEqualTo("440705");
    assertThat(xinhui.historicalCodes()).extracting(HistoricalCode::chineseName)
        .containsExactly("新会县", "新会市", "新会市");
  }

  @Test
  void aHistoricalCodeIsInUseFromItsFirstYearUntilTheYearItWasReplaced() {
    List<HistoricalCode> codes = BuiltInData.county(County.XINHUI).historicalCodes();
    HistoricalCode county = codes.get(0);
    HistoricalCode city = codes.get(1);
    assertThat(county.fromYear()).isEmpty();
    assertThat(county.isInUseIn(1985)).isTrue();
    assertThat(county.isInUseIn(1991)).isTrue();
    assertThat(county.isInUseIn(1992)).isFalse();
    assertThat(city.isInUseIn(1991)).isFalse();
    assertThat(city.isInUseIn(1992)).isTrue();
    assertThat(city.isInUseIn(1993)).isTrue();
    assertThat(city.isInUseIn(1994)).isFalse();
  }

  @Test
  void refusesHistoricalPeriodsThatOverlap() {
    HistoricalCode older = new HistoricalCode(DivisionCode.parse("440721"), "新会县",
        DivisionKind.COUNTY, Optional.empty(), 1992);
    HistoricalCode overlapping = new HistoricalCode(DivisionCode.parse("440782"), "新会市",
        DivisionKind.COUNTY_CITY, Optional.of(1990), 2002);
    assertThatThrownBy(() -> new CountyProfile(County.XINHUI, DivisionKind.DISTRICT,
        ImmutableList.of(older, overlapping)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overlaps");
  }

  @Test
  void refusesAPeriodThatEndsBeforeItBegins() {
    assertThatThrownBy(() -> new HistoricalCode(DivisionCode.parse("440782"), "新会市",
        DivisionKind.COUNTY_CITY, Optional.of(2002), 1994))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("fromYear");
  }

  @Test
  void refusesTheCurrentCodeAsAHistoricalOne() {
    HistoricalCode current = new HistoricalCode(DivisionCode.parse("440705"), "新会区",
        DivisionKind.DISTRICT, Optional.empty(), 2002);
    assertThatThrownBy(() -> new CountyProfile(County.XINHUI, DivisionKind.DISTRICT,
        ImmutableList.of(current)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("current code");
  }

  @Test
  void countiesWithoutRecordedHistoryKeepTheirCurrentCode() {
    assertThat(BuiltInData.county(County.PENGJIANG).codeInUse(1980).value()).isEqualTo("440703");
    assertThat(BuiltInData.county(County.CITY).codeInUse(1980).value()).isEqualTo("440700");
  }

  @Test
  void historicalCodesAreNeverAnotherCountysCurrentCode() {
    var current = Arrays.stream(County.values()).map(County::code).collect(Collectors.toSet());
    for (CountyProfile p : BuiltInData.counties()) {
      assertThat(p.historicalCodes()).extracting(h -> h.code().value())
          .as("historical codes of %s", p.county())
          .doesNotContainAnyElementsOf(current);
    }
  }
}
