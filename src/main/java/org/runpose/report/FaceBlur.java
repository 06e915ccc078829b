package org.runpose.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.runpose.pose.BodyLandmark;
import org.runpose.posture.Skeleton;

/**
 * Hides the runner's face in a picture, for reports shared beyond the clinic: the head, found from the face's
 * landmarks, is turned into coarse blocks of its mean colours, which no one can recognise and no filter can undo.
 */
final class FaceBlur {

  /** The face's landmarks: nose, eyes, ears and mouth. */
  private static final List<BodyLandmark> FACE = List.of(BodyLandmark.values()).subList(0,
      BodyLandmark.MOUTH_RIGHT.ordinal() + 1);
  /** The head reaches this many times the face landmarks' spread from their centre (they sit on its front half). */
  private static final double HEAD_PER_SPREAD = 2.2;
  /** At least this share of the trunk (shoulder to hip), for a face seen so nearly edge-on that its points bunch. */
  private static final double HEAD_PER_TRUNK = 0.3;
  /** How far above the face's centre the blocks reach, in head radii. */
  private static final double CROWN_PER_RADIUS = 1.4;
  /** Blocks across the head: few enough that no feature survives. */
  private static final int BLOCKS_ACROSS = 5;
  /** Blocks across a picture's shorter side where it is pixelated whole: a head is then a block or two. */
  private static final int EVERYWHERE_BLOCKS = 12;

  private FaceBlur() {}

  /** Pixelates the head in {@code image} (changed in place) where {@code k} locates the face; else leaves it. */
  static void apply(BufferedImage image, Skeleton k) {
    List<double[]> points = new ArrayList<>();
    for (BodyLandmark lm : FACE) {
      if (k.has(lm)) {
        points.add(new double[] {k.xPx(lm), k.yPx(lm)});
      }
    }
    if (points.isEmpty()) {
      return;
    }
    double cx = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    double cy = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
    double spread = points.stream().mapToDouble(p -> Math.hypot(p[0] - cx, p[1] - cy)).max().orElse(0);
    double radius = Math.max(Math.max(HEAD_PER_SPREAD * spread, HEAD_PER_TRUNK * trunkPx(k)), 8);
    int x0 = clamp(cx - radius, image.getWidth());
    int x1 = clamp(cx + radius, image.getWidth());
    // The crown rises above the face's landmarks (eyes, nose, mouth) further than the chin falls below them.
    int y0 = clamp(cy - CROWN_PER_RADIUS * radius, image.getHeight());
    int y1 = clamp(cy + radius, image.getHeight());
    pixelate(image, x0, y0, x1, y1, Math.max(2, (int) Math.ceil(2 * radius / BLOCKS_ACROSS)));
  }

  /** Pixelates all of {@code image} (changed in place): for a picture in which no face can be located. */
  static void applyEverywhere(BufferedImage image) {
    pixelate(image, 0, 0, image.getWidth(), image.getHeight(),
        Math.max(2, Math.min(image.getWidth(), image.getHeight()) / EVERYWHERE_BLOCKS));
  }

  /** Replaces each block of the rectangle [x0, x1) x [y0, y1) by its mean colour. */
  private static void pixelate(BufferedImage image, int x0, int y0, int x1, int y1, int block) {
    for (int by = y0; by < y1; by += block) {
      for (int bx = x0; bx < x1; bx += block) {
        fillMean(image, bx, by, Math.min(bx + block, x1), Math.min(by + block, y1));
      }
    }
  }

  private static double trunkPx(Skeleton k) {
    double best = 0;
    for (BodyLandmark[] side : new BodyLandmark[][] {{BodyLandmark.LEFT_SHOULDER, BodyLandmark.LEFT_HIP},
        {BodyLandmark.RIGHT_SHOULDER, BodyLandmark.RIGHT_HIP}}) {
      if (k.has(side[0]) && k.has(side[1])) {
        best = Math.max(best, Math.hypot(k.xPx(side[0]) - k.xPx(side[1]), k.yPx(side[0]) - k.yPx(side[1])));
      }
    }
    return best;
  }

  private static int clamp(double v, int size) {
    return (int) Math.max(0, Math.min(size, Math.round(v)));
  }

  private static void fillMean(BufferedImage image, int x0, int y0, int x1, int y1) {
    long r = 0;
    long g = 0;
    long b = 0;
    int n = (x1 - x0) * (y1 - y0);
    if (n <= 0) {
      return;
    }
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int rgb = image.getRGB(x, y);
        r += (rgb >> 16) & 0xFF;
        g += (rgb >> 8) & 0xFF;
        b += rgb & 0xFF;
      }
    }
    int mean = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        image.setRGB(x, y, mean);
      }
    }
  }
}
