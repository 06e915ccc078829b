package org.runpose.video;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Tells a frame that shows the same picture as the one before it: a paused or frozen stretch of an edited clip, or
 * frames repeated to change the frame rate (one in six from 25 to 30 frames a second) where the file was not
 * compressed again afterwards. Such a frame holds no motion, and its time stamp is not when its picture was taken.
 */
public final class PictureRepeats {

  /**
   * Mean difference of block-averaged grey levels (of 255) below which two pictures are the same: the frozen start of
   * an edited clip differs by its compression noise (0.0-0.18 where the runner is), a runner standing still filmed
   * live by the camera's noise (0.42 and more in the clips seen). Frames repeated to change the frame rate and then
   * compressed again differ by as much as live ones (0.1-0.8) and are not told apart.
   */
  static final double SAME_GREY = 0.2;
  /** Pictures are compared at about this height, which keeps it cheap at any resolution. */
  static final int WORK_HEIGHT_PX = 180;

  /** The last picture given; a decoded frame owns its image, so keeping it costs no copy. */
  private BufferedImage previous;
  /**
   * The block means of {@link #previous} worked out when it was compared with the one before it (NaN for blocks
   * not read), so that each picture's blocks are averaged once, not once as each of the two pictures compared.
   */
  private float[] previousMeans;
  /** The array the next picture's block means go into; the two are swapped after each comparison. */
  private float[] currentMeans;

  /**
   * Whether the image repeats the last one given, compared inside {@code region} {xMin, yMin, xMax, yMax} in image
   * pixels: where the runner is, since only the runner is sure to move in a live picture (a still scene filmed by a
   * good camera changes less than a repeated frame's compression noise). Without a region nothing is a repeat. The
   * image becomes the one the next is compared with. Only the region is read, in both pictures.
   */
  public boolean repeats(BufferedImage image, double[] region) {
    boolean compared = region != null && previous != null && previous.getWidth() == image.getWidth()
        && previous.getHeight() == image.getHeight();
    boolean same = compared && meanDifference(image, region) < SAME_GREY;
    previous = image;
    if (compared) {
      float[] swap = previousMeans;
      previousMeans = currentMeans;
      currentMeans = swap;
    } else {
      previousMeans = null;
    }
    return same;
  }

  /**
   * Mean difference of the previous picture's and this one's block-averaged grey levels over the blocks the region
   * touches; this picture's block means are left in {@link #currentMeans}.
   */
  private double meanDifference(BufferedImage image, double[] region) {
    int step = Math.max(1, image.getHeight() / WORK_HEIGHT_PX);
    int w = image.getWidth() / step;
    int h = image.getHeight() / step;
    if (currentMeans == null || currentMeans.length != w * h) {
      currentMeans = new float[w * h];
    }
    Arrays.fill(currentMeans, Float.NaN);
    boolean known = previousMeans != null && previousMeans.length == w * h;
    int x0 = clamp((int) Math.floor(region[0] / step), w);
    int y0 = clamp((int) Math.floor(region[1] / step), h);
    int x1 = clamp((int) Math.ceil(region[2] / step), w);
    int y1 = clamp((int) Math.ceil(region[3] / step), h);
    if (x1 <= x0 || y1 <= y0) {
      return Double.POSITIVE_INFINITY;
    }
    double sum = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int i = y * w + x;
        float before = known && !Float.isNaN(previousMeans[i]) ? previousMeans[i]
            : GreyLevels.blockMean(previous, x, y, step);
        float now = GreyLevels.blockMean(image, x, y, step);
        currentMeans[i] = now;
        sum += Math.abs(before - now);
      }
    }
    return sum / ((double) (x1 - x0) * (y1 - y0));
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(max, v));
  }
}
