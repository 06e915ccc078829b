package org.runpose.pose;

/**
 * Fits an image into a square model input without distortion, padding the short side equally on both ends.
 *
 * @param scale input pixels per image pixel
 * @param padXPx left padding, input pixels
 * @param padYPx top padding, input pixels
 */
public record Letterbox(double scale, double padXPx, double padYPx) {

  public Letterbox {
    if (!(scale > 0) || padXPx < 0 || padYPx < 0) {
      throw new IllegalArgumentException("invalid letterbox: scale " + scale + ", pad " + padXPx + "," + padYPx);
    }
  }

  public static Letterbox fit(int widthPx, int heightPx, int inputSizePx) {
    double scale = (double) inputSizePx / Math.max(widthPx, heightPx);
    // The long side fills the input exactly: computed, its padding can come out a rounding error below zero.
    return new Letterbox(scale, widthPx >= heightPx ? 0 : (inputSizePx - widthPx * scale) / 2,
        heightPx >= widthPx ? 0 : (inputSizePx - heightPx * scale) / 2);
  }

  public double toImageX(double inputXPx) {
    return (inputXPx - padXPx) / scale;
  }

  public double toImageY(double inputYPx) {
    return (inputYPx - padYPx) / scale;
  }
}
