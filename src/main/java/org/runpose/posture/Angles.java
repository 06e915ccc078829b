package org.runpose.posture;

/** Plane angles between keypoints. */
public final class Angles {

  private Angles() {}

  /** Flexion at joint {@code b} of the chain a-b-c: 0 when straight, in degrees. */
  public static double flexionDeg(double ax, double ay, double bx, double by, double cx, double cy) {
    double ux = ax - bx;
    double uy = ay - by;
    double vx = cx - bx;
    double vy = cy - by;
    double cos = (ux * vx + uy * vy) / (Math.hypot(ux, uy) * Math.hypot(vx, vy));
    return 180 - Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cos))));
  }
}
