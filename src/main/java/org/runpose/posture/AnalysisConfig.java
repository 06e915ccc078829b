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
 * @param lumbarWatchPct lumbar hollow depth (percent of trunk length) from which the lower back of anyone is worth
 *     watching, or null (the default): the hollow of the back's outline deepens with a fuller build (buttocks,
 *     belly) as much as with the back's arch, so without a baseline or thresholds the user chose it is measured
 *     but not judged
 * @param lumbarExcessivePct lumbar hollow depth from which anyone's lumbar hyperextension is flagged as excessive,
 *     or null; set with {@code lumbarWatchPct} or not at all
 * @param direction running direction, or null to decide it from the video
 * @param rollDeg camera roll (slope of the ground line, degrees), or null to estimate it from foot contacts
 * @param runnerHeightCm the runner's height, or null; lets distances be given in centimetres
 * @param slowMotionFactor how many times slower than real time the clip plays (a phone's 240 fps slow motion
 *     stored at 30 fps plays 8 times slowed), or null for real time; the clip's times are divided by it
 * @param minSteps fewest steps needed for any finding: 2 by default, about one stride, over which the lean's swing
 *     with the stride evens out (a lean from fewer than {@link Flag#SURE_LEAN_STEPS} says it is less sure); the
 *     time-based measures need 3 steps timed ({@link org.runpose.gait.GaitCheck}). A slowed clip of a runner passing
 *     by often holds no more, and its lean and lower back do not depend on time
 * @param minPoseFraction smallest share of the frames from the first to the last with the runner in which the
 *     runner must be found
 * @param maxSideWidthRatio largest left-right spread of shoulders and hips, relative to trunk length, that still
 *     counts as a side view (about 0.8 when the runner faces the camera, near 0 from the side)
 * @param lumbarBaseline the same runner's earlier lumbar hollow, against which the lower back is judged instead of
 *     {@code lumbarWatchPct} and {@code lumbarExcessivePct}; null to use those, if set
 */
public record AnalysisConfig(
    SignalConfig signal,
    double leanWatchDeg,
    double leanExcessiveDeg,
    Double lumbarWatchPct,
    Double lumbarExcessivePct,
    Direction direction,
    Double rollDeg,
    Double runnerHeightCm,
    Double slowMotionFactor,
    int minSteps,
    double minPoseFraction,
    double maxSideWidthRatio,
    LumbarBaseline lumbarBaseline) {

  /** The most slowed playback accepted: a phone's 960 frames/s stored at 15 frames/s. */
  public static final int MAX_SLOW_MOTION_FACTOR = 64;

  public static final AnalysisConfig DEFAULT =
      new AnalysisConfig(SignalConfig.DEFAULT, 8, 15, null, null, null, null, null, null, 2, 0.5, 0.3, null);

  /**
   * Lumbar thresholds for anyone, set on the rendered runner of average build, for a user who chooses them: a neutral
   * back read 2.3-4.0 % there and 20° of extension 9.1-9.8 %, but a neutral back of fuller build read 7.8 % and real
   * people with normal backs 1.0-9.6 %.
   */
  public static final double LUMBAR_WATCH_PCT_AVERAGE_BUILD = 4;
  public static final double LUMBAR_EXCESSIVE_PCT_AVERAGE_BUILD = 6;

  public AnalysisConfig {
    if (signal == null) {
      throw new IllegalArgumentException("signal settings are required");
    }
    if (!(leanWatchDeg < leanExcessiveDeg) || !Double.isFinite(leanWatchDeg) || !Double.isFinite(leanExcessiveDeg)) {
      throw new IllegalArgumentException(
          "lean thresholds must be finite with watch < excessive: " + leanWatchDeg + ", " + leanExcessiveDeg);
    }
    if ((lumbarWatchPct == null) != (lumbarExcessivePct == null) || lumbarWatchPct != null
        && !(lumbarWatchPct > 0 && lumbarWatchPct < lumbarExcessivePct && lumbarExcessivePct < 100)) {
      throw new IllegalArgumentException(
          "lumbar thresholds must satisfy 0 < watch < excessive < 100: " + lumbarWatchPct + ", "
              + lumbarExcessivePct);
    }
    if (rollDeg != null && !(Math.abs(rollDeg) < 45)) {
      throw new IllegalArgumentException("camera roll must be under 45 degrees either way: " + rollDeg);
    }
    if (runnerHeightCm != null && !(runnerHeightCm >= 50 && runnerHeightCm <= 250)) {
      throw new IllegalArgumentException("runner height must be 50 to 250 cm: " + runnerHeightCm);
    }
    if (slowMotionFactor != null && !(slowMotionFactor >= 1 && slowMotionFactor <= MAX_SLOW_MOTION_FACTOR)) {
      throw new IllegalArgumentException("slow-motion factor must be 1 to " + MAX_SLOW_MOTION_FACTOR + ": "
          + slowMotionFactor);
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

  /**
   * How a median lumbar hollow depth is graded: against the runner's baseline when there is one, else against the
   * thresholds the user set; {@link Severity#NOT_ASSESSED} with neither.
   */
  public Severity lumbarSeverity(double depthPct) {
    return lumbarJudged() ? grade(depthPct, lumbarWatchAtPct(), lumbarExcessiveAtPct()) : Severity.NOT_ASSESSED;
  }

  /** Whether the lower back is judged: against a baseline or thresholds the user set. */
  public boolean lumbarJudged() {
    return lumbarBaseline != null || lumbarWatchPct != null;
  }

  /** Hollow depth from which the lower back is worth watching, on the basis in use, or null with none. */
  public Double lumbarWatchAtPct() {
    return lumbarBaseline == null ? lumbarWatchPct : Double.valueOf(lumbarBaseline.watchPct());
  }

  /** Hollow depth from which lumbar hyperextension is excessive, on the basis in use, or null with none. */
  public Double lumbarExcessiveAtPct() {
    return lumbarBaseline == null ? lumbarExcessivePct : Double.valueOf(lumbarBaseline.excessivePct());
  }

  /** The same settings judging anyone's lower back against these thresholds (null, null: not at all). */
  public AnalysisConfig withLumbarThresholds(Double watchPct, Double excessivePct) {
    return new AnalysisConfig(signal, leanWatchDeg, leanExcessiveDeg, watchPct, excessivePct, direction, rollDeg,
        runnerHeightCm, slowMotionFactor, minSteps, minPoseFraction, maxSideWidthRatio, lumbarBaseline);
  }

  /** The same settings for a clip that plays {@code factor} times slower than real time (null: as it plays). */
  public AnalysisConfig withSlowMotionFactor(Double factor) {
    return new AnalysisConfig(signal, leanWatchDeg, leanExcessiveDeg, lumbarWatchPct, lumbarExcessivePct, direction,
        rollDeg, runnerHeightCm, factor, minSteps, minPoseFraction, maxSideWidthRatio, lumbarBaseline);
  }

  /** The same settings judging the lower back against {@code baseline} (null: against the thresholds, if set). */
  public AnalysisConfig withLumbarBaseline(LumbarBaseline baseline) {
    return new AnalysisConfig(signal, leanWatchDeg, leanExcessiveDeg, lumbarWatchPct, lumbarExcessivePct, direction,
        rollDeg, runnerHeightCm, slowMotionFactor, minSteps, minPoseFraction, maxSideWidthRatio, baseline);
  }

  private static Severity grade(double value, double watch, double excessive) {
    return value >= excessive ? Severity.EXCESSIVE : value >= watch ? Severity.WATCH : Severity.OK;
  }
}
