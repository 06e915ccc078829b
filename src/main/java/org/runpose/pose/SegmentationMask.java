package org.runpose.pose;

import java.util.Objects;

/**
 * The landmark model's person mask, kept in its own crop and mapped to image coordinates on demand, so a frame's
 * mask costs 64 KB whatever the video resolution.
 */
public final class SegmentationMask {

  private final Roi roi;
  private final int sizePx;
  private final byte[] probability;
  // The posture stage samples a mask tens of thousands of times a frame: keep the rotation's trigonometry.
  private final double cos;
  private final double sin;

  private SegmentationMask(Roi roi, int sizePx, byte[] probability) {
    this.roi = roi;
    this.sizePx = sizePx;
    this.probability = probability;
    this.cos = Math.cos(roi.rotationRad());
    this.sin = Math.sin(roi.rotationRad());
  }

  /**
   * Quantises a square {@code size x size} map of logits over {@code roi} to 8-bit probabilities; a map made on
   * the mirrored crop ({@code mirrored}) is turned back.
   */
  static SegmentationMask fromLogits(Roi roi, float[] logits, boolean mirrored) {
    Objects.requireNonNull(roi, "roi");
    int size = (int) Math.round(Math.sqrt(logits.length));
    if (size * size != logits.length) {
      throw new IllegalArgumentException("segmentation output is not square: " + logits.length + " values");
    }
    byte[] p = new byte[logits.length];
    for (int row = 0; row < size; row++) {
      for (int col = 0; col < size; col++) {
        float logit = logits[row * size + (mirrored ? size - 1 - col : col)];
        p[row * size + col] = (byte) Math.round(255 * LandmarkDecoder.sigmoid(logit));
      }
    }
    return new SegmentationMask(roi, size, p);
  }

  /** The region of the image the mask covers; outside it the probability is 0. */
  public Roi roi() {
    return roi;
  }

  /**
   * Probability in [0,1] that the image position belongs to the person, interpolated between mask cells so that
   * edges can be located to a fraction of a cell.
   */
  public double probabilityAt(double xPx, double yPx) {
    // Same mapping as Roi.toCrop, without a trigonometric call and an array per sample.
    double x = xPx - roi.centerXPx();
    double y = yPx - roi.centerYPx();
    double fx = ((cos * x + sin * y) / roi.sizePx() + 0.5) * sizePx - 0.5;
    double fy = ((-sin * x + cos * y) / roi.sizePx() + 0.5) * sizePx - 0.5;
    if (fx <= -1 || fy <= -1 || fx >= sizePx || fy >= sizePx) {
      return 0;
    }
    int c0 = (int) Math.floor(fx);
    int r0 = (int) Math.floor(fy);
    double ax = fx - c0;
    double ay = fy - r0;
    return (cell(r0, c0) * (1 - ax) + cell(r0, c0 + 1) * ax) * (1 - ay)
        + (cell(r0 + 1, c0) * (1 - ax) + cell(r0 + 1, c0 + 1) * ax) * ay;
  }

  /** A cell's probability; outside the crop the person is absent. */
  private double cell(int row, int col) {
    if (col < 0 || row < 0 || col >= sizePx || row >= sizePx) {
      return 0;
    }
    return (probability[row * sizePx + col] & 0xff) / 255.0;
  }
}
