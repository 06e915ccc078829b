package org.runpose.pose;

import java.util.function.BiPredicate;

/** Person masks drawn by hand, for the stages that read masks. */
public final class TestMasks {

  private TestMasks() {}

  /** A mask of {@code size x size} cells over the square {@code roi}, on inside the given image rectangle. */
  public static SegmentationMask rectangle(Roi roi, int size, double x0Px, double y0Px, double x1Px, double y1Px) {
    return region(roi, size, (x, y) -> x >= x0Px && x <= x1Px && y >= y0Px && y <= y1Px);
  }

  /** A mask of {@code size x size} cells over the square {@code roi}, on where the image point {x, y} is inside. */
  public static SegmentationMask region(Roi roi, int size, BiPredicate<Double, Double> inside) {
    float[] logits = new float[size * size];
    for (int row = 0; row < size; row++) {
      for (int col = 0; col < size; col++) {
        double x = roi.centerXPx() + ((col + 0.5) / size - 0.5) * roi.sizePx();
        double y = roi.centerYPx() + ((row + 0.5) / size - 0.5) * roi.sizePx();
        logits[row * size + col] = inside.test(x, y) ? 20f : -20f;
      }
    }
    return SegmentationMask.fromLogits(roi, logits, false);
  }
}
