package org.runpose.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ground line under the shoe soles seen in stance. A shoe can be above the ground but never below it: the sole
 * lifts first at the heel and at push-off rests on its narrower toe, whose lowest edge is further from the camera
 * and so higher in the image, and an event off by a frame adds a foot in the air. The line is therefore fitted to the
 * lowest points: points well above a robust fit are dropped and the line fitted again, until none are.
 *
 * <p>The soles of all stances lie on one line when the camera stands still. A camera that follows the runner may
 * also rise and fall, which moves whole stances up or down but does not tilt them; the sole of a foot seen by such a
 * camera (or on a treadmill belt) slides along the ground during one stance and traces the line by itself. When the
 * stances do not lie on one line and trace enough of it, the slope comes from within the stances, each with its own
 * height. Both lines measure the same ground; where they part by more than {@link #MAX_TRACE_DISAGREEMENT_DEG}, the
 * camera moved while the feet were down (a phone carried alongside the runner), the traces tilt with it, and no slope
 * is given.
 */
final class GroundLine {

  /** The contacts must spread over this share of the leg length along the ground to give a slope. */
  static final double MIN_SPREAD = 0.2;
  /** The stances together must trace this many leg lengths of the line for it to come from within them. */
  static final double WITHIN_STANCES_SPREAD = 1.0;
  /**
   * The stances lie on one line unless their spread about it is this many times their spread about lines of their
   * own, and more than {@link #MIN_MOVED_PX}: a camera that rose or fell between them.
   */
  static final double MOVED_SIGMAS = 2;
  static final double MIN_MOVED_PX = 1.5;
  /**
   * Largest difference between the slope the stances trace and the line through all of them for the traces to be
   * taken: the tolerance between the scene's edges and the soles. Where both lines exist on the real tuning clips
   * they part by 1.1-1.3° (a treadmill, a walker); a phone carried alongside a runner on grass 7.5°.
   */
  static final double MAX_TRACE_DISAGREEMENT_DEG = 2;
  /** Fewest sole points for a line. */
  static final int MIN_POINTS = 6;
  /**
   * Fewest stances: a single foot's lowest point wanders over the sole as it rolls from heel to toe (across the
   * shoe's width, nearer and further from the camera), which tilts its trace; two places on the ground give a line.
   */
  static final int MIN_STANCES = 2;
  /** Pairs of points closer than this share of the leg length along the ground give no slope of their own. */
  private static final double MIN_PAIR_SPREAD = 0.1;
  /** A point more than this many robust standard deviations above the line is off the ground. */
  private static final double MAX_RISE_SIGMAS = 3;
  /** ... or more than this many pixels: the mask's edge is located to about half a pixel. */
  private static final double MIN_RISE_PX = 0.5;

  private GroundLine() {}

  /**
   * Slope of the ground in the image from the sole points {x, y} in pixels of each stance, degrees, positive when it
   * rises toward the image right; null when too few points remain or they do not spread far enough along the ground.
   * Through all of them, as one line, unless the stances do not lie on one: then, when they trace the line
   * themselves, from within each stance, each at its own height, unless the two lines part by more than {@link
   * #MAX_TRACE_DISAGREEMENT_DEG}. Null with fewer than {@link #MIN_STANCES} stances that have sole points.
   */
  static Double slopeDegByStance(List<List<double[]>> stances, double legPx) {
    if (stances.stream().filter(s -> s.size() >= 2).count() < MIN_STANCES) {
      return null;
    }
    List<double[]> together = new ArrayList<>();
    List<double[]> apart = new ArrayList<>();
    double traced = 0;
    for (int g = 0; g < stances.size(); g++) {
      for (double[] p : stances.get(g)) {
        together.add(new double[] {p[0], p[1], 0});
        apart.add(new double[] {p[0], p[1], g});
      }
      traced += stances.get(g).size() < 2 ? 0 : spreadPx(stances.get(g));
    }
    Fit one = fit(together, legPx);
    Fit each = stances.size() > 1 && traced >= WITHIN_STANCES_SPREAD * legPx ? fit(apart, legPx) : null;
    if (each != null && (one == null || one.sigmaPx() > Math.max(MOVED_SIGMAS * each.sigmaPx(), MIN_MOVED_PX))) {
      return one != null && Math.abs(one.slopeDeg() - each.slopeDeg()) > MAX_TRACE_DISAGREEMENT_DEG ? null
          : each.slopeDeg();
    }
    return one == null ? null : one.slopeDeg();
  }

  /** A line's slope and the robust spread of the soles about it. */
  private record Fit(double slopeDeg, double sigmaPx) {}

  /** Points {x, y, group}: one slope, an intercept per group, points above the line dropped until none are. */
  private static Fit fit(List<double[]> points, double legPx) {
    List<double[]> kept = points;
    while (true) {
      if (kept.size() < MIN_POINTS || spreadPx(kept) < MIN_SPREAD * legPx) {
        return null;
      }
      Double slope = theilSen(kept, MIN_PAIR_SPREAD * legPx);
      if (slope == null) {
        return null;
      }
      List<double[]> fitted = kept;
      Map<Double, Double> intercepts = new HashMap<>();
      for (double[] q : fitted) {
        intercepts.computeIfAbsent(q[2], g -> Stats.median(fitted.stream().filter(p -> p[2] == g)
            .mapToDouble(p -> p[1] - slope * p[0]).toArray()));
      }
      // Image y points down: a point above the line has a negative residual.
      double[] residuals = kept.stream().mapToDouble(p -> p[1] - intercepts.get(p[2]) - slope * p[0]).toArray();
      double sigma = 1.4826 * Stats.median(Arrays.stream(residuals).map(Math::abs).toArray());
      double maxRise = Math.max(MAX_RISE_SIGMAS * sigma, MIN_RISE_PX);
      List<double[]> grounded = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        if (residuals[i] >= -maxRise) {
          grounded.add(kept.get(i));
        }
      }
      if (grounded.size() == kept.size()) {
        return new Fit(Math.toDegrees(Math.atan(-slope)), sigma);
      }
      kept = grounded;
    }
  }

  private static double spreadPx(List<double[]> points) {
    double min = points.stream().mapToDouble(p -> p[0]).min().orElseThrow();
    double max = points.stream().mapToDouble(p -> p[0]).max().orElseThrow();
    return max - min;
  }

  /**
   * Theil-Sen: the median of pairwise slopes resists a few misplaced points. Points {x, y, group}: only pairs of
   * one group count.
   */
  static Double theilSen(List<double[]> points, double minDx) {
    List<Double> slopes = new ArrayList<>();
    for (int a = 0; a < points.size(); a++) {
      for (int b = a + 1; b < points.size(); b++) {
        double dx = points.get(b)[0] - points.get(a)[0];
        if (points.get(a)[2] == points.get(b)[2] && Math.abs(dx) > minDx) {
          slopes.add((points.get(b)[1] - points.get(a)[1]) / dx);
        }
      }
    }
    return Stats.median(slopes);
  }
}
