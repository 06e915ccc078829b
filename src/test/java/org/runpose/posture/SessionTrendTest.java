package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SessionTrendTest {

  private static PostureAnalysis analyze(SyntheticRunner runner) {
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), null, null).analysis();
  }

  private static SyntheticRunner minutes(double seconds, double leanDriftDeg) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = seconds;
    runner.leanDriftDeg = leanDriftDeg;
    runner.noisePx = 1;
    return runner;
  }

  @Test
  void aRunnerLeaningFurtherForwardLateInALongClipIsTold() {
    // 6° growing to 12° over 90 s: the thirds' medians are about 7° and 11°.
    SessionTrend t = analyze(minutes(90, 6)).trend();
    assertThat(t).isNotNull();
    assertThat(t.firstToSeconds()).isCloseTo(30, within(0.1));
    assertThat(t.lastFromSeconds()).isCloseTo(60, within(0.1));
    assertThat(t.firstSteps()).isGreaterThan(50);
    SessionTrend.Measure lean = t.measures().get(0);
    assertThat(lean.id()).isEqualTo("leanDeg");
    assertThat(lean.change()).isCloseTo(4, within(0.5));
    assertThat(lean.reading()).isEqualTo("more forward late in the run, by more than the measurement error (2.0°)");
    assertThat(t.summary()).startsWith("The trunk leaned ").contains("° more forward in the last third of the run"
        + " than in the first").contains("more than the 2.0° measurement error). Fatigue often shows this way");
  }

  @Test
  void aSteadyRunnerHoldsWithinMeasurementError() {
    SessionTrend t = analyze(minutes(75, 0)).trend();
    assertThat(t.measures().get(0).change()).isCloseTo(0, within(0.3));
    assertThat(t.measures()).filteredOn(m -> m.detectableChange() != null)
        .allSatisfy(m -> assertThat(m.reading()).startsWith("within measurement error"));
    assertThat(t.summary()).startsWith("The trunk lean held from the first third of the run to the last")
        .endsWith("within the 2.0° measurement error).");
  }

  @Test
  void aClipOfAMinuteOrLessHasNoTrend() {
    assertThat(analyze(minutes(20, 6)).trend()).isNull();
  }
}
