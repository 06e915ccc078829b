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
 * back are skipped, because the arm would fill the hollow in the mask.
 */
public final class BackContour {

  /** Levels along the trunk axis, as fractions of its length from the hip midpoint (0) to the shoulders (1). */
  static final double BUTTOCKS_FROM = -0.25;
  static final double BUTTOCKS_TO = 0.1;
  static final double UPPER_BACK_FROM = 0.55;
  static final double UPPER_BACK_TO = 0.9;
  private static final double LEVEL_STEP = 0.025;
  private static final double MASK_THRESHOLD = 0.5;
  /** How far behind the trunk axis the back edge is searched, as a fraction of trunk length. */
  private static final double MAX_DEPTH = 0.6;
  /** An elbow or wrist further behind the trunk axis than this fraction of trunk length hides the back. */
  private static final double ARM_BEHIND = 0.05;

  private BackContour() {}

  /**
   * The lumbar measure of one frame with where it was taken, or null when the frame does not show the back clearly
   * (no pose, arm behind the back, mask edge not found).
   */
  public static LumbarTrace lumbarTrace(PoseFrame pose, SegmentationMask mask, BodyFrame frame) {
    if (!pose.found()) {
      return null;
    }
    double hx = mid(pose, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, true);
    double hy = mid(pose, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, false);
    double sx = mid(pose, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, true);
    double sy = mid(pose, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, false);
    double length = Math.hypot(sx - hx, sy - hy);
    if (!(length > 10)) {
      return null;
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
    if (armBehindBack(pose, hx, hy, nx, ny, length)) {
      return null;
    }
    int levels = (int) Math.round((UPPER_BACK_TO - BUTTOCKS_FROM) / LEVEL_STEP) + 1;
    double[] level = new double[levels];
    double[] depth = new double[levels];
    for (int i = 0; i < levels; i++) {
      level[i] = BUTTOCKS_FROM + i * LEVEL_STEP;
      depth[i] = backEdge(mask, hx + level[i] * length * ex, hy + level[i] * length * ey, nx, ny, length);
    }
    int buttocks = deepest(level, depth, BUTTOCKS_FROM, BUTTOCKS_TO);
    int upper = deepest(level, depth, UPPER_BACK_FROM, UPPER_BACK_TO);
    if (buttocks < 0 || upper < 0) {
      return null;
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
        return null;
      }
      double chord = d0 + (d1 - d0) * (level[i] - l0) / (l1 - l0);
      if (chord - depth[i] / length > hollow) {
        hollow = chord - depth[i] / length;
        deepestIndex = i;
      }
    }
    double slope = (d1 - d0) / (l1 - l0);
    double chordAtDeepest = d0 + slope * (level[deepestIndex] - l0);
    Axis axis = new Axis(hx, hy, ex, ey, nx, ny, length);
    return new LumbarTrace(100 * hollow / Math.sqrt(1 + slope * slope),
        axis.at(level[buttocks], d0), axis.at(level[upper], d1), axis.at(level[deepestIndex],
            depth[deepestIndex] / length), axis.at(level[deepestIndex], chordAtDeepest));
  }

  /** The trunk axis with its backward normal: (level, depth) in trunk lengths to image pixels. */
  private record Axis(double hx, double hy, double ex, double ey, double nx, double ny, double length) {
    LumbarTrace.PointPx at(double level, double depth) {
      return new LumbarTrace.PointPx(hx + (level * ex + depth * nx) * length, hy + (level * ey + depth * ny) * length);
    }
  }

  private static boolean armBehindBack(PoseFrame pose, double hx, double hy, double nx, double ny, double length) {
    for (BodyLandmark lm :
        new BodyLandmark[] {
          BodyLandmark.LEFT_ELBOW, BodyLandmark.RIGHT_ELBOW, BodyLandmark.LEFT_WRIST, BodyLandmark.RIGHT_WRIST
        }) {
      var k = pose.keypoint(lm);
      double behind = (k.xPx() - hx) * nx + (k.yPx() - hy) * ny;
      if (behind > ARM_BEHIND * length) {
        return true;
      }
    }
    return false;
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

  private static double mid(PoseFrame pose, BodyLandmark a, BodyLandmark b, boolean x) {
    return x
        ? (pose.keypoint(a).xPx() + pose.keypoint(b).xPx()) / 2
        : (pose.keypoint(a).yPx() + pose.keypoint(b).yPx()) / 2;
  }
}
