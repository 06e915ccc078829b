package org.runpose.posture;

import java.util.List;

/** Analyses of the stick-figure runner, for tests of what is made from an analysis (reports, files). */
public final class SyntheticAnalyses {
  private SyntheticAnalyses() {}

  /** Four seconds of running at this trunk lean, as the analysis of saved keypoints (no masks) sees it. */
  public static PostureAnalysis leaning(double leanDeg) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.leanDeg = leanDeg;
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), null, null).analysis();
  }

  /** Six seconds of running filmed at {@code fps}, as the analysis of saved keypoints (no masks) sees it. */
  public static PostureAnalysis filmedAt(double fps) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.fps = fps;
    runner.seconds = 6;
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), null, null).analysis();
  }

  /** Six seconds of walking at 110 steps a minute, both feet down for a fifth of each step. */
  public static PostureAnalysis walking() {
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(walker().series(), null, null).analysis();
  }

  /**
   * The stick figure walking for six seconds at 110 steps a minute, both feet down for a fifth of each step, with
   * pose jitter: a noiseless stance is so straight that the outlier filter takes the swing for a glitch.
   */
  static SyntheticRunner walker() {
    SyntheticRunner walker = new SyntheticRunner();
    walker.walker = true;
    walker.cadenceStepsPerMin = 110;
    walker.dutyFactor = 0.62;
    walker.seconds = 6;
    walker.noisePx = 1;
    return walker;
  }

  /** The runner going right for 3.3 s, then turned round and back to the left for 4.7 s: two passes. */
  public static PostureAnalysis twoPasses() {
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(Walkers.turningRound(), null, null).analysis();
  }

  /** {@link #twoPasses()} analysed as if the clip were played {@code factor} times slower than real time. */
  public static PostureAnalysis twoPassesSlowedBy(double factor) {
    return new PostureAnalyzer(AnalysisConfig.DEFAULT.withSlowMotionFactor(factor)).analyze(Walkers.turningRound(),
        null, null).analysis();
  }

  /** {@code longest} with {@code others} as the other passes of a person who turned round. */
  public static PostureAnalysis turnedRound(PostureAnalysis longest, PostureAnalysis... others) {
    return longest.withOtherPasses(List.of(others));
  }

  /** Ten seconds of running whose trunk goes from upright to a 15° lean, as in a demonstration of postures. */
  public static PostureAnalysis changingPosture() {
    return drifting(10, 0, 15, 0);
  }

  /** A minute and a half of running whose trunk leans from 6° at the start to 12° at the end. */
  public static PostureAnalysis tiring() {
    return drifting(90, 6, 6, 1);
  }

  /** Running whose trunk leans {@code startDeg} at the start and {@code driftDeg} more at the end. */
  private static PostureAnalysis drifting(double seconds, double startDeg, double driftDeg, double noisePx) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = seconds;
    runner.leanDeg = startDeg;
    runner.leanDriftDeg = driftDeg;
    runner.noisePx = noisePx;
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), null, null).analysis();
  }
}
