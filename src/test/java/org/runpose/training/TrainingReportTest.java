package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.report.ReportDocument.Findings;
import org.runpose.report.ReportDocument.Paragraph;
import org.runpose.report.ReportDocument.Section;
import org.runpose.report.ReportDocument.Table;

class TrainingReportTest {

  @Test
  void aLogLongerThanTwoYearsShowsItsLastTwoYearsAndSaysWhereTheRestIs() {
    Logs logs = Logs.start().week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6)
        .week(6, 6, 6, 6, 12); // a spike in week 5: its finding lies before the last 104 weeks
    for (int i = 0; i < 110; i++) {
      logs.week(6, 6, 6, 6, 6);
    }
    TrainingAnalysis a = logs.analyse();
    assertThat(a.weeks()).hasSize(115);
    assertThat(a.findings()).isNotEmpty();
    List<Section> sections = TrainingReport.sections(a);

    Paragraph overview = (Paragraph) sections.get(0).blocks().get(0);
    assertThat(overview.text()).endsWith(" This report shows the last 104 weeks, from " + a.weeks().get(11).isoWeek()
        + "; weekly.csv and training.json hold all 115.");
    assertThat(((Findings) sections.get(0).blocks().get(1)).items()).isEmpty();
    Table weekly = sections.get(1).blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
        .findFirst().orElseThrow();
    assertThat(weekly.rows()).hasSize(TrainingReport.REPORT_WEEKS);
  }

  @Test
  void aShortLogIsShownWhole() {
    TrainingAnalysis a = Logs.start().week(6, 6, 6).week(6, 6, 6).analyse();
    Paragraph overview = (Paragraph) TrainingReport.sections(a).get(0).blocks().get(0);
    assertThat(overview.text()).doesNotContain("This report shows the last");
  }
}
