package org.cungaiju.reform.core.report;

import java.util.ArrayList;
import java.util.List;
import org.cungaiju.reform.core.run.PersonEntry;
import org.cungaiju.reform.core.run.Report;

/**
 * The HTML page being written: the report, the texts of its language, and helpers that escape
 * every text they are given. Confined to one rendering.
 */
final class Page {

  private final Report report;
  private final Texts texts;
  private final StringBuilder out = new StringBuilder(1 << 16);

  Page(Report report, Texts texts) {
    this.report = report;
    this.texts = texts;
  }

  Report report() {
    return report;
  }

  Texts texts() {
    return texts;
  }

  /** The text of {@code key}. */
  String t(String key) {
    return texts.text(key);
  }

  /** The text of {@code key} with its arguments. */
  String f(String key, Object... args) {
    return texts.format(key, args);
  }

  /** Markup as it is: only for markup this package wrote. */
  Page raw(String html) {
    out.append(html);
    return this;
  }

  /** Text, escaped. */
  Page text(String text) {
    out.append(Html.escape(text));
    return this;
  }

  /** An element holding escaped text: {@code <tag class="css">text</tag>}. */
  Page element(String tag, String css, String text) {
    out.append('<').append(tag);
    if (!css.isEmpty()) {
      out.append(" class=\"").append(css).append('"');
    }
    out.append('>').append(Html.escape(text)).append("</").append(tag).append(">\n");
    return this;
  }

  /** A heading of level 3 in the page's language, with the other language's term beside it. */
  Page subheading(String key) {
    out.append("<h3>").append(Html.escape(t(key + ".title")));
    if (texts.has(key + ".aside")) {
      out.append(" <small>").append(Html.escape(t(key + ".aside"))).append("</small>");
    }
    out.append("</h3>\n");
    return this;
  }

  /** A row of key-figure cards. */
  Page cards(List<Card> cards) {
    out.append("<div class=\"cards\">\n");
    for (Card c : cards) {
      out.append("<div class=\"card").append(c.warn ? " warn" : "").append("\"><div class=\"value\">")
          .append(Html.escape(c.value)).append("</div><div class=\"label\">")
          .append(Html.escape(c.label)).append("</div></div>\n");
    }
    out.append("</div>\n");
    return this;
  }

  /** A chart or map, already drawn, in a figure with a caption. */
  Page figure(String svg, String caption) {
    out.append("<figure>\n").append(svg);
    if (!caption.isEmpty()) {
      out.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
    }
    out.append("</figure>\n");
    return this;
  }

  /** A note in small print. */
  Page note(String text) {
    return element("p", "note", text);
  }

  /**
   * A table cell holding markup as it is, such as a {@link Status#pill}: only for markup this
   * package made from escaped text.
   */
  record Markup(String html) {}

  /** A table to fill in. */
  Table table(String css) {
    return new Table(css);
  }

  /** The name of a person as the report holds it (a surname when redacted), or the id. */
  String personName(String personId) {
    PersonEntry p = report.persons().get(personId);
    return p == null ? personId : p.name();
  }

  /** The resident id of a person as the report holds it (masked when redacted), or empty. */
  String residentId(String personId) {
    PersonEntry p = report.persons().get(personId);
    return p == null ? "" : p.residentId();
  }

  /** The name of an organization. */
  String organization(String id) {
    return report.dossier().organizationName(id);
  }

  String html() {
    return out.toString();
  }

  /** A key figure: a value and what it counts. */
  record Card(String value, String label, boolean warn) {
    static Card of(String value, String label) {
      return new Card(value, label, false);
    }
  }

  /** A table: columns, then rows of cells, then {@link #end}. */
  final class Table {
    private final String css;
    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private int more;

    private Table(String css) {
      this.css = css;
    }

    /** A column of text headed by {@code header}. */
    Table column(String header) {
      headers.add(header);
      numeric.add(false);
      return this;
    }

    /** A column of numbers, aligned right. */
    Table number(String header) {
      headers.add(header);
      numeric.add(true);
      return this;
    }

    /** A row of cells, one per column: each text (escaped when written) or {@link Markup}. */
    Table row(Object... cells) {
      if (cells.length != headers.size()) {
        throw new IllegalArgumentException(cells.length + " cells for " + headers.size()
            + " columns");
      }
      rows.add(List.of(cells));
      return this;
    }

    /** Says that {@code n} more rows were left out. */
    Table more(int n) {
      more = n;
      return this;
    }

    /** Writes the table into the page. */
    Page end() {
      out.append("<div class=\"table-wrap\"><table class=\"").append(css).append("\">\n<thead><tr>");
      for (int i = 0; i < headers.size(); i++) {
        out.append(numeric.get(i) ? "<th class=\"num\">" : "<th>")
            .append(Html.escape(headers.get(i))).append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (List<Object> r : rows) {
        out.append("<tr>");
        for (int i = 0; i < r.size(); i++) {
          Object cell = r.get(i);
          out.append(numeric.get(i) ? "<td class=\"num\">" : "<td>")
              .append(cell instanceof Markup m ? m.html() : Html.escape((String) cell))
              .append("</td>");
        }
        out.append("</tr>\n");
      }
      if (rows.isEmpty()) {
        out.append("<tr><td colspan=\"").append(headers.size()).append("\" class=\"empty\">")
            .append(Html.escape(t("table.empty"))).append("</td></tr>\n");
      }
      out.append("</tbody></table></div>\n");
      if (more > 0) {
        note(f("table.more", Numbers.grouped(more)));
      }
      return Page.this;
    }
  }
}
