package org.runpose.posture;

import java.util.Optional;

/**
 * The same runner's lumbar hollow from an earlier analysis, against which the lower back is judged instead of the
 * thresholds for everyone: the outline's hollow grows with the build (fuller buttocks or belly) as much as with the
 * back's arch, so the change from the runner's own baseline tells the posture apart from the body.
 *
 * @param depthPct the earlier median hollow depth, percent of trunk length
 * @param leanDeg the earlier median trunk lean, degrees, or null when it was not measured: a more forward trunk
 *     deepens the hollow too
 * @param source what it comes from, in words a reader recognises (the earlier analysis and its video)
 * @param watchIncreasePts increase over the baseline, in percentage points, from which the lower back is worth
 *     watching
 * @param excessiveIncreasePts increase from which lumbar hyperextension is flagged as excessive
 */
public record LumbarBaseline(double depthPct, Double leanDeg, String source, double watchIncreasePts,
    double excessiveIncreasePts) {

  /**
   * Default increases: on the rendered runner, 10° more lumbar extension deepens the hollow by 2.6 points and 20° by
   * 6.2, while neutral backs of one body vary by about 0.6 points between clips; watch from 1.5 points (about 6° more
   * extension, over twice that spread), excessive from 3.0 (about 12°).
   */
  public static final double WATCH_INCREASE_PTS = 1.5;
  public static final double EXCESSIVE_INCREASE_PTS = 3.0;
  /**
   * A lean this much different from the baseline's is said with the finding: on the rendered runner a neutral back
   * leaning 25° read 1.7 points deeper than one upright, about 0.7 points per 10°.
   */
  public static final double LEAN_CHANGE_NOTED_DEG = 10;

  public LumbarBaseline {
    if (!(depthPct > 0 && depthPct < 100)) {
      throw new IllegalArgumentException("a baseline hollow depth is between 0 and 100 %: " + depthPct);
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a baseline says where it comes from");
    }
    if (!(watchIncreasePts > 0 && watchIncreasePts < excessiveIncreasePts && excessiveIncreasePts < 100)) {
      throw new IllegalArgumentException("baseline increases must satisfy 0 < watch < excessive < 100: "
          + watchIncreasePts + ", " + excessiveIncreasePts);
    }
  }

  /** A baseline with the default increases. */
  public static LumbarBaseline of(double depthPct, Double leanDeg, String source) {
    return new LumbarBaseline(depthPct, leanDeg, source, WATCH_INCREASE_PTS, EXCESSIVE_INCREASE_PTS);
  }

  /**
   * The baseline an earlier analysis of the runner gives, described by {@code source}; empty when its lower back was
   * not measured (a hollow measured but not judged is a baseline).
   */
  public static Optional<LumbarBaseline> from(PostureAnalysis earlier, String source) {
    Double depth = earlier.flag(Flag.LUMBAR).value();
    if (depth == null) {
      return Optional.empty();
    }
    return Optional.of(of(depth, earlier.summary().leanDeg(), source));
  }

  /** Hollow depth from which the lower back is worth watching. */
  public double watchPct() {
    return depthPct + watchIncreasePts;
  }

  /** Hollow depth from which lumbar hyperextension is excessive. */
  public double excessivePct() {
    return depthPct + excessiveIncreasePts;
  }
}
