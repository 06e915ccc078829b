package org.runpose.pose;

import java.util.List;

/**
 * A person the detector saw on a survey frame, with how well they suit a side-view gait analysis.
 *
 * @param timestampMicros the frame's time
 * @param roi where the person was
 * @param followed whether this is the person the tracker was following
 * @param suitability how well the person suits the analysis, in [0,1]: the pose model's confidence, lowered for a
 *     person not seen from the side or whose feet are out of view
 */
record Sighting(long timestampMicros, Roi roi, boolean followed, double suitability) {

  /** Left-right spread of shoulders or hips, per trunk length, beyond which a person is not seen from the side. */
  static final double SIDE_VIEW_SPREAD = 0.3;
  /** An ankle counts as in view when the model gives it at least this visibility, inside the frame. */
  static final double VISIBLE = 0.5;

  /** Feet this far apart along the image, per leg length, are in a stride. */
  static final double STRIDE_APART = 0.3;
  /** What a person standing with the feet together keeps of their suitability. */
  static final double STANDING = 0.2;

  /**
   * How well a person suits a side-view gait analysis: the pose score, a quarter of it for a person not seen
   * from the side, half for one whose ankles are out of view, and less the closer together the feet are along the
   * image (down to a fifth for feet together): someone walking or running is mostly in a stride, a bystander
   * standing or jumping on the spot is not.
   */
  static double suitability(double poseScore, List<Keypoint> keypoints, int widthPx, int heightPx) {
    if (keypoints.isEmpty()) {
      return 0;
    }
    Keypoint ls = keypoints.get(BodyLandmark.LEFT_SHOULDER.ordinal());
    Keypoint rs = keypoints.get(BodyLandmark.RIGHT_SHOULDER.ordinal());
    Keypoint lh = keypoints.get(BodyLandmark.LEFT_HIP.ordinal());
    Keypoint rh = keypoints.get(BodyLandmark.RIGHT_HIP.ordinal());
    double trunk = Math.hypot((ls.xPx() + rs.xPx() - lh.xPx() - rh.xPx()) / 2, (ls.yPx() + rs.yPx() - lh.yPx()
        - rh.yPx()) / 2);
    double spread = Math.max(Math.abs(ls.xPx() - rs.xPx()), Math.abs(lh.xPx() - rh.xPx())) / Math.max(1, trunk);
    boolean feet = true;
    for (BodyLandmark ankle : List.of(BodyLandmark.LEFT_ANKLE, BodyLandmark.RIGHT_ANKLE)) {
      Keypoint k = keypoints.get(ankle.ordinal());
      feet &= k.visibility() >= VISIBLE && k.xPx() >= 0 && k.xPx() < widthPx && k.yPx() >= 0 && k.yPx() < heightPx;
    }
    Keypoint la = keypoints.get(BodyLandmark.LEFT_ANKLE.ordinal());
    Keypoint ra = keypoints.get(BodyLandmark.RIGHT_ANKLE.ordinal());
    Keypoint lk = keypoints.get(BodyLandmark.LEFT_KNEE.ordinal());
    double leg = Math.hypot(lh.xPx() - lk.xPx(), lh.yPx() - lk.yPx()) + Math.hypot(lk.xPx() - la.xPx(),
        lk.yPx() - la.yPx());
    double stride = Math.abs(la.xPx() - ra.xPx()) / Math.max(1, leg);
    return poseScore * (spread <= SIDE_VIEW_SPREAD ? 1 : 0.25) * (feet ? 1 : 0.5)
        * Math.max(STANDING, Math.min(1, stride / STRIDE_APART));
  }
}
