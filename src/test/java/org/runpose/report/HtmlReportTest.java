package org.runpose.report;

import org.runpose.Severity;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.runpose.report.ReportDocument.Chart;
import org.runpose.report.ReportDocument.Column;
import org.runpose.report.ReportDocument.Entry;
import org.runpose.report.ReportDocument.FindingItem;
import org.runpose.report.ReportDocument.Findings;
import org.runpose.report.ReportDocument.Note;
import org.runpose.report.ReportDocument.Paragraph;
import org.runpose.report.ReportDocument.Row;
import org.runpose.report.ReportDocument.Section;
import org.runpose.report.ReportDocument.Table;

class HtmlReportTest {

  /** A document with every kind of block, shared with the PDF test. */
  static ReportDocument sample() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(30, "km", "W01");
    data.addValue(42, "km", "W02");
    return new ReportDocument("Test report <one>",
        List.of(new Entry("runpose", "0.0-test"), new Entry("Input", "log.csv (SHA-256 abc)")),
        List.of(
            new Section("Findings", List.of(
                new Paragraph("Lead.", "Body & more."),
                new Findings(List.of(
                    new FindingItem(Severity.EXCESSIVE, "W02: spike", "40% more.", "Add at most 10%."),
                    new FindingItem(Severity.WATCH, "W03: long run", "31%.", "Spread it.")), "None."),
                new Findings(List.of(), "No week breaks a rule."))),
            new Section("Weekly", List.of(
                new Chart(Charts.style(ChartFactory.createBarChart(null, null, "km", data)), 300, 150, "Weekly km."),
                new Table(List.of(new Column("Week", false), new Column("km", true)),
                    List.of(new Row(List.of("W01", "30.0"), Severity.OK),
                        new Row(List.of("W02", "42.0"), Severity.EXCESSIVE)), true),
                new Note("<script>alert(1)</script>")))),
        "Not medical advice.");
  }

  @Test
  void isOneSelfContainedFile() {
    String html = HtmlReport.render(sample());
    assertThat(html).doesNotContainIgnoringCase("src=\"http")
        .doesNotContainIgnoringCase("href=")
        .doesNotContainIgnoringCase("<link")
        .doesNotContainIgnoringCase("<script")
        .doesNotContainIgnoringCase("@import");
    Matcher url = Pattern.compile("url\\(").matcher(html);
    assertThat(url.find()).as("no CSS url(...)").isFalse();
    Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
    int images = 0;
    while (src.find()) {
      assertThat(src.group(1)).startsWith("data:image/png;base64,");
      images++;
    }
    assertThat(images).isEqualTo(1);
  }

  @Test
  void showsBadgesTintedRowsAndEscapedText() {
    String html = HtmlReport.render(sample());
    assertThat(html)
        .contains("<title>Test report &lt;one&gt;</title>")
        .contains("<span class=\"badge excessive\">excessive</span>")
        .contains("<span class=\"badge watch\">watch</span>")
        .contains("<li class=\"excessive\">")
        .contains("<tr class=\"excessive\">")
        .contains("<strong>Lead.</strong> Body &amp; more.")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("No week breaks a rule.")
        .contains("<dt>Input</dt><dd>log.csv (SHA-256 abc)</dd>")
        .contains("<footer>Not medical advice.</footer>");
  }
}
