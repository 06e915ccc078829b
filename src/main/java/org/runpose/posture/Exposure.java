package org.runpose.posture;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;

/**
 * How well lit the runner is in one frame: the grey levels (0-255) over the box around their keypoints. The pose
 * model finds joints from the contrast of limbs against what is behind them; in a dark or flat picture it places
 * them less well, and the lean reads wrong without any other sign (a rendered runner darkened to a spread of 24
 * grey levels read 2° less forward, to 14 almost 4°).
 *
 * @param meanGrey mean grey level
 * @param spreadGrey standard deviation of the grey levels: the contrast the model has to work with
 */
public record Exposure(double meanGrey, double spreadGrey) {

  /** Pixels looked at per frame, at most: the box is sampled on a grid. */
  private static final int SAMPLES = 4096;

  public Exposure {
    if (!(meanGrey >= 0 && meanGrey <= 255) || !(spreadGrey >= 0 && spreadGrey <= 255)) {
      throw new IllegalArgumentException("grey levels lie in 0-255: " + meanGrey + ", " + spreadGrey);
    }
  }

  /** The exposure over the runner's keypoint box, or null without a pose or with an image runpose cannot read. */
  static Exposure measure(BufferedImage image, PoseFrame pose) {
    if (!pose.found() || image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      return null;
    }
    double x0 = Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (Keypoint k : pose.keypoints()) {
      x0 = Math.min(x0, k.xPx());
      y0 = Math.min(y0, k.yPx());
      x1 = Math.max(x1, k.xPx());
      y1 = Math.max(y1, k.yPx());
    }
    int left = Math.max(0, (int) Math.floor(x0));
    int top = Math.max(0, (int) Math.floor(y0));
    int right = Math.min(image.getWidth() - 1, (int) Math.ceil(x1));
    int bottom = Math.min(image.getHeight() - 1, (int) Math.ceil(y1));
    if (right <= left || bottom <= top) {
      return null;
    }
    int step = Math.max(1, (int) Math.sqrt((double) (right - left + 1) * (bottom - top + 1) / SAMPLES));
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int stride = image.getWidth() * 3;
    double sum = 0;
    double sumSq = 0;
    int n = 0;
    for (int y = top; y <= bottom; y += step) {
      for (int x = left; x <= right; x += step) {
        int i = y * stride + x * 3;
        double grey = 0.114 * (bgr[i] & 0xff) + 0.587 * (bgr[i + 1] & 0xff) + 0.299 * (bgr[i + 2] & 0xff);
        sum += grey;
        sumSq += grey * grey;
        n++;
      }
    }
    double mean = sum / n;
    return new Exposure(Math.min(255, mean), Math.min(255, Math.sqrt(Math.max(0, sumSq / n - mean * mean))));
  }
}
