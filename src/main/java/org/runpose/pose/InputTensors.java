package org.runpose.pose;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Builds the models' NHWC float RGB inputs from a BGR frame, with bilinear sampling. */
final class InputTensors {

  private InputTensors() {}

  /** Detector input: the whole frame letterboxed into {@code size x size}, values in [-1,1], padding black. */
  static float[] letterboxed(BufferedImage bgr, Letterbox box, int size) {
    float[] out = new float[size * size * 3];
    Pixels px = new Pixels(bgr);
    float[] rgb = new float[3];
    for (int y = 0; y < size; y++) {
      double sy = box.toImageY(y + 0.5);
      for (int x = 0; x < size; x++) {
        double sx = box.toImageX(x + 0.5);
        int o = 3 * (y * size + x);
        if (sx < 0 || sy < 0 || sx >= px.width || sy >= px.height) {
          out[o] = out[o + 1] = out[o + 2] = -1f;
          continue;
        }
        px.sample(sx, sy, rgb);
        out[o] = rgb[0] / 127.5f - 1f;
        out[o + 1] = rgb[1] / 127.5f - 1f;
        out[o + 2] = rgb[2] / 127.5f - 1f;
      }
    }
    return out;
  }

  /**
   * Landmark input: the rotated square {@code roi} resampled to {@code size x size}, values in [0,1]; when
   * {@code mirrored}, left and right of the crop exchanged (column {@code x} shows crop fraction {@code 1 - u}).
   */
  static float[] crop(BufferedImage bgr, Roi roi, int size, boolean mirrored) {
    float[] out = new float[size * size * 3];
    Pixels px = new Pixels(bgr);
    float[] rgb = new float[3];
    // Walk the crop with the ROI's unit vectors instead of a full transform per pixel.
    double u0 = mirrored ? 1 - 0.5 / size : 0.5 / size;
    double u1 = mirrored ? 1 - 1.5 / size : 1.5 / size;
    double[] origin = roi.toImage(u0, 0.5 / size);
    double[] stepU = roi.toImage(u1, 0.5 / size);
    double[] stepV = roi.toImage(u0, 1.5 / size);
    double ux = stepU[0] - origin[0];
    double uy = stepU[1] - origin[1];
    double vx = stepV[0] - origin[0];
    double vy = stepV[1] - origin[1];
    for (int y = 0; y < size; y++) {
      double rowX = origin[0] + y * vx;
      double rowY = origin[1] + y * vy;
      for (int x = 0; x < size; x++) {
        px.sample(rowX + x * ux, rowY + x * uy, rgb);
        int o = 3 * (y * size + x);
        out[o] = rgb[0] / 255f;
        out[o + 1] = rgb[1] / 255f;
        out[o + 2] = rgb[2] / 255f;
      }
    }
    return out;
  }

  /** Bilinear access to BGR bytes; positions outside the frame take the nearest edge pixel. */
  private static final class Pixels {
    final byte[] data;
    final int width;
    final int height;

    Pixels(BufferedImage bgr) {
      if (bgr.getType() != BufferedImage.TYPE_3BYTE_BGR) {
        throw new IllegalArgumentException("expected TYPE_3BYTE_BGR, got type " + bgr.getType());
      }
      this.data = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
      this.width = bgr.getWidth();
      this.height = bgr.getHeight();
    }

    /** Samples at continuous position (x, y), pixel centres at +0.5; writes R, G, B in [0,255]. */
    void sample(double x, double y, float[] rgb) {
      double fx = clamp(x - 0.5, width - 1);
      double fy = clamp(y - 0.5, height - 1);
      int x0 = (int) fx;
      int y0 = (int) fy;
      int x1 = Math.min(x0 + 1, width - 1);
      int y1 = Math.min(y0 + 1, height - 1);
      float ax = (float) (fx - x0);
      float ay = (float) (fy - y0);
      int i00 = 3 * (y0 * width + x0);
      int i01 = 3 * (y0 * width + x1);
      int i10 = 3 * (y1 * width + x0);
      int i11 = 3 * (y1 * width + x1);
      for (int c = 0; c < 3; c++) {
        float top = (data[i00 + c] & 0xff) * (1 - ax) + (data[i01 + c] & 0xff) * ax;
        float bottom = (data[i10 + c] & 0xff) * (1 - ax) + (data[i11 + c] & 0xff) * ax;
        rgb[2 - c] = top * (1 - ay) + bottom * ay;
      }
    }

    private static double clamp(double v, int max) {
      return v < 0 ? 0 : Math.min(v, max);
    }
  }
}
