package org.runpose.pose;

import java.util.Objects;

/**
 * One body keypoint in source-image pixels (upright frame, origin top-left, y down).
 *
 * @param landmark which keypoint
 * @param xPx horizontal position
 * @param yPx vertical position
 * @param zPx depth relative to the hip midpoint, on the same pixel scale as x (smaller is nearer the camera)
 * @param visibility probability that the point is visible (not occluded), in [0,1]
 * @param presence probability that the point is inside the frame, in [0,1]
 */
public record Keypoint(
    BodyLandmark landmark, double xPx, double yPx, double zPx, double visibility, double presence) {

  public Keypoint {
    Objects.requireNonNull(landmark, "landmark");
    if (!Double.isFinite(xPx) || !Double.isFinite(yPx) || !Double.isFinite(zPx)) {
      throw new IllegalArgumentException(landmark.id() + ": coordinates must be finite");
    }
    requireProbability(visibility, "visibility");
    requireProbability(presence, "presence");
  }

  private static void requireProbability(double p, String what) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(what + " must be in [0,1]: " + p);
    }
  }
}
