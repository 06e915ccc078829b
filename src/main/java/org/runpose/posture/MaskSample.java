package org.runpose.posture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.runpose.gait.Side;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.SegmentationMask;

/**
 * What a frame's person mask tells, measured while the video is read (masks are not kept): the lumbar depth for
 * either running direction (the direction is decided later, from the whole clip), the lowest point of each
 * shoe, which lies on the ground while the foot is down, and the slope of each shoe's sole.
 *
 * @param frameIndex the frame
 * @param backIfRight the lumbar measure if the runner runs toward the image right, or why there is none
 * @param backIfLeft the same if the runner runs toward the left
 * @param leftSole lowest point of the left shoe {x, y} in pixels, or null
 * @param rightSole lowest point of the right shoe, or null
 * @param leftSoleSlopeDeg slope of the left shoe's bottom edge between heel and toe, degrees, positive when it rises
 *     toward the image right; null where too little of it shows
 * @param rightSoleSlopeDeg the same of the right shoe
 * @param exposure how well lit the runner was, or null when not measured (masks saved before it was)
 * @param sharpness how sharp the trunk's outline was, or null when it did not stand out enough to tell
 */
public record MaskSample(int frameIndex, BackReading backIfRight, BackReading backIfLeft, double[] leftSole,
    double[] rightSole, Double leftSoleSlopeDeg, Double rightSoleSlopeDeg, Exposure exposure, Sharpness sharpness) {

  /** Mask probability from which a pixel belongs to the runner. */
  private static final double ON_BODY = 0.5;
  /** Sole search band beyond the heel and toe keypoints, and depth below them, pixels. */
  private static final int MARGIN_PX = 6;
  private static final int DEPTH_PX = 40;
  /** Fewest columns of sole between heel and toe for its slope, and the shortest span of pairs of them, pixels. */
  private static final int MIN_SOLE_COLUMNS = 8;
  private static final double MIN_SOLE_PAIR_PX = 4;

  /**
   * @param imageHeightPx the frame's height: a shoe the frame's bottom edge cuts shows no sole
   */
  public static MaskSample measure(PoseFrame pose, SegmentationMask mask, int imageHeightPx, Exposure exposure,
      Sharpness sharpness) {
    List<double[]> left = pose.found() ? shoeBottom(pose, mask, Side.LEFT, imageHeightPx) : null;
    List<double[]> right = pose.found() ? shoeBottom(pose, mask, Side.RIGHT, imageHeightPx) : null;
    return new MaskSample(
        pose.index(),
        BackContour.read(pose, mask, new BodyFrame(Direction.RIGHT, 0)),
        BackContour.read(pose, mask, new BodyFrame(Direction.LEFT, 0)),
        lowest(left), lowest(right), soleSlopeDeg(pose, Side.LEFT, left), soleSlopeDeg(pose, Side.RIGHT, right),
        exposure, sharpness);
  }

  /** What the frame showed of the back for the runner's direction. */
  public BackReading back(Direction direction) {
    return direction == Direction.RIGHT ? backIfRight : backIfLeft;
  }

  /**
   * The same measures in an image {@code factor} times the size, e.g. the video a smaller decoded frame came from.
   * The sharpness stays as measured: its edge width and trunk length are read in one picture, and only their ratio
   * beyond a focused edge's few pixels there means anything.
   */
  MaskSample scaled(double factor) {
    return new MaskSample(frameIndex, backIfRight.scaled(factor), backIfLeft.scaled(factor), scaled(leftSole, factor),
        scaled(rightSole, factor), leftSoleSlopeDeg, rightSoleSlopeDeg, exposure, sharpness);
  }

  private static double[] scaled(double[] point, double factor) {
    return point == null ? null : new double[] {point[0] * factor, point[1] * factor};
  }

  public double[] sole(Side side) {
    return side == Side.LEFT ? leftSole : rightSole;
  }

  public Double soleSlopeDeg(Side side) {
    return side == Side.LEFT ? leftSoleSlopeDeg : rightSoleSlopeDeg;
  }

  /**
   * The shoe's bottom edge, a point {x, y} per column between heel and toe and a little beyond: in each column the
   * mask is followed down from the ankle to its edge. Null where the mask reaches the frame's bottom row: there the
   * picture cuts the shoe, and its lowest visible point is the frame's edge, not the sole (the mask itself runs on
   * past the picture, guessing).
   */
  static List<double[]> shoeBottom(PoseFrame pose, SegmentationMask mask, Side side, int imageHeightPx) {
    Keypoint heel = pose.keypoint(side.heel());
    Keypoint toe = pose.keypoint(side.toe());
    Keypoint ankle = pose.keypoint(side.ankle());
    int from = (int) Math.floor(Math.min(heel.xPx(), toe.xPx())) - MARGIN_PX;
    int to = (int) Math.ceil(Math.max(heel.xPx(), toe.xPx())) + MARGIN_PX;
    int top = (int) Math.round(ankle.yPx());
    int bottom = (int) Math.round(Math.max(heel.yPx(), toe.yPx())) + DEPTH_PX;
    List<double[]> edge = new ArrayList<>();
    for (int x = from; x <= to; x++) {
      double cx = x + 0.5;
      if (mask.probabilityAt(cx, top) < ON_BODY) {
        continue;
      }
      int y = top;
      while (y < bottom && mask.probabilityAt(cx, y + 1) >= ON_BODY) {
        y++;
      }
      if (y >= bottom) {
        continue;
      }
      // The edge lies between y (on the body) and y + 1 (off it): interpolate the crossing.
      double p0 = mask.probabilityAt(cx, y);
      double p1 = mask.probabilityAt(cx, y + 1);
      double yEdge = y + (p0 - ON_BODY) / (p0 - p1);
      if (yEdge >= imageHeightPx - 1) {
        return null;
      }
      edge.add(new double[] {cx, yEdge});
    }
    return edge;
  }

  /**
   * The lowest point of the shoe's bottom edge. The foot keypoints drift above the sole as the foot rolls; the mask
   * edge does not.
   */
  static double[] lowest(List<double[]> bottom) {
    return bottom == null ? null : bottom.stream().max(Comparator.comparingDouble(p -> p[1])).orElse(null);
  }

  /**
   * Slope of the shoe's bottom edge between the heel and toe keypoints, degrees, positive when it rises toward the
   * image right; null where fewer than {@link #MIN_SOLE_COLUMNS} columns show it. The median of the slopes between
   * its points (Theil-Sen) follows the sole's straight run and not the rounded heel or the toe's upturn.
   */
  static Double soleSlopeDeg(PoseFrame pose, Side side, List<double[]> bottom) {
    if (bottom == null) {
      return null;
    }
    double heelX = pose.keypoint(side.heel()).xPx();
    double toeX = pose.keypoint(side.toe()).xPx();
    List<double[]> sole = bottom.stream()
        .filter(p -> p[0] >= Math.min(heelX, toeX) && p[0] <= Math.max(heelX, toeX))
        .map(p -> new double[] {p[0], p[1], 0}).toList();
    Double slope = sole.size() < MIN_SOLE_COLUMNS ? null : GroundLine.theilSen(sole, MIN_SOLE_PAIR_PX);
    return slope == null ? null : Math.toDegrees(Math.atan(-slope));
  }
}
