package org.runpose.posture;

import org.runpose.pose.BodyLandmark;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.SegmentationMask;

/**
 * Lumbar curvature read from the person mask: how deep the lower back curves in, between the buttocks and the
 * upper back, as a percentage of trunk length.
 *
 * <p>The back edge of the mask is traced on lines perpendicular to the trunk axis (hip midpoint to shoulder
 * midpoint), on the side facing away from the running direction. A chord joins the most posterior point of the
 * buttocks (around hip level) to the most posterior point of the upper back; the lumbar depth is the largest
 * distance from the chord in to the back edge between them. A flat back gives about 0; an arched lower back
 * (lumbar extension with the pelvis tipped forward) gives a deeper hollow. Frames where an arm swings behind the
 * back are skipped, because the arm would fill the hollow in the mask or stand in for the upper back.
 */
public final class BackContour {

  /** Levels along the trunk axis, as fractions of its length from the hip midpoint (0) to the shoulders (1). */
  static final double BUTTOCKS_FROM = -0.25;
  static final double BUTTOCKS_TO = 0.1;
  static final double UPPER_BACK_FROM = 0.55;
  static final double UPPER_BACK_TO = 0.9;
  private static final double LEVEL_STEP = 0.025;
  /**
   * Shortest trunk, hip to shoulder in pixels, whose outline is measured: below it one pixel of the outline is more
   * than 1.5 % of the trunk length, most of the 2 points between the watch and excessive thresholds, and the mask's
   * blurred edge deepens the hollow (the rendered far runner, 51 px, read a neutral back as 4.2 %, the same runner at
   * 92 px 2.4-3.9 %).
   */
  static final double MIN_TRUNK_PX = 64;
  private static final double MASK_THRESHOLD = 0.5;
  /** How far behind the trunk axis the back edge is searched, as a fraction of trunk length. */
  private static final double MAX_DEPTH = 0.6;
  /** Points looked at along each arm segment. */
  private static final int ARM_SAMPLES = 6;

  private BackContour() {}

  /**
   * The lumbar measure of one frame with where it was taken, or why the frame does not show the back clearly (no
   * pose, arm behind the back, mask edge not found).
   */
  public static BackReading read(PoseFrame pose, SegmentationMask mask, BodyFrame frame) {
    if (!pose.found()) {
      return BackReading.hidden(BackReading.Hidden.NO_POSE);
    }
    double hx = mid(pose, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, true);
    double hy = mid(pose, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, false);
    double sx = mid(pose, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, true);
    double sy = mid(pose, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, false);
    double length = trunkLengthPx(pose);
    if (!(length >= MIN_TRUNK_PX)) {
      return BackReading.hidden(BackReading.Hidden.TRUNK_TOO_SMALL);
    }
    double ex = (sx - hx) / length;
    double ey = (sy - hy) / length;
    // Perpendicular to the axis, pointing backward (away from the running direction).
    double nx = -ey;
    double ny = ex;
    if (frame.forward(hx + nx, hy + ny) > frame.forward(hx, hy)) {
      nx = -nx;
      ny = -ny;
    }
    int levels = (int) Math.round((UPPER_BACK_TO - BUTTOCKS_FROM) / LEVEL_STEP) + 1;
    double[] level = new double[levels];
    double[] depth = new double[levels];
    for (int i = 0; i < levels; i++) {
      level[i] = BUTTOCKS_FROM + i * LEVEL_STEP;
      depth[i] = backEdge(mask, hx + level[i] * length * ex, hy + level[i] * length * ey, nx, ny, length);
    }
    Axis axis = new Axis(hx, hy, ex, ey, nx, ny, length);
    int buttocks = deepest(level, depth, BUTTOCKS_FROM, BUTTOCKS_TO);
    int upper = deepest(level, depth, UPPER_BACK_FROM, UPPER_BACK_TO);
    if (buttocks < 0 || upper < 0) {
      return BackReading.hidden(BackReading.Hidden.EDGE_NOT_FOUND);
    }
    // Chord in (level, depth) coordinates, both in trunk lengths; distance measured along the perpendicular.
    double l0 = level[buttocks];
    double d0 = depth[buttocks] / length;
    double l1 = level[upper];
    double d1 = depth[upper] / length;
    double hollow = 0;
    int deepestIndex = buttocks;
    for (int i = buttocks + 1; i < upper; i++) {
      if (Double.isNaN(depth[i])) {
        return BackReading.hidden(BackReading.Hidden.EDGE_NOT_FOUND);
      }
      double chord = d0 + (d1 - d0) * (level[i] - l0) / (l1 - l0);
      if (chord - depth[i] / length > hollow) {
        hollow = chord - depth[i] / length;
        deepestIndex = i;
      }
    }
    double slope = (d1 - d0) / (l1 - l0);
    double chordAtDeepest = d0 + slope * (level[deepestIndex] - l0);
    return BackReading.shown(new LumbarTrace(100 * hollow / Math.sqrt(1 + slope * slope),
        axis.at(level[buttocks], d0), axis.at(level[upper], d1), axis.at(level[deepestIndex],
            depth[deepestIndex] / length), axis.at(level[deepestIndex], chordAtDeepest)),
        armClearance(pose, axis, depth));
  }

  /** The trunk axis with its backward normal: (level, depth) in trunk lengths to image pixels and back. */
  private record Axis(double hx, double hy, double ex, double ey, double nx, double ny, double length) {
    LumbarTrace.PointPx at(double level, double depth) {
      return new LumbarTrace.PointPx(hx + (level * ex + depth * nx) * length, hy + (level * ey + depth * ny) * length);
    }

    double level(double x, double y) {
      return ((x - hx) * ex + (y - hy) * ey) / length;
    }

    double depth(double x, double y) {
      return ((x - hx) * nx + (y - hy) * ny) / length;
    }
  }

  /**
   * How far inside the back's outline the arms stay where the hollow is measured, in trunk lengths: the least, over
   * points along both upper arms and forearms, of the traced edge's depth minus the point's (negative beyond the
   * edge). An arm swinging over the side of the trunk does not change the outline; one on the outline does.
   */
  private static double armClearance(PoseFrame pose, Axis axis, double[] depth) {
    double clearance = Double.POSITIVE_INFINITY;
    BodyLandmark[][] segments = {
      {BodyLandmark.LEFT_SHOULDER, BodyLandmark.LEFT_ELBOW}, {BodyLandmark.LEFT_ELBOW, BodyLandmark.LEFT_WRIST},
      {BodyLandmark.RIGHT_SHOULDER, BodyLandmark.RIGHT_ELBOW}, {BodyLandmark.RIGHT_ELBOW, BodyLandmark.RIGHT_WRIST}
    };
    for (BodyLandmark[] seg : segments) {
      var a = pose.keypoint(seg[0]);
      var b = pose.keypoint(seg[1]);
      for (int k = 0; k <= ARM_SAMPLES; k++) {
        double f = (double) k / ARM_SAMPLES;
        double x = a.xPx() + f * (b.xPx() - a.xPx());
        double y = a.yPx() + f * (b.yPx() - a.yPx());
        int i = (int) Math.round((axis.level(x, y) - BUTTOCKS_FROM) / LEVEL_STEP);
        if (i < 0 || i >= depth.length) {
          continue;
        }
        double edge = Double.isNaN(depth[i]) ? 0 : depth[i] / axis.length();
        clearance = Math.min(clearance, edge - axis.depth(x, y));
      }
    }
    return Math.min(clearance, 1);
  }

  /** The least distance from either elbow to the trace's upper-back point, in trunk lengths (hips to shoulders). */
  static double elbowToUpperBackTrunks(PoseFrame pose, LumbarTrace trace) {
    double length = trunkLengthPx(pose);
    double nearest = Double.POSITIVE_INFINITY;
    for (BodyLandmark elbow : new BodyLandmark[] {BodyLandmark.LEFT_ELBOW, BodyLandmark.RIGHT_ELBOW}) {
      nearest = Math.min(nearest, Math.hypot(pose.keypoint(elbow).xPx() - trace.upperBack().xPx(),
          pose.keypoint(elbow).yPx() - trace.upperBack().yPx()));
    }
    return nearest / length;
  }

  /** Distance from the axis point to the mask's back edge along the backward normal, or NaN. */
  private static double backEdge(SegmentationMask mask, double px, double py, double nx, double ny, double length) {
    if (mask.probabilityAt(px, py) < MASK_THRESHOLD) {
      return Double.NaN;
    }
    double max = MAX_DEPTH * length;
    for (double d = 0.5; d <= max; d += 0.5) {
      if (mask.probabilityAt(px + d * nx, py + d * ny) < MASK_THRESHOLD) {
        return d;
      }
    }
    return Double.NaN;
  }

  private static int deepest(double[] level, double[] depth, double from, double to) {
    int best = -1;
    for (int i = 0; i < level.length; i++) {
      if (level[i] >= from - 1e-9 && level[i] <= to + 1e-9 && !Double.isNaN(depth[i])
          && (best < 0 || depth[i] > depth[best])) {
        best = i;
      }
    }
    return best;
  }

  /** Hip midpoint to shoulder midpoint, in image pixels. */
  private static double trunkLengthPx(PoseFrame pose) {
    return Math.hypot(mid(pose, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, true)
        - mid(pose, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, true),
        mid(pose, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, false)
            - mid(pose, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, false));
  }

  private static double mid(PoseFrame pose, BodyLandmark a, BodyLandmark b, boolean x) {
    return x
        ? (pose.keypoint(a).xPx() + pose.keypoint(b).xPx()) / 2
        : (pose.keypoint(a).yPx() + pose.keypoint(b).yPx()) / 2;
  }
}
