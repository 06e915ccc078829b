package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped sample keeps showing what it was made to show. */
class SampleLogTest {

  @Test
  void theSampleHasASpikeATooLongLongRunAndTwoBadRows() throws Exception {
    TrainingLog log = new TrainingLogReader(DistanceUnit.KM, ZoneOffset.UTC)
        .read(List.of(Path.of("samples/training-log.csv")));
    TrainingAnalysis a = TrainingAnalysis.of(log, TrainingRulesConfig.defaults(), DistanceUnit.KM);

    assertThat(a.weeks()).hasSize(16);
    assertThat(a.findings()).extracting(f -> f.weeks().get(0) + " " + f.ruleId() + " " + f.severity().key())
        .containsExactly(
            "2025-W11 weekly-distance-increase excessive",
            "2025-W11 acute-chronic-ratio excessive",
            "2025-W11 speed-and-distance-same-week excessive",
            "2025-W14 long-run-share excessive",
            "2025-W17 acute-chronic-ratio watch");
    assertThat(log.skipped()).extracting(s -> s.location().line()).containsExactly(40, 57);
    // speed work begins after five easy weeks: no base finding
    assertThat(a.check(SpeedWorkBaseRule.ID, 5).severity().key()).isEqualTo("ok");
  }
}
