package org.runpose.video;

import java.nio.ByteBuffer;

/** Copies packed 3-byte pixel rows into an upright image, turning them clockwise by a multiple of 90 degrees. */
final class Rotation {

  private Rotation() {}

  /** Maps a display-matrix angle (counter-clockwise, any sign) to the clockwise turn that makes frames upright. */
  static int clockwiseDegrees(double displayMatrixDeg) {
    long quarterTurns = Math.round(-displayMatrixDeg / 90.0);
    return Math.floorMod(quarterTurns * 90, 360);
  }

  /**
   * Copies a stored frame of {@code width x height} pixels, rows {@code stride} bytes apart from the buffer's start,
   * into {@code dst} (already sized for the rotated frame), rotating clockwise by {@code clockwiseDeg}. Rows are read
   * straight out of the decoder's buffer: a whole-frame copy first would be one more 6 MB array a 1080p frame.
   */
  static void copyRotated(ByteBuffer src, int width, int height, int stride, int clockwiseDeg, byte[] dst) {
    if (clockwiseDeg == 0) {
      for (int y = 0; y < height; y++) {
        src.get(y * stride, dst, y * width * 3, width * 3);
      }
      return;
    }
    int dstWidth = clockwiseDeg == 180 ? width : height;
    byte[] row = new byte[width * 3];
    for (int y = 0; y < height; y++) {
      src.get(y * stride, row, 0, row.length);
      for (int x = 0; x < width; x++) {
        int dx;
        int dy;
        switch (clockwiseDeg) {
          case 90 -> { dx = height - 1 - y; dy = x; }
          case 180 -> { dx = width - 1 - x; dy = height - 1 - y; }
          case 270 -> { dx = y; dy = width - 1 - x; }
          default -> throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + clockwiseDeg);
        }
        int s = 3 * x;
        int d = 3 * (dy * dstWidth + dx);
        dst[d] = row[s];
        dst[d + 1] = row[s + 1];
        dst[d + 2] = row[s + 2];
      }
    }
  }
}
