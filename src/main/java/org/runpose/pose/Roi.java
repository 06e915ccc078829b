package org.runpose.pose;

/**
 * A square, rotated region of the image that the landmark model looks at.
 *
 * @param centerXPx centre, image pixels
 * @param centerYPx centre, image pixels
 * @param sizePx side length, image pixels
 * @param rotationRad clockwise rotation on screen (image y points down) that makes the person upright in the crop
 */
public record Roi(double centerXPx, double centerYPx, double sizePx, double rotationRad) {

  public Roi {
    if (!Double.isFinite(centerXPx) || !Double.isFinite(centerYPx) || !Double.isFinite(rotationRad)) {
      throw new IllegalArgumentException("ROI must be finite");
    }
    if (!(sizePx > 0) || Double.isInfinite(sizePx)) {
      throw new IllegalArgumentException("ROI size must be positive: " + sizePx);
    }
  }

  /**
   * The square region that MediaPipe derives from two alignment points: centred on {@code center}, side
   * {@code 2 * scaleFactor * |scale - center|}, rotated so that center -> scale points up.
   */
  public static Roi fromAlignmentPoints(
      double centerXPx, double centerYPx, double scaleXPx, double scaleYPx, double scaleFactor) {
    double dx = scaleXPx - centerXPx;
    double dy = scaleYPx - centerYPx;
    double size = 2 * Math.hypot(dx, dy) * scaleFactor;
    double rotation = normalize(Math.PI / 2 - Math.atan2(-dy, dx));
    return new Roi(centerXPx, centerYPx, size, rotation);
  }

  /** Image position of a crop position given as fractions {@code (u, v)} of the crop, (0,0) the top-left. */
  public double[] toImage(double u, double v) {
    double x = (u - 0.5) * sizePx;
    double y = (v - 0.5) * sizePx;
    double cos = Math.cos(rotationRad);
    double sin = Math.sin(rotationRad);
    return new double[] {centerXPx + cos * x - sin * y, centerYPx + sin * x + cos * y};
  }

  /** Inverse of {@link #toImage}: crop fractions {@code (u, v)} of an image position. */
  public double[] toCrop(double xPx, double yPx) {
    double x = xPx - centerXPx;
    double y = yPx - centerYPx;
    double cos = Math.cos(rotationRad);
    double sin = Math.sin(rotationRad);
    return new double[] {(cos * x + sin * y) / sizePx + 0.5, (-sin * x + cos * y) / sizePx + 0.5};
  }

  static double normalize(double angleRad) {
    return angleRad - 2 * Math.PI * Math.floor((angleRad + Math.PI) / (2 * Math.PI));
  }
}
