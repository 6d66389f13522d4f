package org.cungaiju.reform.core.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cungaiju.reform.api.Api;
import org.cungaiju.reform.api.error.Violation;
import org.cungaiju.reform.core.grid.GridMap;
import org.cungaiju.reform.core.run.DossierSummary;
import org.cungaiju.reform.core.run.PluginUsed;
import org.cungaiju.reform.core.run.PolicyInForce;
import org.cungaiju.reform.core.run.Report;
import org.cungaiju.reform.core.run.Section;
import org.cungaiju.reform.core.run.SectionError;

/**
 * Writes a {@link Report} as {@code report.html}: one self-contained page for a county officer
 * — the community's key figures at a glance, then each section with its charts and tables,
 * then the policies it was decided under.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Self-contained: one HTML5 document with its styles inline and its pictures as inline
 *       SVG; it refers to no script, font, style sheet or image outside itself, and runs no
 *       script. Text uses installed fonts ({@value GridMap#FONTS}).
 *   <li>Every text from the report, the dossier or a policy is HTML-escaped.
 *   <li>Personal data appears as the report holds it: names and resident ids in full in a
 *       report as run, surnames and masked ids in a {@linkplain Report#redact() redacted}
 *       one. Long lists (such as every person's decision) are left to {@code report.json}; the
 *       page counts what it leaves out.
 *   <li>A failed section shows its error in place of its results, and the page says at the
 *       top that the report is incomplete.
 *   <li>Deterministic: the same report and language give the same bytes. Charts are drawn with
 *       whole-number arithmetic only.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
@Api(status = Api.Status.EXPERIMENTAL, since = "0.1")
public final class ReportHtml {

  private static final ImmutableMap<String, SectionView<?>> VIEWS = views(
      new MembershipView(), new SharesView(), new DividendsView(), new GridsView(),
      new GovernanceView(), new LandView(),
      new ServicesView(), new LedgerView());

  private static final int MAX_VIOLATIONS_SHOWN = 20;

  private ReportHtml() {}

  /** The page of {@code report} in {@code language}. */
  public static String render(Report report, Language language) {
    Page page = new Page(report, Texts.report(language));
    head(page, language);
    page.raw("<body>\n");
    header(page);
    page.raw("<main>\n");
    overview(page);
    for (Map.Entry<String, Section> e : report.sections().entrySet()) {
      section(page, e.getKey(), e.getValue());
    }
    policies(page);
    page.raw("</main>\n<footer>");
    page.text(page.f("footer.madeBy", report.library().name(), report.library().version()));
    page.raw("</footer>\n</body>\n</html>\n");
    return page.html();
  }

  private static ImmutableMap<String, SectionView<?>> views(SectionView<?>... views) {
    ImmutableMap.Builder<String, SectionView<?>> out = ImmutableMap.builder();
    for (SectionView<?> v : views) {
      out.put(v.key().id(), v);
    }
    return out.buildOrThrow();
  }

  private static void head(Page page, Language language) {
    DossierSummary d = page.report().dossier();
    page.raw("<!DOCTYPE html>\n<html lang=\"").raw(language.tag()).raw("\">\n<head>\n")
        .raw("<meta charset=\"utf-8\"/>\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src data:\"/>\n")
        .raw("<meta name=\"generator\" content=\"")
        .text(page.report().library().name() + " " + page.report().library().version())
        .raw("\"/>\n<title>")
        .text(page.f("page.title", d.community().name(), page.report().date()))
        .raw("</title>\n<style>\n").raw(Style.CSS).raw("</style>\n</head>\n");
  }

  private static void header(Page page) {
    Report r = page.report();
    DossierSummary d = r.dossier();
    page.raw("<header class=\"top\">\n<div class=\"inner\">\n");
    page.element("p", "kicker", page.t("page.kicker"));
    page.element("h1", "", d.community().name());
    page.element("p", "meta", page.f("page.meta", d.countyName(), d.county().code(),
        d.community().town(), d.community().divisionCode()));
    page.element("p", "meta", page.f("page.dates", r.date(), d.asOf()));
    page.raw("</div>\n</header>\n");
  }

  private static void overview(Page page) {
    Report r = page.report();
    ImmutableMap<String, SectionError> failures = r.failures();
    if (failures.isEmpty()) {
      page.element("p", "banner ok", page.f("banner.complete", r.sections().size()));
    } else {
      List<String> names = new ArrayList<>();
      failures.keySet().forEach(id -> names.add(page.t("section." + id + ".title")));
      page.element("p", "banner bad", page.f("banner.incomplete", failures.size(),
          r.sections().size(), String.join("、", names)));
    }
    if (r.redacted()) {
      page.element("p", "banner info", page.t("banner.redacted"));
    }
    List<Page.Card> cards = new ArrayList<>();
    DossierSummary d = r.dossier();
    cards.add(Page.Card.of(Numbers.grouped(d.entries().getOrDefault("persons", 0)),
        page.t("figure.persons")));
    cards.add(Page.Card.of(Numbers.grouped(d.entries().getOrDefault("households", 0)),
        page.t("figure.householdsListed")));
    for (Map.Entry<String, Section> e : r.sections().entrySet()) {
      SectionView<?> view = VIEWS.get(e.getKey());
      if (view != null && e.getValue().isComplete()) {
        cards.addAll(Cards.of(page, e.getValue().figures(),
            view.headline().toArray(String[]::new)));
      }
    }
    page.cards(cards);
    page.raw("<nav><ol>\n");
    for (Map.Entry<String, Section> e : r.sections().entrySet()) {
      page.raw("<li><a href=\"#").raw(e.getKey()).raw("\">")
          .text(page.t("section." + e.getKey() + ".title"))
          .raw(e.getValue().isComplete() ? "" : " <span class=\"flag\">✗</span>")
          .raw("</a></li>\n");
    }
    page.raw("<li><a href=\"#policies\">").text(page.t("policies.title")).raw("</a></li>\n");
    page.raw("</ol></nav>\n");
  }

  private static void section(Page page, String id, Section section) {
    page.raw("<section id=\"").raw(id).raw("\" class=\"report-section\" data-section=\"")
        .raw(id).raw("\" data-status=\"").raw(section.status().name()).raw("\">\n");
    page.raw("<h2>").text(page.t("section." + id + ".title")).raw(" <small>")
        .text(page.t("section." + id + ".aside")).raw("</small></h2>\n");
    page.element("p", "lead", page.t("section." + id + ".lead"));
    SectionView<?> view = VIEWS.get(id);
    if (section.error().isPresent()) {
      failure(page, section.error().get());
    } else if (view != null) {
      render(view, section, page);
    }
    page.raw("</section>\n");
  }

  private static <T extends Record> void render(SectionView<T> view, Section s, Page page) {
    view.render(view.key().type().cast(s.result().orElseThrow()), s.figures(), page);
  }

  private static void failure(Page page, SectionError e) {
    page.raw("<div class=\"error\">\n");
    page.element("p", "error-title", page.f("error.title", page.texts().of(e.kind())));
    page.element("p", "error-message", e.message());
    e.pluginId().ifPresent(plugin -> page.element("p", "", page.f("error.plugin", plugin,
        e.facet().orElse(""), e.version().orElse(""), e.inputPath().orElse("—"))));
    if (!e.violations().isEmpty()) {
      page.raw("<ul>\n");
      for (Violation v : e.violations().subList(0,
          Math.min(MAX_VIOLATIONS_SHOWN, e.violations().size()))) {
        page.element("li", "", v.toString());
      }
      page.raw("</ul>\n");
      if (e.violations().size() > MAX_VIOLATIONS_SHOWN) {
        page.note(page.f("table.more", e.violations().size() - MAX_VIOLATIONS_SHOWN));
      }
    }
    page.raw("</div>\n");
  }

  private static void policies(Page page) {
    Report r = page.report();
    page.raw("<section id=\"policies\" class=\"report-section\">\n<h2>")
        .text(page.t("policies.title")).raw(" <small>").text(page.t("policies.aside"))
        .raw("</small></h2>\n");
    page.element("p", "lead", page.t("policies.lead"));
    Page.Table table = page.table("policies")
        .column(page.t("policies.facet"))
        .column(page.t("policies.policy"))
        .column(page.t("policies.version"))
        .column(page.t("policies.validity"))
        .column(page.t("policies.source"));
    for (PolicyInForce p : r.policies()) {
      table.row(page.t("facet." + p.facet()), p.policyId(), p.version(), p.validity().toString(),
          p.source().toString());
    }
    table.end();
    Page.Table plugins = page.table("plugins")
        .column(page.t("plugins.id"))
        .column(page.t("plugins.name"))
        .column(page.t("plugins.county"))
        .column(page.t("plugins.spi"))
        .column(page.t("plugins.location"));
    for (PluginUsed p : r.plugins()) {
      plugins.row(p.id(), p.displayName(), p.countyCode(), p.spiVersion(), p.location());
    }
    plugins.end();
    page.note(page.t("policies.explanations"));
    page.raw("</section>\n");
  }

  /** The ids of the sections the page has a view for, in the page's order. */
  static ImmutableList<String> viewedSections() {
    return VIEWS.keySet().asList();
  }
}
