package org.runpose.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.runpose.io.StagedOutput;

/** Writes a report as its HTML page and its PDF, side by side with the same name. */
public final class ReportFiles {
  private ReportFiles() {}

  /** Stages {@code name.html} and {@code name.pdf}; they appear when the caller commits {@code out}. */
  public static void stage(StagedOutput out, ReportDocument doc, String name) throws IOException {
    out.write(name + ".html", o -> o.write(HtmlReport.render(doc).getBytes(StandardCharsets.UTF_8)));
    out.write(name + ".pdf", o -> PdfReport.write(doc, o));
  }
}
