package org.runpose.report;

import org.runpose.Severity;
import java.util.Base64;
import java.util.List;
import org.runpose.report.ReportDocument.Block;
import org.runpose.report.ReportDocument.Chart;
import org.runpose.report.ReportDocument.Column;
import org.runpose.report.ReportDocument.Entry;
import org.runpose.report.ReportDocument.FindingItem;
import org.runpose.report.ReportDocument.Gallery;
import org.runpose.report.ReportDocument.Gauge;
import org.runpose.report.ReportDocument.Picture;
import org.runpose.report.ReportDocument.Findings;
import org.runpose.report.ReportDocument.Note;
import org.runpose.report.ReportDocument.Paragraph;
import org.runpose.report.ReportDocument.Row;
import org.runpose.report.ReportDocument.Section;
import org.runpose.report.ReportDocument.Table;

/**
 * A report as one self-contained HTML page: the styles are inline and the charts are embedded
 * PNGs, so the file opens offline and can be mailed as it is.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * Pixels per chart unit of the embedded PNGs. The page shows a chart across its full width, about
   * 1.4 times its nominal size so its labels match the text; 3 keeps it sharp on high-density screens.
   */
  static final int CHART_SCALE = 3;

  /** Stills are shown at most half the page wide; twice that keeps them sharp on high-density screens. */
  static final int STILL_MAX_WIDTH = 1040;

  /** A gauge's size in CSS pixels. */
  static final int GAUGE_WIDTH = 440;
  static final int GAUGE_HEIGHT = 46;
  /** Taller with an earlier visit's value: its number goes below the arrow, the current one above. */
  static final int GAUGE_CHANGE_HEIGHT = 62;

  public static String render(ReportDocument doc) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(doc.title())).append("</title>\n<style>\n").append(css())
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(doc.title())).append("</h1>\n<dl>\n");
    for (Entry e : doc.provenance()) {
      h.append("<dt>").append(esc(e.label())).append("</dt><dd>").append(esc(e.value())).append("</dd>\n");
    }
    h.append("</dl>\n</header>\n<main>\n");
    for (Section s : doc.sections()) {
      h.append("<section>\n<h2>").append(esc(s.title())).append("</h2>\n");
      for (Block b : s.blocks()) {
        block(h, b);
      }
      h.append("</section>\n");
    }
    h.append("</main>\n<footer>").append(esc(doc.footer())).append("</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  /** Blocks of a report as HTML to place in another page, which styles them (see the report's own styles). */
  public static String blocks(List<Block> blocks) {
    StringBuilder h = new StringBuilder();
    blocks.forEach(b -> block(h, b));
    return h.toString();
  }

  private static void block(StringBuilder h, Block b) {
    if (b instanceof Paragraph p) {
      h.append("<p>");
      if (!p.lead().isEmpty()) {
        h.append("<strong>").append(esc(p.lead())).append("</strong> ");
      }
      h.append(esc(p.text())).append("</p>\n");
    } else if (b instanceof Note n) {
      h.append("<p class=\"note\">").append(esc(n.text())).append("</p>\n");
    } else if (b instanceof Findings f) {
      findings(h, f);
    } else if (b instanceof Table t) {
      table(h, t);
    } else if (b instanceof Chart c) {
      h.append("<figure>").append(png(c.chart(), c.width(), c.height(), c.caption()))
          .append("<figcaption>").append(esc(c.caption())).append("</figcaption></figure>\n");
    } else if (b instanceof Gallery g) {
      gallery(h, g);
    }
  }

  private static String png(org.jfree.chart.JFreeChart chart, int width, int height, String alt) {
    String png = Base64.getEncoder().encodeToString(Charts.png(chart, width, height, CHART_SCALE));
    return "<img alt=\"" + esc(alt) + "\" width=\"" + width + "\" height=\"" + height
        + "\" src=\"data:image/png;base64," + png + "\">";
  }

  private static void gallery(StringBuilder h, Gallery g) {
    h.append("<div class=\"gallery\">\n");
    for (Picture p : g.pictures()) {
      String jpeg = Base64.getEncoder().encodeToString(Charts.jpeg(p.image(), STILL_MAX_WIDTH));
      h.append("<figure><img alt=\"").append(esc(p.title())).append("\" src=\"data:image/jpeg;base64,").append(jpeg)
          .append("\"><figcaption><strong>").append(esc(p.title())).append("</strong> ").append(esc(p.caption()))
          .append("</figcaption></figure>\n");
    }
    h.append("</div>\n");
  }

  private static void findings(StringBuilder h, Findings f) {
    if (f.items().isEmpty()) {
      h.append("<p class=\"none\">").append(badge(Severity.OK)).append(' ').append(esc(f.whenEmpty())).append("</p>\n");
      return;
    }
    h.append("<ul class=\"findings\">\n");
    for (FindingItem i : f.items()) {
      h.append("<li class=\"").append(i.severity().key()).append("\">").append(i.previous() == null
              ? badge(i.severity(), i.badge())
              : "<span class=\"change\">" + badge(i.previous(), i.previousBadge())
                  + "<span class=\"arrow\">\u2192</span>"
                  + badge(i.severity(), i.badge()) + "</span>")
          .append("<div><h3>").append(esc(i.heading())).append("</h3>");
      if (i.gauge() != null) {
        Gauge g = i.gauge();
        String alt = (g.previous() == null ? "" : String.format(java.util.Locale.ROOT, "from %.1f%s to ",
            g.previous(), g.unit())) + String.format(java.util.Locale.ROOT, "%.1f%s; watch from %s, excessive from %s",
            g.value(), g.unit(), PostureReport.number(g.watchAt()), PostureReport.number(g.excessiveAt()));
        h.append("<div class=\"gauge\">").append(png(Charts.gauge(g), GAUGE_WIDTH,
            g.previous() == null ? GAUGE_HEIGHT : GAUGE_CHANGE_HEIGHT, alt)).append("</div>");
      }
      h.append("<p>").append(esc(i.text()))
          .append("</p><p class=\"advice\">").append(esc(i.advice())).append("</p></div></li>\n");
    }
    h.append("</ul>\n");
  }

  private static void table(StringBuilder h, Table t) {
    h.append("<div class=\"scroll\"><table>\n<thead><tr>");
    if (t.badges()) {
      h.append("<th></th>");
    }
    for (Column c : t.columns()) {
      h.append(c.numeric() ? "<th class=\"num\">" : "<th>").append(esc(c.heading())).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (Row r : t.rows()) {
      Severity s = r.severity() == null ? Severity.NOT_ASSESSED : r.severity();
      h.append(Theme.tint(s) == null ? "<tr>" : "<tr class=\"" + s.key() + "\">");
      if (t.badges()) {
        h.append("<td>").append(r.severity() == null ? "" : badge(s)).append("</td>");
      }
      for (int i = 0; i < r.cells().size(); i++) {
        h.append(t.columns().get(i).numeric() ? "<td class=\"num\">" : "<td>");
        if (i == 0 && r.link() != null) {
          h.append("<a href=\"").append(esc(r.link())).append("\">").append(esc(r.cells().get(i))).append("</a>");
        } else {
          h.append(esc(r.cells().get(i)));
        }
        h.append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody></table></div>\n");
  }

  private static String badge(Severity s) {
    return badge(s, s.label());
  }

  private static String badge(Severity s, String label) {
    return "<span class=\"badge " + s.key() + "\">" + esc(label) + "</span>";
  }

  private static String css() {
    StringBuilder c = new StringBuilder();
    c.append(":root{--ink:").append(Theme.hex(Theme.INK)).append(";--muted:").append(Theme.hex(Theme.MUTED))
        .append(";--accent:").append(Theme.hex(Theme.ACCENT)).append(";--rule:").append(Theme.hex(Theme.RULE))
        .append(";--head:").append(Theme.hex(Theme.HEADER_FILL)).append("}\n");
    c.append("""
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
        header{background:var(--accent);color:#fff;padding:20px 32px 14px}
        header h1{margin:0 0 8px;font-size:24px;font-weight:600}
        header dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0;font-size:12.5px;opacity:.92}
        header dt{font-weight:600}header dd{margin:0;overflow-wrap:anywhere}
        main{max-width:1040px;margin:0 auto;padding:8px 32px 24px}
        h2{font-size:19px;color:var(--accent);border-bottom:2px solid var(--rule);padding-bottom:4px;margin:28px 0 12px}
        h3{font-size:15px;margin:0 0 4px}
        p{margin:0 0 10px}.note{font-size:13px;color:var(--muted)}
        .badge{display:inline-block;min-width:82px;box-sizing:border-box;text-align:center;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em;white-space:nowrap}
        ul.findings{list-style:none;padding:0;margin:0}
        ul.findings li{display:flex;gap:14px;align-items:flex-start;border:1px solid var(--rule);border-left-width:6px;border-radius:6px;padding:10px 14px;margin:0 0 10px}
        ul.findings li>div{flex:1;min-width:0}
        ul.findings li p{margin:0 0 4px}.advice{font-style:italic}
        .change{display:flex;align-items:center;gap:4px;white-space:nowrap}.change .badge{min-width:84px}
        .arrow{color:var(--muted);font-weight:600}
        .scroll{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
        th{background:var(--head);text-align:left;vertical-align:bottom;font-weight:600;padding:5px 8px;border-bottom:2px solid var(--rule)}
        td{padding:4px 8px;border-bottom:1px solid var(--rule);vertical-align:top;white-space:nowrap}
        td:last-child{white-space:normal}
        td a{color:var(--accent);font-weight:600}
        .num{text-align:right}
        figure{margin:8px 0 16px}figure img{width:100%;height:auto;display:block}
        .gauge{max-width:440px;margin:2px 0 6px}.gauge img{width:100%;height:auto;display:block}
        .gallery{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:14px}
        .gallery figure{margin:0}.gallery img{border-radius:4px}
        figcaption{font-size:13px;color:var(--muted);margin-top:4px}
        footer{max-width:1040px;margin:0 auto;padding:12px 32px 32px;font-size:12.5px;color:var(--muted);border-top:1px solid var(--rule)}
        @media (max-width:600px){header{padding:14px 16px 10px}main{padding:4px 16px 16px}footer{padding:12px 16px 24px}header dl{grid-template-columns:1fr}header dd{margin-bottom:4px}ul.findings li{flex-direction:column;gap:6px}td{white-space:normal}}
        @media print{header{-webkit-print-color-adjust:exact;print-color-adjust:exact}.badge,tr{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """);
    for (Severity s : Severity.values()) {
      c.append(".badge.").append(s.key()).append("{background:").append(Theme.hex(Theme.badge(s))).append("}\n");
      c.append("ul.findings li.").append(s.key()).append("{border-left-color:").append(Theme.hex(Theme.badge(s))).append("}\n");
      if (Theme.tint(s) != null) {
        c.append("tr.").append(s.key()).append(" td{background:").append(Theme.hex(Theme.tint(s))).append("}\n");
      }
    }
    return c.toString();
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
