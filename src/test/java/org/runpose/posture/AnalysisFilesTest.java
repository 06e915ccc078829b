package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.io.StagedOutput;

class AnalysisFilesTest {

  /** The stance_ms and flight_ms cells of each step in steps.csv. */
  private static List<String> stanceAndFlight(PostureAnalysis a, Path dir) throws Exception {
    try (StagedOutput out = StagedOutput.in(dir)) {
      AnalysisFiles.stage(out, a);
      out.commit();
    }
    List<String> rows = Files.readAllLines(dir.resolve(AnalysisFiles.STEPS_CSV));
    assertThat(rows.get(0)).startsWith("step,side,contact_s,toe_off_s,next_contact_s,stance_ms,flight_ms,");
    return rows.subList(1, rows.size()).stream().map(r -> String.join(",", List.of(r.split(",", -1)).subList(5, 7)))
        .toList();
  }

  @Test
  void stepsCsvLeavesStanceAndFlightBlankWhereTheSummaryWithholdsThem(@TempDir Path dir) throws Exception {
    assertThat(stanceAndFlight(SyntheticAnalyses.filmedAt(15), dir.resolve("15"))).isNotEmpty().containsOnly(",");
    assertThat(stanceAndFlight(SyntheticAnalyses.filmedAt(30), dir.resolve("30"))).isNotEmpty()
        .allMatch(cells -> cells.matches("\\d+\\.\\d,-?\\d+\\.\\d"));
  }
}
