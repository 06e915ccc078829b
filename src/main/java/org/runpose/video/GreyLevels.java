package org.runpose.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Grey levels of a decoded frame, sampled coarsely for measures that need no more. */
public final class GreyLevels {

  private GreyLevels() {}

  /**
   * The grey level (0-255) of every {@code step}-th pixel of every {@code step}-th row of a
   * {@link BufferedImage#TYPE_3BYTE_BGR} image, row by row: {@code width / step} values a row, {@code height / step}
   * rows.
   */
  public static float[] sample(BufferedImage image, int step) {
    return grey(image, step, 1);
  }

  /**
   * The mean grey level of each {@code step x step} block, laid out as {@link #sample}. Averaging keeps the camera's
   * and the codec's pixel noise out of comparisons between frames.
   */
  public static float[] blockMeans(BufferedImage image, int step) {
    return grey(image, step, step);
  }

  /** The mean over the first {@code n x n} pixels of each {@code step x step} block. */
  private static float[] grey(BufferedImage image, int step, int n) {
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int w = image.getWidth() / step;
    int h = image.getHeight() / step;
    int stride = image.getWidth() * 3;
    float[] grey = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float sum = 0;
        for (int dy = 0; dy < n; dy++) {
          int i = (y * step + dy) * stride + x * step * 3;
          for (int dx = 0; dx < n; dx++, i += 3) {
            sum += 0.114f * (bgr[i] & 0xff) + 0.587f * (bgr[i + 1] & 0xff) + 0.299f * (bgr[i + 2] & 0xff);
          }
        }
        grey[y * w + x] = sum / (n * n);
      }
    }
    return grey;
  }
}
