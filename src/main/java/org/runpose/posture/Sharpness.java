package org.runpose.posture;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.SegmentationMask;

/**
 * How sharp the runner's outline is in one frame: the width over which the grey level crosses from the trunk to
 * what is behind it, measured across the trunk's sides at mid-trunk. A still, focused edge crosses in one or two
 * pixels; motion blur spreads it over the distance the body moved while the shutter was open (a runner crossing
 * the picture under indoor light smears over a tenth of the trunk), defocus over the blur circle. The pose model
 * places the joints of a smeared body toward the middle of the smear, and the lean follows.
 *
 * @param edgeWidthPx the median width of the trunk's edges, pixels
 * @param trunkPx the trunk's length, hip centre to shoulder centre, pixels
 */
public record Sharpness(double edgeWidthPx, double trunkPx) {

  /** Levels along the trunk, from the hips (0) to the shoulders (1), where its sides are crossed. */
  private static final double[] LEVELS = {0.3, 0.4, 0.5, 0.6, 0.7};
  /** How far out from the trunk's axis its side is looked for, in trunk lengths. */
  private static final double SEARCH = 0.6;
  /**
   * Half the span of grey levels looked at across an edge, in trunk lengths: within a trunk's depth (about a third
   * of its length), and wide enough to take in a smear of a tenth of the trunk.
   */
  private static final double REACH = 0.25;
  /**
   * The width of a still, focused edge in a compressed video, pixels: 3.0-3.3 on the rendered treadmill runner with
   * and without the most blur a 30 fps camera can add (the trunk hardly moves), and on a real runner crossing a
   * field.
   */
  static final double FOCUSED_EDGE_PX = 3;
  /** Fewest grey levels between the trunk and its background for an edge to be measured. */
  private static final double MIN_STEP_GREY = 24;
  /** Fewest edges in a frame for a width. */
  private static final int MIN_EDGES = 3;

  public Sharpness {
    if (!(edgeWidthPx > 0) || !(trunkPx > 0)) {
      throw new IllegalArgumentException("edge width and trunk length are positive: " + edgeWidthPx + ", " + trunkPx);
    }
  }

  /**
   * The smear, as a share of the trunk length: the edge's width beyond that of a still, focused edge (the two add in
   * quadrature, as blurs do).
   */
  public double smearShare() {
    return Math.sqrt(Math.max(0, edgeWidthPx * edgeWidthPx - FOCUSED_EDGE_PX * FOCUSED_EDGE_PX)) / trunkPx;
  }

  /** The sharpness of the trunk's outline, or null where too few of its edges stand out from the background. */
  static Sharpness measure(BufferedImage image, PoseFrame pose, SegmentationMask mask) {
    if (!pose.found() || image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      return null;
    }
    double[] hip = mid(pose.keypoint(BodyLandmark.LEFT_HIP), pose.keypoint(BodyLandmark.RIGHT_HIP));
    double[] shoulder = mid(pose.keypoint(BodyLandmark.LEFT_SHOULDER), pose.keypoint(BodyLandmark.RIGHT_SHOULDER));
    double trunk = Math.hypot(shoulder[0] - hip[0], shoulder[1] - hip[1]);
    int reach = (int) Math.round(REACH * trunk);
    if (reach < 4) {
      return null;
    }
    Grey grey = new Grey(image);
    List<Double> widths = new ArrayList<>();
    for (double level : LEVELS) {
      double x0 = hip[0] + level * (shoulder[0] - hip[0]);
      int y = (int) Math.round(hip[1] + level * (shoulder[1] - hip[1]));
      for (int side : new int[] {-1, 1}) {
        Double edge = edgeX(mask, x0, y, side, SEARCH * trunk);
        Double width = edge == null ? null : width(grey, edge, y, side, reach);
        if (width != null) {
          widths.add(width);
        }
      }
    }
    if (widths.size() < MIN_EDGES) {
      return null;
    }
    return new Sharpness(Stats.median(widths), trunk);
  }

  /** Where the mask ends going from the trunk's axis toward {@code side}, or null when it does not within reach. */
  private static Double edgeX(SegmentationMask mask, double x0, int y, int side, double searchPx) {
    double cy = y + 0.5;
    if (mask.probabilityAt(x0, cy) < 0.5) {
      return null;
    }
    for (double d = 1; d <= searchPx; d++) {
      if (mask.probabilityAt(x0 + side * d, cy) < 0.5) {
        return x0 + side * (d - 0.5);
      }
    }
    return null;
  }

  /**
   * The edge's width: the grey step from the trunk to the background over the steepest slope across it (for a
   * ramp, its length); null when the step is too small to tell from noise or the span leaves the picture.
   */
  private static Double width(Grey grey, double edgeX, int y, int side, int reach) {
    int c = (int) Math.round(edgeX);
    if (c - reach < 1 || c + reach >= grey.width - 1 || y < 0 || y >= grey.height) {
      return null;
    }
    double inside = grey.median(y, c - side * reach, c - side * reach / 2);
    double outside = grey.median(y, c + side * reach / 2, c + side * reach);
    double step = Math.abs(outside - inside);
    if (step < MIN_STEP_GREY) {
      return null;
    }
    double steepest = 0;
    for (int x = c - reach / 2; x <= c + reach / 2; x++) {
      steepest = Math.max(steepest, Math.abs(grey.at(x + 1, y) - grey.at(x - 1, y)) / 2);
    }
    return steepest > 0 ? Math.max(1, step / steepest) : null;
  }

  private static double[] mid(Keypoint a, Keypoint b) {
    return new double[] {(a.xPx() + b.xPx()) / 2, (a.yPx() + b.yPx()) / 2};
  }

  /** Grey levels of a BGR image, read where needed. */
  private static final class Grey {
    private final byte[] bgr;
    private final int width;
    private final int height;

    Grey(BufferedImage image) {
      this.bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
      this.width = image.getWidth();
      this.height = image.getHeight();
    }

    double at(int x, int y) {
      int i = (y * width + x) * 3;
      return 0.114 * (bgr[i] & 0xff) + 0.587 * (bgr[i + 1] & 0xff) + 0.299 * (bgr[i + 2] & 0xff);
    }

    double median(int y, int fromX, int toX) {
      List<Double> values = new ArrayList<>();
      for (int x = Math.min(fromX, toX); x <= Math.max(fromX, toX); x++) {
        values.add(at(x, y));
      }
      return Stats.median(values);
    }
  }
}
