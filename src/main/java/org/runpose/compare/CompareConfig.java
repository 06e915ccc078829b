package org.runpose.compare;

import org.runpose.posture.DetectableChange;

/**
 * How two analyses are compared; every value is a user choice with a documented default.
 *
 * @param leanToleranceDeg smallest change of trunk lean that counts as a change: 2° by default, above the 1.5° that
 *     runpose's lean changes stay within on its labelled clips filmed the same way (docs/eval.md)
 * @param lumbarTolerancePct smallest change of the lumbar hollow, in percentage points of trunk length: 1 by
 *     default, above the 3-3.6 % spread of a neutral back over the labelled clips and a third of what an extra 10° of
 *     lumbar extension adds (about 3 points)
 * @param frameRateRatioWarning ratio of the higher to the lower frame rate from which the report warns: 1.5 by
 *     default, so 25 against 30 fps passes and 30 against 60 fps is pointed out (contacts are timed to a frame)
 */
public record CompareConfig(double leanToleranceDeg, double lumbarTolerancePct, double frameRateRatioWarning) {

  public static final CompareConfig DEFAULT = new CompareConfig(DetectableChange.LEAN_DEG, 1, 1.5);

  public CompareConfig {
    if (!(leanToleranceDeg > 0 && leanToleranceDeg < 30)) {
      throw new IllegalArgumentException("the lean tolerance must be above 0 and below 30°: " + leanToleranceDeg);
    }
    if (!(lumbarTolerancePct > 0 && lumbarTolerancePct < 50)) {
      throw new IllegalArgumentException(
          "the lumbar tolerance must be above 0 and below 50 percentage points: " + lumbarTolerancePct);
    }
    if (!(frameRateRatioWarning > 1) || Double.isInfinite(frameRateRatioWarning)) {
      throw new IllegalArgumentException("the frame-rate ratio must be finite and above 1: " + frameRateRatioWarning);
    }
  }
}
