package org.runpose.report;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.io.IOException;
import java.io.InputStream;

/**
 * Text for the PDF: in the report's Helvetica where its WinAnsi encoding has the characters, in the embedded DejaVu
 * Sans Condensed where it does not (a file name in Greek or Cyrillic, an arrow), and a replacement character where
 * neither has a glyph (CJK, emoji), so a name is never shortened without a trace.
 */
final class PdfText {

  private static final String REPLACEMENT = "\uFFFD";

  /** Loaded on first need: most reports never use them. */
  private static final class Fonts {
    static final BaseFont REGULAR = load("DejaVuSansCondensed.ttf");
    static final BaseFont BOLD = load("DejaVuSansCondensed-Bold.ttf");
  }

  private PdfText() {}

  /** {@code text} in {@code font}, with the characters the font lacks taken from DejaVu. */
  static Phrase phrase(String text, Font font) {
    BaseFont base = font.getCalculatedBaseFont(false);
    if (text.codePoints().allMatch(base::charExists)) {
      return new Phrase(text, font);
    }
    boolean bold = (font.getStyle() & Font.BOLD) != 0;
    Font fallback = new Font(bold ? Fonts.BOLD : Fonts.REGULAR, font.getSize(), font.getStyle() & ~Font.BOLD,
        font.getColor());
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (base.charExists(c) || fallback.getBaseFont().charExists(c)) {
        shown.appendCodePoint(c);
      } else {
        shown.append(REPLACEMENT);
      }
    });
    FontSelector selector = new FontSelector();
    selector.addFont(font);
    selector.addFont(fallback);
    return selector.process(shown.toString());
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfText.class.getResourceAsStream("fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font resource fonts/" + file + " is missing from the runpose jar");
      }
      return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("the font resource fonts/" + file + " in the runpose jar cannot be read", e);
    }
  }
}
