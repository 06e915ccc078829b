package org.runpose.report;

import org.runpose.Severity;
import java.awt.Color;

/** The colours of the runpose look, shared by the HTML page, the PDF and the charts. */
public final class Theme {
  private Theme() {}

  public static final Color INK = new Color(0x22, 0x2B, 0x33);
  public static final Color MUTED = new Color(0x5F, 0x6B, 0x76);
  public static final Color ACCENT = new Color(0x1F, 0x5F, 0x8B);
  public static final Color RULE = new Color(0xD5, 0xDB, 0xE1);
  public static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xF6);
  /** A second data colour, e.g. speed work next to easy running. */
  public static final Color SECOND = new Color(0xE0, 0x7A, 0x1F);

  /** The badge colour of a severity. */
  public static Color badge(Severity severity) {
    return switch (severity) {
      case OK -> new Color(0x2E, 0x7D, 0x32);
      case WATCH -> new Color(0xE0, 0x9B, 0x00);
      case EXCESSIVE -> new Color(0xC6, 0x28, 0x28);
      case NOT_ASSESSED -> new Color(0x9E, 0x9E, 0x9E);
    };
  }

  /** The light tint of a table row or chart band with this severity, null for none. */
  public static Color tint(Severity severity) {
    return switch (severity) {
      case WATCH -> new Color(0xFF, 0xF4, 0xD6);
      case EXCESSIVE -> new Color(0xFD, 0xE2, 0xE2);
      case OK, NOT_ASSESSED -> null;
    };
  }

  /** "#1f5f8b". */
  public static String hex(Color c) {
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
