package org.runpose.scene;

import java.util.ArrayList;
import java.util.List;

/**
 * The true vertical where the runner is, from the scene's upright edges. A rolled camera tilts them all alike; a
 * camera tilted up or down makes them converge, so their lean changes across the picture: it is fitted as a straight
 * function of where they are and read off at the runner. Edges that do not fit (a leaning tree, a railing) are left
 * out until all that remain agree. Where the edges left out agree among themselves on another lean, converging as the
 * kept ones do (one camera, one convergence), the scene has two sets of straight edges, one of them built at a slant
 * (a treadmill's uprights). Cameras are held roughly level, so a second set standing nearer the picture's columns
 * makes the kept one doubtful, and which of the two is the scene's cannot be told: no vertical is given.
 */
public final class TrueVertical {

  /** Fewest edges, in different places across the picture, that must agree. */
  static final int MIN_LINES = 3;
  /** Edges closer than this share of the picture's width are one. */
  static final double SAME_EDGE = 0.03;
  /** Share of the picture's width the edges must spread over for their lean to be read as changing across it. */
  static final double MIN_SPREAD = 0.15;
  /** An edge further than this from the fit does not belong to the scene's verticals. */
  static final double MAX_RESIDUAL_DEG = 1;
  /** The edges left must agree this well, root mean square. */
  static final double MAX_RMS_DEG = 0.5;
  /** Edges further than this from the fit may form a rival set of their own. */
  static final double RIVAL_APART_DEG = 2;
  /**
   * A rival set must carry this share of the kept edges' support to cast doubt; its edges need only lie within
   * {@link #MAX_RESIDUAL_DEG} of their common lean, as doubt needs less proof than a lean does.
   */
  static final double RIVAL_SHARE = 1.0 / 3;

  private TrueVertical() {}

  /**
   * How the scene's verticals lean where the runner is.
   *
   * @param angleDeg lean of the true vertical at the runner from the image's columns, positive when its top is to the
   *     right
   * @param convergenceDegPerPx how the lean changes per pixel to the right (0 where the edges are too close together
   *     to tell)
   * @param lines the edges that agree on it
   * @param rmsDeg how well they agree, root mean square
   */
  public record Estimate(double angleDeg, double convergenceDegPerPx, int lines, double rmsDeg) {

    /** Slope of the true horizontal, degrees, positive when it rises to the right (runpose's ground slope). */
    public double groundSlopeDeg() {
      return -angleDeg;
    }
  }

  /**
   * The true vertical at {@code xPx}, or null when too few edges agree or a rival set of edges makes it doubtful.
   *
   * @param widthPx the picture's width: edges spread over less than {@link #MIN_SPREAD} of it give one lean for the
   *     whole picture, not one that changes across it
   */
  public static Estimate at(List<SceneLine> lines, double xPx, double widthPx) {
    List<SceneLine> kept = new ArrayList<>(lines);
    Estimate best = agreeing(kept, xPx, widthPx, MAX_RMS_DEG, null);
    if (best == null) {
      return null;
    }
    double convergence = best.convergenceDegPerPx();
    List<SceneLine> rivals = new ArrayList<>(lines.stream()
        .filter(l -> Math.abs(l.angleDeg() - best.angleDeg() - convergence * (l.midXPx() - xPx)) > RIVAL_APART_DEG)
        .toList());
    Estimate rival = agreeing(rivals, xPx, widthPx, MAX_RESIDUAL_DEG, convergence);
    return rival != null && support(rivals) >= RIVAL_SHARE * support(kept)
        && Math.abs(rival.angleDeg()) < Math.abs(best.angleDeg()) ? null : best;
  }

  /**
   * The lean the edges agree on at {@code xPx}, leaving out those that do not fit until the rest do; null when too
   * few agree. {@code kept} is left holding the edges that agree (or too few).
   *
   * @param convergenceDegPerPx how the lean changes across the picture, or null to fit it too
   */
  private static Estimate agreeing(List<SceneLine> kept, double xPx, double widthPx, double maxRmsDeg,
      Double convergenceDegPerPx) {
    while (kept.size() >= MIN_LINES) {
      double[] fit = fit(kept, xPx, MIN_SPREAD * widthPx, convergenceDegPerPx);
      SceneLine worst = null;
      double worstResidual = 0;
      double sumSq = 0;
      double weights = 0;
      for (SceneLine l : kept) {
        double r = l.angleDeg() - (fit[0] + fit[1] * (l.midXPx() - xPx));
        sumSq += l.supportPx() * r * r;
        weights += l.supportPx();
        if (Math.abs(r) > worstResidual) {
          worstResidual = Math.abs(r);
          worst = l;
        }
      }
      if (worstResidual <= MAX_RESIDUAL_DEG) {
        double rms = Math.sqrt(sumSq / weights);
        // Edges are only looked for near the image's columns: a lean beyond that at the runner is an extrapolation.
        return rms <= maxRmsDeg && distinctEdges(kept, widthPx) >= MIN_LINES
            && Math.abs(fit[0]) <= VerticalLines.MAX_LEAN_DEG ? new Estimate(fit[0], fit[1], kept.size(), rms) : null;
      }
      kept.remove(worst);
    }
    return null;
  }

  private static double support(List<SceneLine> lines) {
    return lines.stream().mapToDouble(SceneLine::supportPx).sum();
  }

  /**
   * Edges in different places across the picture: the same edge found in several frames, or both sides of one post,
   * count once. One leaning object (a whiteboard against the wall) gives two edges, not a scene.
   */
  static int distinctEdges(List<SceneLine> lines, double widthPx) {
    double[] xs = lines.stream().mapToDouble(SceneLine::midXPx).sorted().toArray();
    int distinct = 0;
    double last = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      if (x - last > SAME_EDGE * widthPx) {
        distinct++;
      }
      last = x;
    }
    return distinct;
  }

  /**
   * Least squares angle = a + b (x - x0), weighted by each edge's support; with the edges spread (standard deviation
   * across the picture) less than {@code minSpreadPx}, only a; with {@code givenSlope} as b, only a.
   */
  private static double[] fit(List<SceneLine> lines, double x0, double minSpreadPx, Double givenSlope) {
    double sw = 0;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (SceneLine l : lines) {
      double w = l.supportPx();
      double x = l.midXPx() - x0;
      sw += w;
      sx += w * x;
      sy += w * l.angleDeg();
      sxx += w * x * x;
      sxy += w * x * l.angleDeg();
    }
    double den = sw * sxx - sx * sx;
    double b = givenSlope != null ? givenSlope
        : den > minSpreadPx * minSpreadPx * sw * sw ? (sw * sxy - sx * sy) / den : 0;
    return new double[] {(sy - b * sx) / sw, b};
  }
}
