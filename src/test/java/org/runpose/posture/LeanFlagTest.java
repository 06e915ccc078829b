package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.Severity;
import org.runpose.gait.GaitCheck;

class LeanFlagTest {

  /** The lean finding of a clip of 8 steps whose 40 frames cycle through {@code leans}, median {@code medianDeg}. */
  private static Flag lean(double medianDeg, double... leans) {
    PostureSummary s = new PostureSummary(90, 90, 0, 8, 176.0, medianDeg, null, null, null, null, 0, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    List<FrameMetrics> frames = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      frames.add(new FrameMetrics(i, i / 30.0, true, leans[i % leans.length], null, null));
    }
    return Flags.of(AnalysisConfig.DEFAULT, s, GaitCheck.unchecked(), List.of(), frames, List.of(), null).stream()
        .filter(f -> f.id().equals(Flag.FORWARD_LEAN)).findFirst().orElseThrow();
  }

  @Test
  void aTrunkAngleThatSpansMoreThanUprightToExcessiveIsNoSteadyRunnersLean() {
    // A sprint start: crouched in the blocks at 120°, rising through 60° to 30° as the runner gets going.
    Flag start = lean(69, 125, 120, 90, 60, 45, 35, 30, 30);
    assertThat(start.severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(start.value()).isNull();
    assertThat(start.explanation()).startsWith("Insufficient data: The trunk's angle changed from")
        .contains("not steady running");
  }

  @Test
  void aTrunkThatRocksWithEachStepIsJudgedOnItsMedian() {
    // A phone close to a treadmill: the line swings 10° either way within each stride, as on the real clip IMG5396.
    Flag rocking = lean(16, 6, 11, 16, 21, 26, 21, 16, 11);
    assertThat(rocking.severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(rocking.value()).isEqualTo(16.0);
  }
}
