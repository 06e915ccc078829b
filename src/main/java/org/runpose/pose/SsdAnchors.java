package org.runpose.pose;

/**
 * Anchor centres of the BlazePose detector, as MediaPipe's SsdAnchorsCalculator builds them for
 * pose_detection: 224x224 input, strides 8,16,32,32,32, two anchors per layer, fixed unit anchor size.
 * Layers that share a stride share one feature map, so the counts are 28²·2 + 14²·2 + 7²·6 = 2254.
 */
final class SsdAnchors {

  static final int INPUT_SIZE_PX = 224;
  private static final int[] STRIDES = {8, 16, 32, 32, 32};
  private static final int ANCHORS_PER_LAYER = 2;

  /** Centres as fractions of the input, interleaved x0, y0, x1, y1, ... in the model's output order. */
  static final double[] CENTERS = build();
  static final int COUNT = CENTERS.length / 2;

  private SsdAnchors() {}

  private static double[] build() {
    int total = 0;
    for (int stride : STRIDES) {
      int map = ceilDiv(INPUT_SIZE_PX, stride);
      total += map * map * ANCHORS_PER_LAYER;
    }
    double[] centers = new double[2 * total];
    int n = 0;
    int layer = 0;
    while (layer < STRIDES.length) {
      int stride = STRIDES[layer];
      int sameStride = 0;
      while (layer + sameStride < STRIDES.length && STRIDES[layer + sameStride] == stride) {
        sameStride++;
      }
      int map = ceilDiv(INPUT_SIZE_PX, stride);
      int perCell = sameStride * ANCHORS_PER_LAYER;
      for (int y = 0; y < map; y++) {
        for (int x = 0; x < map; x++) {
          for (int a = 0; a < perCell; a++) {
            centers[n++] = (x + 0.5) / map;
            centers[n++] = (y + 0.5) / map;
          }
        }
      }
      layer += sameStride;
    }
    return centers;
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }
}
