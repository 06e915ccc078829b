package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.Severity;
import org.runpose.posture.SyntheticAnalyses;
import org.runpose.report.ReportDocument.Row;
import org.runpose.report.ReportDocument.Table;

class BatchIndexTest {

  @Test
  void aFindingOnAnotherPassFlagsTheVideosRowAndIsNamedInItsNotes() {
    // Upright on the longest pass, leaning 12° on the way back.
    BatchIndex.Item turned = new BatchIndex.Item("there-and-back.mp4", "there-and-back",
        SyntheticAnalyses.turnedRound(SyntheticAnalyses.leaning(4), SyntheticAnalyses.leaning(12)), null);

    ReportDocument index = BatchIndex.document("clips", List.of(turned), List.of());

    Table table = (Table) index.sections().get(0).blocks().get(1);
    Row row = table.rows().get(0);
    assertThat(row.severity()).isEqualTo(Severity.WATCH);
    assertThat(row.cells().get(5)).startsWith("Other pass, ")
        .containsPattern("forward trunk lean 1[12]\\.\\d° \\(watch\\)");
    assertThat(((ReportDocument.Paragraph) index.sections().get(0).blocks().get(0)).text())
        .contains("1 with a finding to work on");
  }
}
