package org.runpose.posture;

import org.runpose.Severity;
import org.runpose.signal.SignalConfig;

/**
 * Settings of the posture and gait analysis; every threshold is a user choice with a documented default.
 *
 * @param signal cleaning and filtering of the keypoint tracks
 * @param leanWatchDeg median trunk lean (degrees from vertical, forward positive) from which forward lean is
 *     worth watching: above the 3.6 +- 2.8 deg of runners with little trunk flexion (Teng & Powers 2015), and
 *     where leaning began to raise the metabolic cost (8 +- 2 deg, Carson et al. 2024)
 * @param leanExcessiveDeg median trunk lean from which it is flagged as excessive: beyond the high-flexion group
 *     of Teng & Powers (2015, 10.8 +- 2.2 deg) by about two standard deviations
 * @param lumbarWatchPct lumbar hollow depth (percent of trunk length) from which the lower back is worth watching
 * @param lumbarExcessivePct lumbar hollow depth from which lumbar hyperextension is flagged as excessive
 * @param direction running direction, or null to decide it from the video
 * @param rollDeg camera roll (slope of the ground line, degrees), or null to estimate it from foot contacts
 * @param runnerHeightCm the runner's height, or null; lets distances be given in centimetres
 * @param slowMotionFactor how many times slower than real time the clip plays (a phone's 240 fps slow motion
 *     stored at 30 fps plays 8 times slowed), or null for real time; the clip's times are divided by it
 * @param minSteps fewest steps needed for any finding
 * @param minPoseFraction smallest share of the frames from the first to the last with the runner in which the
 *     runner must be found
 * @param maxSideWidthRatio largest left-right spread of shoulders and hips, relative to trunk length, that still
 *     counts as a side view (about 0.8 when the runner faces the camera, near 0 from the side)
 * @param lumbarBaseline the same runner's earlier lumbar hollow, against which the lower back is judged instead of
 *     {@code lumbarWatchPct} and {@code lumbarExcessivePct}; null to use those
 */
public record AnalysisConfig(
    SignalConfig signal,
    double leanWatchDeg,
    double leanExcessiveDeg,
    double lumbarWatchPct,
    double lumbarExcessivePct,
    Direction direction,
    Double rollDeg,
    Double runnerHeightCm,
    Double slowMotionFactor,
    int minSteps,
    double minPoseFraction,
    double maxSideWidthRatio,
    LumbarBaseline lumbarBaseline) {

  public static final AnalysisConfig DEFAULT =
      new AnalysisConfig(SignalConfig.DEFAULT, 8, 15, 4, 6, null, null, null, null, 4, 0.5, 0.3, null);

  public AnalysisConfig {
    if (signal == null) {
      throw new IllegalArgumentException("signal settings are required");
    }
    if (!(leanWatchDeg < leanExcessiveDeg) || !Double.isFinite(leanWatchDeg) || !Double.isFinite(leanExcessiveDeg)) {
      throw new IllegalArgumentException(
          "lean thresholds must be finite with watch < excessive: " + leanWatchDeg + ", " + leanExcessiveDeg);
    }
    if (!(lumbarWatchPct > 0 && lumbarWatchPct < lumbarExcessivePct && lumbarExcessivePct < 100)) {
      throw new IllegalArgumentException(
          "lumbar thresholds must satisfy 0 < watch < excessive < 100: " + lumbarWatchPct + ", "
              + lumbarExcessivePct);
    }
    if (rollDeg != null && !(Math.abs(rollDeg) < 45)) {
      throw new IllegalArgumentException("camera roll must be within +-45 degrees: " + rollDeg);
    }
    if (runnerHeightCm != null && !(runnerHeightCm >= 50 && runnerHeightCm <= 250)) {
      throw new IllegalArgumentException("runner height must be 50 to 250 cm: " + runnerHeightCm);
    }
    if (slowMotionFactor != null && !(slowMotionFactor >= 1 && slowMotionFactor <= 64)) {
      throw new IllegalArgumentException("slow-motion factor must be 1 to 64: " + slowMotionFactor);
    }
    if (minSteps < 1 || !(minPoseFraction > 0 && minPoseFraction <= 1)
        || !(maxSideWidthRatio > 0 && maxSideWidthRatio < 1)) {
      throw new IllegalArgumentException("minSteps >= 1, minPoseFraction in (0,1], maxSideWidthRatio in (0,1)");
    }
  }

  /** How a median trunk lean is graded: watch and excessive from their thresholds on. */
  public Severity leanSeverity(double leanDeg) {
    return grade(leanDeg, leanWatchDeg, leanExcessiveDeg);
  }

  /** How a median lumbar hollow depth is graded: against the runner's baseline when there is one. */
  public Severity lumbarSeverity(double depthPct) {
    return grade(depthPct, lumbarWatchAtPct(), lumbarExcessiveAtPct());
  }

  /** Hollow depth from which the lower back is worth watching, on the basis in use. */
  public double lumbarWatchAtPct() {
    return lumbarBaseline == null ? lumbarWatchPct : lumbarBaseline.watchPct();
  }

  /** Hollow depth from which lumbar hyperextension is excessive, on the basis in use. */
  public double lumbarExcessiveAtPct() {
    return lumbarBaseline == null ? lumbarExcessivePct : lumbarBaseline.excessivePct();
  }

  /** The same settings judging the lower back against {@code baseline} (null: against the thresholds). */
  public AnalysisConfig withLumbarBaseline(LumbarBaseline baseline) {
    return new AnalysisConfig(signal, leanWatchDeg, leanExcessiveDeg, lumbarWatchPct, lumbarExcessivePct, direction,
        rollDeg, runnerHeightCm, slowMotionFactor, minSteps, minPoseFraction, maxSideWidthRatio, baseline);
  }

  private static Severity grade(double value, double watch, double excessive) {
    return value >= excessive ? Severity.EXCESSIVE : value >= watch ? Severity.WATCH : Severity.OK;
  }
}
