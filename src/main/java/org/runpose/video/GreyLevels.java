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
    byte[] bgr = bgr(image);
    int w = image.getWidth() / step;
    int h = image.getHeight() / step;
    int stride = image.getWidth() * 3;
    float[] grey = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        grey[y * w + x] = grey(bgr, y * step * stride + x * step * 3);
      }
    }
    return grey;
  }

  /**
   * The mean grey level of the {@code step x step} block at block column {@code blockX} and row {@code blockY}.
   * Averaging keeps the camera's and the codec's pixel noise out of comparisons between frames.
   */
  public static float blockMean(BufferedImage image, int blockX, int blockY, int step) {
    byte[] bgr = bgr(image);
    int stride = image.getWidth() * 3;
    float sum = 0;
    for (int dy = 0; dy < step; dy++) {
      int i = (blockY * step + dy) * stride + blockX * step * 3;
      for (int dx = 0; dx < step; dx++, i += 3) {
        sum += grey(bgr, i);
      }
    }
    return sum / (step * step);
  }

  private static byte[] bgr(BufferedImage image) {
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  private static float grey(byte[] bgr, int i) {
    return 0.114f * (bgr[i] & 0xff) + 0.587f * (bgr[i + 1] & 0xff) + 0.299f * (bgr[i + 2] & 0xff);
  }
}
