package org.runpose.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.runpose.posture.Direction;
import org.runpose.posture.PostureSummary;
import org.runpose.report.HtmlReport;
import org.runpose.report.PdfReport;
import org.runpose.report.ReportDocument;

class CompareReportTest {

  private static ReportDocument document() {
    Runner before = new Runner();
    before.leanDeg = 5.3;
    Runner after = new Runner();
    after.leanDeg = 17.8;
    after.lumbarPct = 3.3;
    after.direction = Direction.LEFT;
    return CompareReport.document(
        Comparison.of(before.visit("12 Mar"), after.visit("2 Apr"), CompareConfig.DEFAULT), CompareFilesTest.MADE);
  }

  @Test
  void framesLeftOutAreCountedAmongThoseWithTheRunnerAndSaid() {
    PostureSummary all = new PostureSummary(400, 390, 0, 8, null, null, null, null, null, null, 0, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    PostureSummary onePass = new PostureSummary(400, 150, 160, 8, null, null, null, null, null, null, 0, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    assertThat(CompareReport.found(all)).isEqualTo("390 of 400 frames");
    assertThat(CompareReport.found(onePass)).isEqualTo("310 of 400 frames (160 outside the pass compared: the"
        + " person's other passes after turning round, or a stretch walked backwards)");
  }

  @Test
  void findingsComeFirstWithBothTrafficLightsAndTheVerdict() {
    String html = HtmlReport.render(document());
    assertThat(html)
        .contains("<title>Running posture: 12 Mar compared with 2 Apr</title>")
        .contains("<span class=\"badge ok\">ok</span><span class=\"arrow\">\u2192</span>"
            + "<span class=\"badge excessive\">excessive</span>")
        .contains("<h3>Forward trunk lean: got worse</h3>")
        .contains("Forward lean got worse from 5.3° to 17.8° (+12.5°): now excessive.")
        .contains("<strong>Caution:</strong> The runner ran the other way")
        .contains("<dt>Before (12 Mar)</dt>")
        .contains("alt=\"from 5.3° to 17.8°; watch from 8, excessive from 15\"");
    assertThat(html.indexOf("<h2>What changed</h2>")).isLessThan(html.indexOf("<h2>Trunk lean</h2>"));
    assertThat(html.indexOf("got worse")).isLessThan(html.indexOf("<h2>Every measure</h2>"));
  }

  @Test
  void aLowerBackNotJudgedAtEitherVisitIsSaidToBeJudgedByItsChange() {
    Runner before = new Runner();
    Runner after = new Runner();
    after.lumbarPct = 6.2;
    for (Runner r : new Runner[] {before, after}) {
      r.lumbarWatchPct = null;
      r.lumbarExcessivePct = null;
    }
    String html = HtmlReport.render(CompareReport.document(
        Comparison.of(before.visit("12 Mar"), after.visit("2 Apr"), CompareConfig.DEFAULT), CompareFilesTest.MADE));
    assertThat(html).contains("<dt>Lower back</dt><dd>2 Apr judged here by its change from 12 Mar: watch from"
        + " +1.5, excessive from +3.0 points</dd>")
        .contains("<span class=\"badge not-assessed\">baseline</span><span class=\"arrow\">");
    assertThat(HtmlReport.render(document())).doesNotContain("<dt>Lower back</dt>");
  }

  @Test
  void htmlIsOneSelfContainedFile() {
    String html = HtmlReport.render(document());
    assertThat(html).doesNotContainIgnoringCase("src=\"http").doesNotContainIgnoringCase("href=\"http")
        .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("@import").doesNotContain("url(");
    Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (src.find()) {
      assertThat(src.group(1)).startsWith("data:image/png;base64,");
      images++;
    }
    assertThat(images).as("two gauges and three charts").isEqualTo(5);
  }

  @Test
  void pdfParsesWithTheSameContent() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfReport.write(document(), out);
    byte[] pdf = out.toByteArray();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf);
    try {
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      assertThat(text).contains("Running posture: 12 Mar compared with 2 Apr")
          .contains("Forward trunk lean: got worse").contains("EXCESSIVE").contains("Every measure")
          .contains("The two recordings").contains("a screening aid, not a diagnosis");
    } finally {
      reader.close();
    }
  }
}
