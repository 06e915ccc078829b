package org.runpose.posture;

import java.util.Objects;

/**
 * Where the lumbar measure was taken on one frame's outline, in image pixels, so a drawing can show it: the chord
 * from the buttocks to the upper back, and the deepest point of the hollow with its foot on the chord.
 *
 * @param depthPct the hollow's depth, percent of trunk length
 * @param buttocks the most backward point of the buttocks
 * @param upperBack the most backward point of the upper back
 * @param hollow the deepest point of the back between them
 * @param chord the point of the chord level with the hollow, across the trunk from it
 */
public record LumbarTrace(double depthPct, PointPx buttocks, PointPx upperBack, PointPx hollow, PointPx chord) {

  /** A point in the upright image, pixels, y down. */
  public record PointPx(double xPx, double yPx) {
    public PointPx {
      if (!Double.isFinite(xPx) || !Double.isFinite(yPx)) {
        throw new IllegalArgumentException("a point needs finite coordinates: " + xPx + ", " + yPx);
      }
    }

    PointPx scaled(double factor) {
      return new PointPx(xPx * factor, yPx * factor);
    }
  }

  /** The same trace in an image {@code factor} times the size; the depth, a share of the trunk, stays. */
  public LumbarTrace scaled(double factor) {
    return new LumbarTrace(depthPct, buttocks.scaled(factor), upperBack.scaled(factor), hollow.scaled(factor),
        chord.scaled(factor));
  }

  public LumbarTrace {
    if (!(depthPct >= 0) || Double.isInfinite(depthPct)) {
      throw new IllegalArgumentException("depth must be finite and >= 0: " + depthPct);
    }
    Objects.requireNonNull(buttocks, "buttocks");
    Objects.requireNonNull(upperBack, "upperBack");
    Objects.requireNonNull(hollow, "hollow");
    Objects.requireNonNull(chord, "chord");
  }
}
