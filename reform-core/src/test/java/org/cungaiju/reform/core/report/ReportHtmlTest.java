package org.cungaiju.reform.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cungaiju.reform.api.community.Community;
import org.cungaiju.reform.api.community.Person;
import org.cungaiju.reform.api.dossier.Dossier;
import org.cungaiju.reform.api.membership.Member;
import org.cungaiju.reform.api.membership.MembershipStatus;
import org.cungaiju.reform.core.fixtures.OnePlugin;
import org.cungaiju.reform.core.generate.DossierGenerator;
import org.cungaiju.reform.core.generate.GeneratorOptions;
import org.cungaiju.reform.core.registry.PolicyRegistry;
import org.cungaiju.reform.core.run.ReformRun;
import org.cungaiju.reform.core.run.ReformRunTest;
import org.cungaiju.reform.core.run.Report;
import org.cungaiju.reform.core.run.SampleRuns;
import org.cungaiju.reform.core.run.SectionKey;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportHtmlTest {

  private final Report report = SampleRuns.report();
  private final String page = ReportHtml.render(report, Language.ZH_CN);

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void refersToNothingOutsideItself() {
    assertThat(page).doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<img")
        .doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("@import")
        .doesNotContain(" src=")
        .doesNotContain(" href=\"http");
    Matcher urls = Pattern.compile("https?://[^\"' )]+").matcher(page);
    while (urls.find()) {
      assertThat(urls.group()).isEqualTo("http://www.w3.org/2000/svg");
    }
    Matcher refs = Pattern.compile("url\\(([^)]*)\\)").matcher(page);
    while (refs.find()) {
      assertThat(refs.group(1)).startsWith("#");
    }
  }

  @Test
  void isWellFormedMarkupWithOneSectionPerReportSection() throws Exception {
    Document doc = parse(page);
    NodeList sections = doc.getElementsByTagName("section");
    int reportSections = 0;
    for (int i = 0; i < sections.getLength(); i++) {
      Element s = (Element) sections.item(i);
      if (s.hasAttribute("data-section")) {
        assertThat(s.getAttribute("data-status")).isEqualTo("COMPLETE");
        reportSections++;
      }
    }
    assertThat(reportSections).isEqualTo(report.sections().size());
  }

  @Test
  void holdsTheGridMapWithEveryUnitAndTheCharts() throws Exception {
    Document doc = parse(page);
    NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
    int units = 0;
    for (int i = 0; i < rects.getLength(); i++) {
      units += "unit".equals(((Element) rects.item(i)).getAttribute("class")) ? 1 : 0;
    }
    assertThat(units).isEqualTo(SampleRuns.sample().gridUnits().size());
    assertThat(page).contains("data-chart=\"grid-map\"")
        .contains("data-chart=\"membership-by-organization\"")
        .contains("data-chart=\"households-per-grid\"")
        .contains("data-chart=\"shares-by-class\"")
        .contains("data-chart=\"payouts-per-household\"")
        .contains("data-chart=\"retained-land\"")
        .contains("data-chart=\"school-places\"")
        .contains("data-chart=\"ledger-status\"")
        .doesNotContain("<?xml");
  }

  @Test
  void showsTheFiguresOfTheSections() {
    long members = report.section(SectionKey.MEMBERSHIP).orElseThrow().figures().count("members");
    assertThat(page).contains(Numbers.grouped(members))
        .contains(report.dossier().community().name())
        .contains("全部 " + report.sections().size() + " 个部分均已完成");
  }

  @Test
  void listsThePendingDecisionsByName() {
    Member first = report.result(SectionKey.MEMBERSHIP).orElseThrow()
        .withStatus(MembershipStatus.PENDING).get(0);
    assertThat(page).contains(Html.escape(report.persons().get(first.personId()).name()));
  }

  @Test
  void aRedactedPageShowsSurnamesOnly() {
    String redacted = ReportHtml.render(report.redact(), Language.ZH_CN);
    assertThat(redacted).contains("本报告已脱敏");
    for (Member m : report.result(SectionKey.MEMBERSHIP).orElseThrow()
        .withStatus(MembershipStatus.PENDING).subList(0, 20)) {
      Person p = SampleRuns.sample().personsById().get(m.personId());
      assertThat(redacted).contains(">" + p.name().surname() + "<")
          .doesNotContain(">" + p.name().value() + "<");
    }
  }

  @Test
  void showsAFailedSectionsErrorInPlaceOfItsResults() throws Exception {
    Report broken = new ReformRun(PolicyRegistry.builder()
        .register(ReformRunTest.brokenGrids()).build()).run(SampleRuns.sample());
    String html = ReportHtml.render(broken, Language.EN);
    Document doc = parse(html);
    assertThat(html).contains("data-section=\"grids\" data-status=\"FAILED\"")
        .contains("1 of " + broken.sections().size() + " sections failed")
        .contains("fault of a county policy plugin")
        .contains(OnePlugin.ID)
        .doesNotContain("data-chart=\"grid-map\"");
    assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void escapesEveryTextFromTheDossier() throws Exception {
    Dossier small = DossierGenerator.generate(GeneratorOptions.builder().seed(5).households(40)
        .gridUnits(6).build());
    Community c = small.community();
    Community hostile = new Community(c.id(), "<script>alert('x')</script> & \"社区\"",
        c.divisionCode(), "<b>街道</b>", c.registeredPopulation(), c.residentPopulation(),
        c.households());
    Dossier d = Dossier.builder().asOf(small.asOf()).county(small.county()).community(hostile)
        .addOrganizations(small.organizations()).addPersons(small.persons())
        .addHouseholds(small.households()).addGridUnits(small.gridUnits()).build();
    String html = ReportHtml.render(new ReformRun(PolicyRegistry.builder().build()).run(d),
        Language.ZH_CN);
    assertThat(html).doesNotContain("<script").doesNotContain("<b>街道")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;社区&quot;");
    parse(html);
  }

  @Test
  void givesTheSameBytesForTheSameReport() {
    assertThat(ReportHtml.render(report, Language.ZH_CN)).isEqualTo(page);
  }

  @Test
  void writesEachLanguageFromItsOwnTexts() {
    String english = ReportHtml.render(report, Language.EN);
    assertThat(english).contains("<html lang=\"en\">").contains("Membership")
        .contains("All " + report.sections().size() + " sections complete.");
    assertThat(page).contains("<html lang=\"zh-CN\">").contains("成员资格认定");
  }
}
