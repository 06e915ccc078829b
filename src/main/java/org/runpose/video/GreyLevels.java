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
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int w = image.getWidth() / step;
    int h = image.getHeight() / step;
    int stride = image.getWidth() * 3;
    float[] grey = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int i = y * step * stride + x * step * 3;
        grey[y * w + x] = 0.114f * (bgr[i] & 0xff) + 0.587f * (bgr[i + 1] & 0xff) + 0.299f * (bgr[i + 2] & 0xff);
      }
    }
    return grey;
  }

  /**
   * The mean grey level (0-255) of each {@code step x step} block of a {@link BufferedImage#TYPE_3BYTE_BGR} image,
   * row by row: {@code width / step} values a row, {@code height / step} rows. Averaging keeps the camera's and the
   * codec's pixel noise out of comparisons between frames.
   */
  public static float[] blockMeans(BufferedImage image, int step) {
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int w = image.getWidth() / step;
    int h = image.getHeight() / step;
    int stride = image.getWidth() * 3;
    float[] grey = new float[w * h];
    for (int y = 0; y < h * step; y++) {
      int row = y * stride;
      int cellRow = (y / step) * w;
      for (int x = 0; x < w * step; x++) {
        int i = row + x * 3;
        grey[cellRow + x / step] +=
            0.114f * (bgr[i] & 0xff) + 0.587f * (bgr[i + 1] & 0xff) + 0.299f * (bgr[i + 2] & 0xff);
      }
    }
    float cell = step * step;
    for (int i = 0; i < grey.length; i++) {
      grey[i] /= cell;
    }
    return grey;
  }
}
