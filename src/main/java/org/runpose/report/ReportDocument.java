package org.runpose.report;

import java.awt.image.BufferedImage;
import java.util.List;
import org.runpose.Severity;
import java.util.Objects;

/**
 * A report as content only; {@link HtmlReport} and {@link PdfReport} give it the runpose look. A
 * report that covers posture and training is one document with the sections of both.
 *
 * @param title the report's title
 * @param provenance what produced it and from what (version, input files and checksums, settings)
 * @param sections the body, in order
 * @param footer a closing line on every page, e.g. that this is not medical advice
 */
public record ReportDocument(String title, List<Entry> provenance, List<Section> sections, String footer) {

  public ReportDocument {
    Objects.requireNonNull(title, "title");
    provenance = List.copyOf(provenance);
    sections = List.copyOf(sections);
    Objects.requireNonNull(footer, "footer");
  }

  /** A label and its value, e.g. "runpose" and "0.1.0". */
  public record Entry(String label, String value) {
    public Entry {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  /** A titled part of the report. */
  public record Section(String title, List<Block> blocks) {
    public Section {
      Objects.requireNonNull(title, "title");
      blocks = List.copyOf(blocks);
    }
  }

  /** The kinds of content a section holds. */
  public sealed interface Block permits Paragraph, Note, Findings, Table, Chart, Gallery {}

  /** Body text, optionally led by a few words in bold (empty {@code lead} for none). */
  public record Paragraph(String lead, String text) implements Block {
    public Paragraph {
      Objects.requireNonNull(lead, "lead");
      Objects.requireNonNull(text, "text");
    }

    public Paragraph(String text) {
      this("", text);
    }
  }

  /** Small print: method notes, caveats. */
  public record Note(String text) implements Block {
    public Note {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Findings with traffic-light badges.
   *
   * @param items the findings, most important first
   * @param whenEmpty what to say when there are none
   */
  public record Findings(List<FindingItem> items, String whenEmpty) implements Block {
    public Findings {
      items = List.copyOf(items);
      Objects.requireNonNull(whenEmpty, "whenEmpty");
    }
  }

  /**
   * One finding: its badge, a heading, what was found and the advice.
   *
   * @param gauge the measured value against its thresholds, or null for findings without one
   * @param previous the severity at an earlier visit, shown as a badge leading to this one; null for none
   * @param label the badge's word when it is not the severity's, e.g. "baseline" for a value measured but not
   *     judged; null for the severity's
   * @param previousLabel the same for the earlier visit's badge
   */
  public record FindingItem(Severity severity, String heading, String text, String advice, Gauge gauge,
      Severity previous, String label, String previousLabel) {
    public FindingItem {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(advice, "advice");
    }

    public FindingItem(Severity severity, String heading, String text, String advice, Gauge gauge) {
      this(severity, heading, text, advice, gauge, null, null, null);
    }

    /** The word on the badge. */
    public String badge() {
      return label != null ? label : severity.label();
    }

    /** The word on the earlier visit's badge, or null without one. */
    public String previousBadge() {
      return previous == null ? null : previousLabel != null ? previousLabel : previous.label();
    }

    public FindingItem(Severity severity, String heading, String text, String advice) {
      this(severity, heading, text, advice, null, null, null, null);
    }
  }

  /**
   * A measured value on a scale coloured green, amber and red at its thresholds, so the finding reads at a glance.
   *
   * @param value the measured value, drawn as a marker (clamped to the scale)
   * @param watchAt where amber starts
   * @param excessiveAt where red starts
   * @param min the scale's left end
   * @param max the scale's right end
   * @param unit what the scale's numbers are, e.g. "°" or "%"
   * @param previous the value at an earlier visit, drawn as a lighter marker with an arrow to this one; null for
   *     none
   */
  public record Gauge(double value, double watchAt, double excessiveAt, double min, double max, String unit,
      Double previous) {
    public Gauge {
      if (!(min < watchAt && watchAt < excessiveAt && excessiveAt < max) || !Double.isFinite(value)) {
        throw new IllegalArgumentException("a gauge needs a finite value and min < watch < excessive < max: "
            + min + ", " + watchAt + ", " + excessiveAt + ", " + max);
      }
      Objects.requireNonNull(unit, "unit");
      if (previous != null && !Double.isFinite(previous)) {
        throw new IllegalArgumentException("a gauge's previous value must be finite: " + previous);
      }
    }

    public Gauge(double value, double watchAt, double excessiveAt, double min, double max, String unit) {
      this(value, watchAt, excessiveAt, min, max, unit, null);
    }
  }

  /**
   * A table whose rows may carry a traffic light: the row is tinted and its first cell is a badge.
   *
   * @param columns headings, and which columns hold numbers (set right-aligned)
   * @param rows the rows; each has one cell per column
   * @param badges whether a first "verdict" column shows each row's severity
   */
  public record Table(List<Column> columns, List<Row> rows, boolean badges) implements Block {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      for (Row r : rows) {
        if (r.cells().size() != columns.size()) {
          throw new IllegalArgumentException("a row has " + r.cells().size() + " cells for " + columns.size()
              + " columns");
        }
      }
    }
  }

  /** A table column. */
  public record Column(String heading, boolean numeric) {
    public Column {
      Objects.requireNonNull(heading, "heading");
    }
  }

  /**
   * A table row; {@code severity} null or {@link Severity#NOT_ASSESSED} leaves it plain.
   *
   * @param link a relative address the first cell links to in the HTML page (another report beside it), or null
   */
  public record Row(List<String> cells, Severity severity, String link) {
    public Row {
      cells = List.copyOf(cells);
    }

    public Row(List<String> cells, Severity severity) {
      this(cells, severity, null);
    }
  }

  /**
   * A chart, drawn as vectors in the PDF and as a sharp image in the HTML.
   *
   * @param chart the JFreeChart (see {@link Charts} for the shared look)
   * @param width its width in CSS pixels / PDF points
   * @param height its height
   * @param caption the line below it
   */
  public record Chart(org.jfree.chart.JFreeChart chart, int width, int height, String caption) implements Block {
    public Chart {
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(caption, "caption");
      if (width <= 0 || height <= 0) {
        throw new IllegalArgumentException("chart size must be positive");
      }
    }
  }

  /** Still pictures side by side, e.g. frames of the video with the measures drawn on them. */
  public record Gallery(List<Picture> pictures) implements Block {
    public Gallery {
      pictures = List.copyOf(pictures);
    }
  }

  /** A photograph-like image with a short title and a caption; kept as pixels and compressed when written. */
  public record Picture(BufferedImage image, String title, String caption) {
    public Picture {
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(caption, "caption");
    }
  }
}
