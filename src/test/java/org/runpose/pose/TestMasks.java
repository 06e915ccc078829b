package org.runpose.pose;

/** Person masks drawn by hand, for the stages that read masks. */
public final class TestMasks {

  private TestMasks() {}

  /** A mask of {@code size x size} cells over the square {@code roi}, on inside the given image rectangle. */
  public static SegmentationMask rectangle(Roi roi, int size, double x0Px, double y0Px, double x1Px, double y1Px) {
    float[] logits = new float[size * size];
    for (int row = 0; row < size; row++) {
      for (int col = 0; col < size; col++) {
        double x = roi.centerXPx() + ((col + 0.5) / size - 0.5) * roi.sizePx();
        double y = roi.centerYPx() + ((row + 0.5) / size - 0.5) * roi.sizePx();
        logits[row * size + col] = x >= x0Px && x <= x1Px && y >= y0Px && y <= y1Px ? 20f : -20f;
      }
    }
    return SegmentationMask.fromLogits(roi, logits, false);
  }
}
