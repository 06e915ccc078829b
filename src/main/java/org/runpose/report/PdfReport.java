package org.runpose.report;

import org.runpose.Severity;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.runpose.report.ReportDocument.Block;
import org.runpose.report.ReportDocument.Chart;
import org.runpose.report.ReportDocument.Column;
import org.runpose.report.ReportDocument.Entry;
import org.runpose.report.ReportDocument.FindingItem;
import org.runpose.report.ReportDocument.Gallery;
import org.runpose.report.ReportDocument.Picture;
import org.runpose.report.ReportDocument.Findings;
import org.runpose.report.ReportDocument.Note;
import org.runpose.report.ReportDocument.Row;
import org.runpose.report.ReportDocument.Section;
import org.runpose.report.ReportDocument.Table;

/**
 * A report as an A4 PDF with the look of {@link HtmlReport}. Charts are drawn as vectors through
 * a PDF template's Graphics2D, so they stay sharp at any zoom and in print.
 */
public final class PdfReport {
  private PdfReport() {}

  private static final float MARGIN = 36;

  /** Height of a section heading with its spacing. */
  private static final float HEADING_ROOM = 50;

  /** Room kept below a heading for the start of text or a table. */
  private static final float TEXT_ROOM = 100;

  /** Horizontal padding of a table cell, both sides together. */
  private static final float CELL_PADDING = 6;

  /** Stills fill half the text width, about 260 pt: 1040 px keep them sharp when zoomed or printed. */
  private static final int STILL_MAX_WIDTH = 1040;

  /** A finding's gauge, in points. */
  private static final float GAUGE_WIDTH = 300;
  private static final float GAUGE_HEIGHT = 44;
  /** Taller with an earlier visit's value: its number goes below the arrow, the current one above. */
  private static final float GAUGE_CHANGE_HEIGHT = 60;

  private static final Font TITLE = font(20, Font.BOLD, Color.WHITE);
  private static final Font PROVENANCE_LABEL = font(8, Font.BOLD, Color.WHITE);
  private static final Font PROVENANCE = font(8, Font.NORMAL, Color.WHITE);
  private static final Font HEADING = font(14, Font.BOLD, Theme.ACCENT);
  private static final Font BODY = font(10, Font.NORMAL, Theme.INK);
  private static final Font BOLD = font(10, Font.BOLD, Theme.INK);
  private static final Font ADVICE = font(10, Font.ITALIC, Theme.INK);
  private static final Font SMALL = font(8.5f, Font.NORMAL, Theme.MUTED);
  private static final Font BOLD_SMALL = font(8.5f, Font.BOLD, Theme.INK);
  private static final Font BADGE = font(7.5f, Font.BOLD, Color.WHITE);
  private static final Font CELL = font(7.5f, Font.NORMAL, Theme.INK);
  private static final Font CELL_HEAD = font(7.5f, Font.BOLD, Theme.INK);
  private static final Font FOOTER = font(7.5f, Font.NORMAL, Theme.MUTED);
  /** Symbol has the arrow that Helvetica's WinAnsi encoding lacks. */
  private static final Font ARROW = new Font(Font.SYMBOL, 12, Font.NORMAL, Theme.MUTED);

  private static Font font(float size, int style, Color color) {
    return new Font(Font.HELVETICA, size, style, color);
  }

  /** Writes the PDF; the caller owns and closes {@code out}. */
  public static void write(ReportDocument doc, OutputStream out) throws IOException {
    Document pdf = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14);
    try {
      PdfWriter writer = PdfWriter.getInstance(pdf, out);
      writer.setCloseStream(false);
      writer.setPageEvent(new Footer(doc.footer()));
      pdf.addTitle(doc.title());
      pdf.addCreator("runpose");
      pdf.open();
      pdf.add(header(doc));
      float width = pdf.right() - pdf.left();
      for (Section s : doc.sections()) {
        // rather than a heading alone at the foot of a page
        float needed = s.blocks().isEmpty() ? 0 : HEADING_ROOM + roomFor(s.blocks().get(0), width);
        if (writer.getVerticalPosition(true) - pdf.bottom() < needed) {
          pdf.newPage();
        }
        pdf.add(heading(s.title()));
        for (Block b : s.blocks()) {
          pdf.add(block(b, writer, width));
        }
      }
      pdf.close();
    } catch (DocumentException e) {
      throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
    }
  }

  /** A section heading, underlined like the HTML one. */
  private static PdfPTable heading(String title) {
    PdfPTable t = new PdfPTable(1);
    t.setWidthPercentage(100);
    t.setSpacingBefore(14);
    t.setSpacingAfter(8);
    PdfPCell cell = plain(PdfText.phrase(title, HEADING), null);
    cell.setPaddingLeft(0);
    cell.setPaddingBottom(5);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderWidthBottom(1.5f);
    cell.setBorderColor(Theme.RULE);
    t.addCell(cell);
    return t;
  }

  /** Room the first block of a section needs to start next to its heading. */
  private static float roomFor(Block b, float width) {
    if (b instanceof Chart c) {
      return width * c.height() / c.width() + 30;
    }
    if (b instanceof Gallery g && !g.pictures().isEmpty()) {
      var first = g.pictures().get(0).image();
      return width / 2 * first.getHeight() / first.getWidth() + 50;
    }
    return TEXT_ROOM;
  }

  private static PdfPTable header(ReportDocument doc) {
    PdfPTable band = new PdfPTable(1);
    band.setWidthPercentage(100);
    PdfPCell cell = new PdfPCell();
    cell.setBackgroundColor(Theme.ACCENT);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(12);
    cell.addElement(new Paragraph(PdfText.phrase(doc.title(), TITLE)));
    PdfPTable facts = new PdfPTable(new float[] {1, 5});
    facts.setWidthPercentage(100);
    facts.setSpacingBefore(6);
    for (Entry e : doc.provenance()) {
      facts.addCell(plain(PdfText.phrase(e.label(), PROVENANCE_LABEL), null));
      facts.addCell(plain(PdfText.phrase(e.value(), PROVENANCE), null));
    }
    cell.addElement(facts);
    band.addCell(cell);
    band.setSpacingAfter(4);
    return band;
  }

  private static Element block(Block b, PdfWriter writer, float width) throws DocumentException {
    if (b instanceof ReportDocument.Paragraph p) {
      Paragraph paragraph = paragraph(p.text(), BODY);
      if (!p.lead().isEmpty()) {
        paragraph.add(0, PdfText.phrase(p.lead() + " ", BOLD));
      }
      return paragraph;
    } else if (b instanceof Note n) {
      return paragraph(n.text(), SMALL);
    } else if (b instanceof Findings f) {
      return findings(f, writer);
    } else if (b instanceof Table t) {
      return table(t, width);
    } else if (b instanceof Chart c) {
      return chart(c, writer, width);
    } else if (b instanceof Gallery g) {
      return gallery(g);
    }
    throw new IllegalArgumentException("unknown block " + b);
  }

  private static Paragraph paragraph(String text, Font font) {
    Paragraph p = new Paragraph(PdfText.phrase(text, font));
    p.setSpacingAfter(6);
    p.setLeading(font.getSize() * 1.35f);
    return p;
  }

  /** Two stills to a row, each with its title and caption below. */
  private static Element gallery(Gallery g) throws DocumentException {
    PdfPTable t = new PdfPTable(2);
    t.setWidthPercentage(100);
    t.setSpacingAfter(8);
    for (Picture p : g.pictures()) {
      PdfPCell cell = plain(null, null);
      try {
        Image image = Image.getInstance(Charts.jpeg(p.image(), STILL_MAX_WIDTH));
        image.setWidthPercentage(100);
        cell.addElement(image);
      } catch (IOException e) {
        throw new DocumentException("a still could not be embedded: " + e.getMessage());
      }
      Paragraph caption = new Paragraph(PdfText.phrase(p.title() + " ", BOLD_SMALL));
      caption.add(PdfText.phrase(p.caption(), SMALL));
      cell.addElement(caption);
      cell.setPaddingRight(6);
      cell.setPaddingBottom(8);
      t.addCell(cell);
    }
    t.getDefaultCell().setBorder(Rectangle.NO_BORDER);
    t.completeRow();
    return t;
  }

  private static Element findings(Findings f, PdfWriter writer) throws BadElementException {
    boolean changes = f.items().stream().anyMatch(i -> i.previous() != null);
    PdfPTable t = new PdfPTable(changes ? new float[] {2.6f, 8} : new float[] {1.1f, 8});
    t.setWidthPercentage(100);
    t.setSpacingAfter(6);
    if (f.items().isEmpty()) {
      t.addCell(badge(Severity.OK, null));
      t.addCell(plain(PdfText.phrase(f.whenEmpty(), BODY), null));
      return t;
    }
    for (FindingItem i : f.items()) {
      t.addCell(i.previous() == null ? badge(i.severity(), i.badge(), null) : change(i));
      PdfPCell text = plain(null, null);
      Paragraph heading = new Paragraph(PdfText.phrase(i.heading(), BOLD));
      text.addElement(heading);
      if (i.gauge() != null) {
        // In a table of fixed width: a cell would otherwise stretch the gauge, and its labels, to the text width.
        PdfPTable gauge = new PdfPTable(1);
        gauge.setTotalWidth(GAUGE_WIDTH);
        gauge.setLockedWidth(true);
        gauge.setHorizontalAlignment(Element.ALIGN_LEFT);
        PdfPCell picture = new PdfPCell(vector(Charts.gauge(i.gauge()), writer, GAUGE_WIDTH,
            i.gauge().previous() == null ? GAUGE_HEIGHT : GAUGE_CHANGE_HEIGHT), true);
        picture.setBorder(Rectangle.NO_BORDER);
        picture.setPadding(0);
        gauge.addCell(picture);
        gauge.setSpacingBefore(2);
        gauge.setSpacingAfter(2);
        text.addElement(gauge);
      }
      text.addElement(new Paragraph(PdfText.phrase(i.text(), BODY)));
      text.addElement(new Paragraph(PdfText.phrase(i.advice(), ADVICE)));
      text.setPaddingBottom(8);
      text.setBorder(Rectangle.BOTTOM);
      text.setBorderColor(Theme.RULE);
      t.addCell(text);
    }
    return t;
  }

  /** A coloured label at the top of a cell, like the HTML badge, on the row's own background. */
  private static PdfPCell badge(Severity s, Color background) {
    return badge(s, s.label(), background);
  }

  private static PdfPCell badge(Severity s, String word, Color background) {
    PdfPCell label = new PdfPCell(PdfText.phrase(word.toUpperCase(Locale.ROOT), BADGE));
    label.setBackgroundColor(Theme.badge(s));
    label.setBorder(Rectangle.NO_BORDER);
    label.setHorizontalAlignment(Element.ALIGN_CENTER);
    label.setPaddingTop(1.5f);
    label.setPaddingBottom(3);
    PdfPTable pill = new PdfPTable(1);
    pill.setWidthPercentage(100);
    pill.addCell(label);
    PdfPCell holder = plain(null, background);
    holder.addElement(pill);
    return holder;
  }

  /** Two badges, the earlier visit's and this one's, with an arrow between them. */
  private static PdfPCell change(FindingItem i) {
    PdfPTable pair = new PdfPTable(new float[] {5, 2, 5});
    pair.setWidthPercentage(100);
    pair.addCell(badge(i.previous(), i.previousBadge(), null));
    PdfPCell arrow = plain(PdfText.phrase("\u2192", ARROW), null);
    arrow.setHorizontalAlignment(Element.ALIGN_CENTER);
    arrow.setVerticalAlignment(Element.ALIGN_MIDDLE);
    arrow.setPadding(0);
    pair.addCell(arrow);
    pair.addCell(badge(i.severity(), i.badge(), null));
    PdfPCell holder = plain(null, null);
    holder.setPadding(0);
    holder.addElement(pair);
    return holder;
  }

  private static Element table(Table t, float available) {
    PdfPTable table = new PdfPTable(widths(t, available));
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingAfter(8);
    if (t.badges()) {
      table.addCell(head("", false));
    }
    for (Column c : t.columns()) {
      table.addCell(head(c.heading(), c.numeric()));
    }
    for (Row r : t.rows()) {
      Severity s = r.severity() == null ? Severity.NOT_ASSESSED : r.severity();
      if (t.badges()) {
        table.addCell(r.severity() == null ? plain(null, Theme.tint(s)) : badge(s, Theme.tint(s)));
      }
      for (int i = 0; i < r.cells().size(); i++) {
        PdfPCell cell = plain(PdfText.phrase(r.cells().get(i), CELL), Theme.tint(s));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Theme.RULE);
        cell.setHorizontalAlignment(t.columns().get(i).numeric() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        table.addCell(cell);
      }
    }
    return table;
  }

  /**
   * Column widths that fit each column's longest cell and longest heading word, so numbers and
   * dates never wrap; when the table is too wide, the widest column gives way and wraps.
   */
  private static float[] widths(Table t, float available) {
    int offset = t.badges() ? 1 : 0;
    float[] w = new float[t.columns().size() + offset];
    if (t.badges()) {
      w[0] = textWidth(Severity.EXCESSIVE.label().toUpperCase(Locale.ROOT), BADGE) + CELL_PADDING + 6;
    }
    for (int i = 0; i < t.columns().size(); i++) {
      float widest = 0;
      for (String word : t.columns().get(i).heading().split(" ")) {
        widest = Math.max(widest, textWidth(word, CELL_HEAD));
      }
      for (Row r : t.rows()) {
        widest = Math.max(widest, textWidth(r.cells().get(i), CELL));
      }
      w[i + offset] = widest + CELL_PADDING + 1;
    }
    float total = 0;
    int widestColumn = 0;
    for (int i = 0; i < w.length; i++) {
      total += w[i];
      widestColumn = w[i] > w[widestColumn] ? i : widestColumn;
    }
    if (total > available) {
      w[widestColumn] = Math.max(w[widestColumn] - (total - available), available / w.length);
    }
    return w;
  }

  private static float textWidth(String text, Font font) {
    return font.getCalculatedBaseFont(false).getWidthPoint(text, font.getSize());
  }

  private static PdfPCell head(String text, boolean numeric) {
    PdfPCell cell = plain(PdfText.phrase(text, CELL_HEAD), Theme.HEADER_FILL);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderWidthBottom(1.5f);
    cell.setBorderColor(Theme.RULE);
    cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    return cell;
  }

  private static PdfPCell plain(Phrase content, Color background) {
    PdfPCell cell = content == null ? new PdfPCell() : new PdfPCell(content);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(3);
    cell.setPaddingBottom(4);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }

  /** A chart drawn as vectors into a template of the given size in points. */
  private static Image vector(org.jfree.chart.JFreeChart chart, PdfWriter writer, float width, float height)
      throws BadElementException {
    PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
    // Labels as vector outlines: with PDF fonts they would be stretched to the metrics of the
    // system font JFreeChart laid them out with.
    Graphics2D g = template.createGraphicsShapes(width, height);
    try {
      Charts.draw(chart, g, width, height);
    } finally {
      g.dispose();
    }
    return Image.getInstance(template);
  }

  private static Element chart(Chart c, PdfWriter writer, float width) throws BadElementException {
    Image image = vector(c.chart(), writer, c.width(), c.height());
    image.scaleToFit(width, width * c.height() / c.width());
    PdfPTable holder = new PdfPTable(1);
    holder.setWidthPercentage(100);
    holder.setKeepTogether(true);
    holder.setSpacingAfter(8);
    PdfPCell picture = plain(null, null);
    picture.addElement(image);
    holder.addCell(picture);
    holder.addCell(plain(PdfText.phrase(c.caption(), SMALL), null));
    return holder;
  }

  /** The report's footer line and page number on every page. */
  private static final class Footer extends PdfPageEventHelper {
    private final String text;

    Footer(String text) {
      this.text = text;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte cb = writer.getDirectContent();
      float y = document.bottom() - 18;
      ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, PdfText.phrase(text, FOOTER), document.left(), y, 0);
      ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
          PdfText.phrase("page " + writer.getPageNumber(), FOOTER), document.right(), y, 0);
    }
  }
}
