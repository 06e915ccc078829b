package org.runpose.scene;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.runpose.video.GreyLevels;

/**
 * The long, nearly upright straight edges of a frame, away from the person. Edge pixels whose gradient runs across
 * the picture are chained from row to row (the next row's pixel within one column, the same side dark), and a chain
 * long and straight enough, leaning within {@link #MAX_LEAN_DEG} of the image's columns, is an edge of the scene:
 * a line fitted through it by least squares. Chaining rather than voting keeps scattered pixels of texture from
 * adding up to a line that is not there.
 */
public final class VerticalLines {

  /** Lines leaning further than this from the image's columns are not looked for. */
  static final double MAX_LEAN_DEG = 15;
  /** Frames are searched at about this height, which keeps the search fast at any resolution. */
  static final int WORK_HEIGHT_PX = 360;
  /** Shortest line, as a share of the frame's height. */
  static final double MIN_LENGTH_SHARE = 0.12;
  /** An edge pixel's gradient must be this strong (of 255 grey levels per pixel, Sobel). */
  private static final double MIN_GRADIENT = 40;
  /** ... and run across the picture: its horizontal part at least this many times the vertical. */
  private static final double ACROSS = 2;
  /** A straight chain's pixels lie this close to its line, root mean square, work pixels. */
  private static final double MAX_RMS_PX = 0.6;
  /** Most lines kept per frame, the longest first. */
  private static final int MAX_LINES = 20;

  private VerticalLines() {}

  /**
   * @param exclude a region {xMin, yMin, xMax, yMax} in image pixels whose edges are not looked at (the person), or
   *     null
   */
  public static List<SceneLine> find(int frameIndex, BufferedImage image, double[] exclude) {
    int step = Math.max(1, (int) Math.round((double) image.getHeight() / WORK_HEIGHT_PX));
    int w = image.getWidth() / step;
    int h = image.getHeight() / step;
    if (w < 8 || h < 8) {
      return List.of();
    }
    float[] grey = GreyLevels.sample(image, step);
    // +1 where the picture gets brighter to the right, -1 darker, 0 no edge.
    byte[] edge = new byte[w * h];
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        if (exclude != null && x * step >= exclude[0] && x * step <= exclude[2] && y * step >= exclude[1]
            && y * step <= exclude[3]) {
          continue;
        }
        float gx = grey[(y - 1) * w + x + 1] + 2 * grey[y * w + x + 1] + grey[(y + 1) * w + x + 1]
            - grey[(y - 1) * w + x - 1] - 2 * grey[y * w + x - 1] - grey[(y + 1) * w + x - 1];
        float gy = grey[(y + 1) * w + x - 1] + 2 * grey[(y + 1) * w + x] + grey[(y + 1) * w + x + 1]
            - grey[(y - 1) * w + x - 1] - 2 * grey[(y - 1) * w + x] - grey[(y - 1) * w + x + 1];
        if (Math.abs(gx) >= MIN_GRADIENT && Math.abs(gx) >= ACROSS * Math.abs(gy)) {
          edge[y * w + x] = (byte) (gx > 0 ? 1 : -1);
        }
      }
    }
    int minRows = (int) Math.ceil(MIN_LENGTH_SHARE * h);
    double maxDrift = Math.tan(Math.toRadians(MAX_LEAN_DEG));
    List<SceneLine> lines = new ArrayList<>();
    for (int y0 = 1; y0 < h - 1; y0++) {
      for (int x0 = 1; x0 < w - 1; x0++) {
        byte sign = edge[y0 * w + x0];
        if (sign == 0) {
          continue;
        }
        List<int[]> chain = chain(edge, w, h, x0, y0, sign);
        if (chain.size() >= minRows) {
          SceneLine line = fit(frameIndex, chain, step, maxDrift);
          if (line != null) {
            lines.add(line);
          }
        }
      }
    }
    lines.sort(Comparator.comparingDouble(SceneLine::lengthPx).reversed());
    return List.copyOf(lines.subList(0, Math.min(MAX_LINES, lines.size())));
  }

  /**
   * The edge pixels of one polarity reached from (x, y) going down one row at a time, each within a column of the
   * last; taken off the map so no pixel joins two chains.
   */
  private static List<int[]> chain(byte[] edge, int w, int h, int x, int y, byte sign) {
    List<int[]> chain = new ArrayList<>();
    while (true) {
      chain.add(new int[] {x, y});
      edge[y * w + x] = 0;
      if (y + 1 >= h - 1) {
        return chain;
      }
      int next = -1;
      for (int dx : new int[] {0, -1, 1}) {
        int nx = x + dx;
        if (nx >= 1 && nx < w - 1 && edge[(y + 1) * w + nx] == sign) {
          next = nx;
          break;
        }
      }
      if (next < 0) {
        return chain;
      }
      x = next;
      y++;
    }
  }

  /** The least-squares line x = a + b y through a chain, in full-frame pixels; null when not straight or upright. */
  private static SceneLine fit(int frameIndex, List<int[]> chain, int step, double maxDrift) {
    double n = chain.size();
    double sy = 0;
    double sx = 0;
    double syy = 0;
    double sxy = 0;
    for (int[] p : chain) {
      sy += p[1];
      sx += p[0];
      syy += (double) p[1] * p[1];
      sxy += (double) p[1] * p[0];
    }
    double den = n * syy - sy * sy;
    if (!(den > 0)) {
      return null;
    }
    double b = (n * sxy - sy * sx) / den;
    double a = (sx - b * sy) / n;
    double squares = 0;
    for (int[] p : chain) {
      double r = p[0] - (a + b * p[1]);
      squares += r * r;
    }
    if (Math.abs(b) > maxDrift || Math.sqrt(squares / n) > MAX_RMS_PX) {
      return null;
    }
    int top = chain.get(0)[1];
    int bottom = chain.get(chain.size() - 1)[1];
    return new SceneLine(frameIndex, (a + b * top) * step, top * step, (a + b * bottom) * step, bottom * step,
        chain.size());
  }
}
