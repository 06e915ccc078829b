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

  /** Running at 4° of lean, and a second pass of running at 12° (as if the runner had turned round). */
  public static PostureAnalysis twoPasses() {
    return leaning(4).withOtherPasses(List.of(leaning(12)));
  }

  /** A minute and a half of running whose trunk leans from 6° at the start to 12° at the end. */
  public static PostureAnalysis tiring() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = 90;
    runner.leanDriftDeg = 6;
    runner.noisePx = 1;
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), null, null).analysis();
  }
}
