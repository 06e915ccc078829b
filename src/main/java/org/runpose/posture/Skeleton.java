package org.runpose.posture;

import java.util.Arrays;
import org.runpose.pose.BodyLandmark;

/**
 * The runner's cleaned keypoints in one video frame: the very points the trunk lean and the other angles were
 * measured on, so a drawing of them shows what the numbers come from.
 *
 * @param frameIndex video frame index
 * @param xPx horizontal image coordinate of every {@link BodyLandmark}, in its order, pixels; NaN where missing
 * @param yPx vertical image coordinate (down is positive) of every landmark, pixels; NaN where missing
 */
public record Skeleton(int frameIndex, double[] xPx, double[] yPx) {

  public Skeleton {
    if (frameIndex < 0) {
      throw new IllegalArgumentException("frame index must be >= 0: " + frameIndex);
    }
    if (xPx.length != BodyLandmark.COUNT || yPx.length != BodyLandmark.COUNT) {
      throw new IllegalArgumentException(
          "a skeleton has " + BodyLandmark.COUNT + " points, got " + xPx.length + " x and " + yPx.length + " y");
    }
    xPx = xPx.clone();
    yPx = yPx.clone();
  }

  @Override
  public double[] xPx() {
    return xPx.clone();
  }

  @Override
  public double[] yPx() {
    return yPx.clone();
  }

  public double xPx(BodyLandmark landmark) {
    return xPx[landmark.ordinal()];
  }

  public double yPx(BodyLandmark landmark) {
    return yPx[landmark.ordinal()];
  }

  /** The same points in an image {@code factor} times the size, e.g. a frame decoded smaller to draw on. */
  public Skeleton scaled(double factor) {
    double[] x = xPx.clone();
    double[] y = yPx.clone();
    for (int i = 0; i < x.length; i++) {
      x[i] *= factor;
      y[i] *= factor;
    }
    return new Skeleton(frameIndex, x, y);
  }

  /** Whether the point has a position in this frame. */
  public boolean has(BodyLandmark landmark) {
    return Double.isFinite(xPx(landmark)) && Double.isFinite(yPx(landmark));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Skeleton s && s.frameIndex == frameIndex && Arrays.equals(s.xPx, xPx)
        && Arrays.equals(s.yPx, yPx);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * frameIndex + Arrays.hashCode(xPx)) + Arrays.hashCode(yPx);
  }

  @Override
  public String toString() {
    return "Skeleton[frameIndex=" + frameIndex + "]";
  }
}
