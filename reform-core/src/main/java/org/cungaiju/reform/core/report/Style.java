package org.cungaiju.reform.core.report;

import org.cungaiju.reform.core.grid.GridMap;

/** The page's style sheet, inline: no font, image or style is fetched. */
final class Style {

  static final String CSS = """
      * { box-sizing: border-box; }
      body { margin: 0; font-family: FONTS; color: #1f2933; background: #eef1f5;
        font-size: 14px; line-height: 1.55; }
      header.top { background: #1f3b5c; color: #fff; padding: 28px 0 22px; }
      .inner, main { max-width: 1120px; margin: 0 auto; padding: 0 24px; }
      .kicker { margin: 0; color: #b8cce4; letter-spacing: 1px; font-size: 13px; }
      h1 { margin: 4px 0 6px; font-size: 28px; }
      .meta { margin: 2px 0; color: #dbe6f3; }
      main { padding-top: 18px; padding-bottom: 24px; }
      .banner { padding: 10px 14px; border-radius: 6px; margin: 0 0 12px; font-weight: 600; }
      .banner.ok { background: #e3f4e1; color: #23632a; border: 1px solid #b6deb1; }
      .banner.bad { background: #fdecea; color: #8e1f14; border: 1px solid #f3b8b1; }
      .banner.info { background: #e8f0fb; color: #1f3b5c; border: 1px solid #bcd0ec; }
      .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
        gap: 10px; margin: 12px 0 16px; }
      .card { background: #fff; border-radius: 8px; padding: 10px 14px;
        border: 1px solid #dde3ea; }
      .card .value { font-size: 22px; font-weight: 700; color: #1f3b5c;
        font-variant-numeric: tabular-nums; }
      .card .label { color: #52606d; font-size: 13px; }
      .card.warn .value { color: #b4540a; }
      nav ol { margin: 0 0 8px; padding: 10px 14px 10px 34px; background: #fff;
        border-radius: 8px; border: 1px solid #dde3ea; columns: 2; }
      nav a { color: #1f3b5c; text-decoration: none; }
      .flag { color: #c0392b; font-weight: 700; }
      section.report-section { background: #fff; border-radius: 10px; padding: 18px 22px;
        margin: 18px 0; border: 1px solid #dde3ea; }
      h2 { margin: 0 0 4px; font-size: 21px; color: #1f3b5c; }
      h2 small, h3 small { color: #7b8794; font-weight: 400; margin-left: 6px; font-size: 14px; }
      h3 { margin: 20px 0 6px; font-size: 16px; color: #243b53; }
      .lead { margin: 0 0 8px; color: #52606d; }
      .standard { color: #334e68; }
      figure { margin: 12px 0; overflow-x: auto; }
      figcaption { color: #627d98; font-size: 12px; margin-top: 2px; }
      svg { max-width: 100%; height: auto; }
      .table-wrap { overflow-x: auto; }
      table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 4px; }
      th { text-align: left; background: #f5f7fa; color: #334e68; font-weight: 600; }
      th, td { border-bottom: 1px solid #e4e7eb; padding: 5px 8px; vertical-align: top; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      td.num { white-space: nowrap; }
      td.empty { color: #9aa5b1; text-align: center; }
      td:first-child, th:first-child { white-space: nowrap; }
      .note { color: #627d98; font-size: 12px; margin: 4px 0; }
      .error { background: #fdecea; border-left: 4px solid #c0392b; padding: 10px 14px;
        border-radius: 4px; }
      .error-title { font-weight: 700; color: #8e1f14; margin: 0 0 4px; }
      .error-message { font-family: monospace; white-space: pre-wrap; margin: 0 0 4px; }
      .status { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px;
        color: #fff; white-space: nowrap; }
      footer { text-align: center; color: #7b8794; font-size: 12px; padding: 8px 0 28px; }
      @media print { body { background: #fff; } section.report-section, .card, nav ol {
        border-color: #bbb; } nav { display: none; } }
      """.replace("FONTS", GridMap.FONTS);

  private Style() {}
}
