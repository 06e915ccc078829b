package org.runpose.gait;

import java.util.Arrays;

/**
 * How often the gait repeats, from two signals that need no foot events: the rise and fall of the hips (once per
 * step) and the feet passing each other (once per stride), so that a hip signal repeating once a stride is caught.
 * The period, found over a range wide enough for slowed playback, sets the time windows of everything that follows.
 *
 * @param hipStepSeconds period of the hips' rise and fall, or null when it does not repeat clearly
 * @param feetStrideSeconds period of the feet's fore-aft distance (or, where neither it nor the hips repeat, the
 *     stride from the distance whichever foot is ahead), or null when it does not repeat clearly
 */
public record StepPeriod(Double hipStepSeconds, Double feetStrideSeconds) {

  /** Shortest step looked for: a sprint at 300 steps per minute. */
  static final double MIN_STEP_SECONDS = 0.2;
  /** Longest step looked for: a walk of 60 steps a minute played eight times slowed. */
  static final double MAX_STEP_SECONDS = 8;
  /** A stride of the feet is taken for a step of the hips when they are within this share. */
  static final double AGREEMENT = 0.12;

  public StepPeriod {
    if ((hipStepSeconds != null && !(hipStepSeconds > 0)) || (feetStrideSeconds != null && !(feetStrideSeconds > 0))) {
      throw new IllegalArgumentException("periods must be positive: " + hipStepSeconds + ", " + feetStrideSeconds);
    }
  }

  /**
   * @param times sample times, seconds
   * @param hipHeightPx height of the hip midpoint along the true vertical
   * @param feetApartPx how far the left foot is ahead of the right along the running direction
   */
  public static StepPeriod of(double[] times, double[] hipHeightPx, double[] feetApartPx) {
    Double hips = Period.seconds(times, hipHeightPx, MIN_STEP_SECONDS, MAX_STEP_SECONDS);
    Double stride = Period.seconds(times, feetApartPx, 2 * MIN_STEP_SECONDS, 2 * MAX_STEP_SECONDS);
    // A last resort: on unlabelled clips where the hips repeat, the distance's best repeat was at times several
    // steps, which the hips' own period then gave way to (a runner at 171 steps a minute read as a slowed walker).
    return new StepPeriod(hips, stride != null || hips != null ? stride : strideFromFeetDistance(times, feetApartPx));
  }

  /**
   * The stride from how far apart the feet are, whichever is ahead, for a clip where neither the hips nor the feet's
   * signed distance repeat: a pose model that exchanges the legs every few frames (dark legs on a dark floor) flips
   * the sign of the feet's fore-aft distance and hides its period, but not the distance itself, which peaks once a
   * step. Its best period is a step, or a stride where the two steps differ (one leg's reach longer than the
   * other's): half a stride later the distance is then alike again (the next step), where half a step later it is
   * opposite (feet together against feet apart). Null when the distance does not repeat clearly.
   */
  static Double strideFromFeetDistance(double[] times, double[] feetApartPx) {
    double[] apart = Arrays.stream(feetApartPx).map(Math::abs).toArray();
    Double best = Period.seconds(times, apart, MIN_STEP_SECONDS, 2 * MAX_STEP_SECONDS);
    double half = best == null ? Double.NaN : Period.correlationAt(times, apart, best / 2);
    if (Double.isNaN(half)) {
      return null;
    }
    double stride = half > 0 ? best : 2 * best;
    return stride >= 2 * MIN_STEP_SECONDS && stride <= 2 * MAX_STEP_SECONDS ? stride : null;
  }

  /**
   * The step period: the hips' when the feet confirm it, half the feet's stride when the hips rose and fell once a
   * stride (a runner who pushes off harder with one leg), more slowly than that (the hips' height also moves with a
   * camera that tilts as it follows), more than {@link #AGREEMENT} faster than the steps (a slouched walker's hips
   * bobbing at 0.24 s while her feet passed each other every 1.18 s) or did not repeat clearly, else the hips'
   * alone; null when neither signal repeats.
   */
  public Double seconds() {
    if (hipStepSeconds == null) {
      return feetStrideSeconds == null ? null : feetStrideSeconds / 2;
    }
    if (feetStrideSeconds != null && (feetStrideSeconds / hipStepSeconds <= 1 + AGREEMENT
        || feetStrideSeconds / (2 * hipStepSeconds) > 1 + AGREEMENT)) {
      return feetStrideSeconds / 2;
    }
    return hipStepSeconds;
  }

  /**
   * The step period to count the cadence by: half the feet's stride wherever it agrees with {@link #seconds()} within
   * {@link #AGREEMENT}, else {@link #seconds()}. The feet pass each other at steadier intervals than the hips rise
   * and fall, which a camera that tilts as it follows, and a slowed clip's few steps, disturb by 4-13 %.
   */
  public Double cadenceSeconds() {
    Double step = seconds();
    if (step == null || feetStrideSeconds == null) {
      return step;
    }
    return Math.abs(feetStrideSeconds / (2 * step) - 1) <= AGREEMENT ? feetStrideSeconds / 2 : step;
  }
}
