package org.runpose.pose;

/**
 * A person found by the detector, in image pixels.
 *
 * @param score probability in [0,1]
 * @param xMinPx box left
 * @param yMinPx box top
 * @param widthPx box width
 * @param heightPx box height
 * @param keypointsPx the detector's 4 alignment points, interleaved x, y: hip centre, body-scale point (above the
 *     head, on the hip-to-head line), shoulder centre, head
 */
public record Detection(
    double score, double xMinPx, double yMinPx, double widthPx, double heightPx, double[] keypointsPx) {

  static final int KEYPOINTS = 4;
  /** MediaPipe enlarges the alignment square by this factor to leave room for the limbs. */
  static final double ROI_SCALE = 1.25;

  public Detection {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0,1]: " + score);
    }
    if (keypointsPx.length != 2 * KEYPOINTS) {
      throw new IllegalArgumentException("expected " + KEYPOINTS + " keypoints");
    }
    keypointsPx = keypointsPx.clone();
  }

  @Override
  public double[] keypointsPx() {
    return keypointsPx.clone();
  }

  /** The landmark model's region: centred on the hip centre, rotated so the body points up. */
  public Roi roi() {
    return Roi.fromAlignmentPoints(keypointsPx[0], keypointsPx[1], keypointsPx[2], keypointsPx[3], ROI_SCALE);
  }

  double area() {
    return widthPx * heightPx;
  }

  double iou(Detection o) {
    double ix = Math.min(xMinPx + widthPx, o.xMinPx + o.widthPx) - Math.max(xMinPx, o.xMinPx);
    double iy = Math.min(yMinPx + heightPx, o.yMinPx + o.heightPx) - Math.max(yMinPx, o.yMinPx);
    if (ix <= 0 || iy <= 0) {
      return 0;
    }
    double inter = ix * iy;
    return inter / (area() + o.area() - inter);
  }
}
