package org.runpose.eval;

import org.runpose.Severity;

/**
 * The lumbar measure beside the truth; they have different units (a rig angle against a hollow depth on the
 * outline), so they are compared over clips by correlation, not per clip.
 *
 * @param trueDeg true lumbar extension, degrees
 * @param measuredDepthPct runpose's median lumbar hollow depth, percent of trunk length; null when not measured
 * @param flag runpose's lumbar finding
 * @param body the runner's body shape in the labels
 */
public record LumbarScore(double trueDeg, Double measuredDepthPct, Severity flag, String body) {

  public LumbarScore {
    if (!Double.isFinite(trueDeg) || flag == null || body == null) {
      throw new IllegalArgumentException("a finite truth, the finding and the body shape are required");
    }
  }
}
