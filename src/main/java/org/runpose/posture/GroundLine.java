package org.runpose.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ground line under the shoe soles seen in stance. A shoe can be above the ground but never below it: the sole
 * lifts first at the heel and at push-off rests on its narrower toe, whose lowest edge is further from the camera
 * and so higher in the image, and an event off by a frame adds a foot in the air. The line is therefore fitted to the
 * lowest points: points well above a robust fit are dropped and the line fitted again, until none are.
 */
final class GroundLine {

  /** The contacts must spread over this share of the leg length along the ground to give a slope. */
  static final double MIN_SPREAD = 0.2;
  /** Fewest sole points for a line. */
  static final int MIN_POINTS = 6;
  /** Pairs of points closer than this share of the leg length along the ground give no slope of their own. */
  private static final double MIN_PAIR_SPREAD = 0.1;
  /** A point more than this many robust standard deviations above the line is off the ground. */
  private static final double MAX_RISE_SIGMAS = 3;
  /** ... or more than this many pixels: the mask's edge is located to about half a pixel. */
  private static final double MIN_RISE_PX = 0.5;

  private GroundLine() {}

  /**
   * Slope of the ground in the image from sole points {x, y} in pixels, degrees, positive when it rises toward the
   * image right; null when too few points remain or they do not spread far enough along the ground.
   */
  static Double slopeDeg(List<double[]> points, double legPx) {
    List<double[]> kept = new ArrayList<>(points);
    while (true) {
      if (kept.size() < MIN_POINTS || spreadPx(kept) < MIN_SPREAD * legPx) {
        return null;
      }
      Double slope = theilSen(kept, MIN_PAIR_SPREAD * legPx);
      if (slope == null) {
        return null;
      }
      // Image y points down: a point above the line has a negative residual.
      double intercept = Stats.median(kept.stream().mapToDouble(p -> p[1] - slope * p[0]).toArray());
      double[] residuals = kept.stream().mapToDouble(p -> p[1] - intercept - slope * p[0]).toArray();
      double sigma = 1.4826 * Stats.median(Arrays.stream(residuals).map(Math::abs).toArray());
      double maxRise = Math.max(MAX_RISE_SIGMAS * sigma, MIN_RISE_PX);
      List<double[]> grounded = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        if (residuals[i] >= -maxRise) {
          grounded.add(kept.get(i));
        }
      }
      if (grounded.size() == kept.size()) {
        return Math.toDegrees(Math.atan(-slope));
      }
      kept = grounded;
    }
  }

  private static double spreadPx(List<double[]> points) {
    double min = points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
    double max = points.stream().mapToDouble(p -> p[0]).max().orElseThrow();
    return max - min;
  }

  /** Theil-Sen: the median of pairwise slopes resists a few misplaced points. */
  private static Double theilSen(List<double[]> points, double minDxPx) {
    List<Double> slopes = new ArrayList<>();
    for (int a = 0; a < points.size(); a++) {
      for (int b = a + 1; b < points.size(); b++) {
        double dx = points.get(b)[0] - points.get(a)[0];
        if (Math.abs(dx) > minDxPx) {
          slopes.add((points.get(b)[1] - points.get(a)[1]) / dx);
        }
      }
    }
    return Stats.median(slopes);
  }
}
