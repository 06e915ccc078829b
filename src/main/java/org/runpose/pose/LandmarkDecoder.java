package org.runpose.pose;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the landmark model's raw outputs for one crop into keypoints in image pixels, the region to track in
 * the next frame, and the person mask, following MediaPipe's pose_landmark_by_roi graph.
 */
final class LandmarkDecoder {

  static final int INPUT_SIZE_PX = 256;
  static final int LANDMARKS = 39;
  static final int VALUES_PER_LANDMARK = 5;
  static final int HEATMAP_SIZE = 64;
  /** Landmarks 33 and 34 are the auxiliary hip-centre and body-scale points that align the next region. */
  private static final int AUX_CENTER = 33;
  private static final int AUX_SCALE = 34;
  private static final int REFINE_KERNEL = 7;
  private static final double REFINE_MIN_CONFIDENCE = 0.5;
  private static final double MIN_ALIGNMENT_PX = 1;
  /**
   * For each output, the output holding the same point in a mirrored crop: the mirror image of a person has
   * left and right exchanged, so left and right body landmarks trade places; the auxiliary points lie on the
   * midline.
   */
  private static final int[] COUNTERPART = new int[LANDMARKS];

  static {
    for (int i = 0; i < LANDMARKS; i++) {
      COUNTERPART[i] = i < BodyLandmark.COUNT ? BodyLandmark.values()[i].mirrored().ordinal() : i;
    }
  }

  /**
   * What one crop yields; {@code nextRoi} is null when there is nothing to track, {@code mask} when not asked.
   * {@code facingVote} counts the cues saying the runner faces the crop's right (each toe ahead of its heel, the
   * nose ahead of the ears) minus those saying left.
   */
  record Result(double poseScore, List<Keypoint> keypoints, Roi nextRoi, SegmentationMask mask, int facingVote) {}

  /**
   * @param landmarks {@code [39 x 5]} flattened: x, y, z in crop pixels, visibility and presence logits
   * @param poseScore the model's person score, already a probability
   * @param heatmap {@code [64 x 64 x 39]} logits, or null to skip the heatmap refinement
   * @param segmentation {@code [256 x 256]} logits, or null
   * @param roi the crop's region in the image
   * @param mirrored whether the model was shown the crop mirrored left to right: its outputs are then mapped
   *     back, with left and right landmarks exchanged
   */
  Result decode(
      float[] landmarks, float poseScore, float[] heatmap, float[] segmentation, Roi roi, boolean mirrored) {
    if (landmarks.length != LANDMARKS * VALUES_PER_LANDMARK) {
      throw new IllegalArgumentException(
          "landmark output has " + landmarks.length + " values, expected " + LANDMARKS * VALUES_PER_LANDMARK);
    }
    double[] u = new double[LANDMARKS];
    double[] v = new double[LANDMARKS];
    for (int i = 0; i < LANDMARKS; i++) {
      u[i] = landmarks[i * VALUES_PER_LANDMARK] / (double) INPUT_SIZE_PX;
      v[i] = landmarks[i * VALUES_PER_LANDMARK + 1] / (double) INPUT_SIZE_PX;
    }
    if (heatmap != null) {
      // In the model's own frame, where heatmap channel i belongs to output i.
      refineFromHeatmap(heatmap, u, v);
    }
    if (mirrored) {
      unmirror(u, v);
    }
    List<Keypoint> keypoints = new ArrayList<>(BodyLandmark.COUNT);
    for (BodyLandmark lm : BodyLandmark.values()) {
      int i = lm.ordinal();
      int o = (mirrored ? COUNTERPART[i] : i) * VALUES_PER_LANDMARK;
      double[] p = roi.toImage(u[i], v[i]);
      double z = landmarks[o + 2] / INPUT_SIZE_PX * roi.sizePx();
      keypoints.add(new Keypoint(lm, p[0], p[1], z, sigmoid(landmarks[o + 3]), sigmoid(landmarks[o + 4])));
    }
    double[] c = roi.toImage(u[AUX_CENTER], v[AUX_CENTER]);
    double[] s = roi.toImage(u[AUX_SCALE], v[AUX_SCALE]);
    // Coinciding alignment points give no region to track; the detector then runs on the next frame.
    Roi next =
        Math.hypot(s[0] - c[0], s[1] - c[1]) < MIN_ALIGNMENT_PX
            ? null
            : Roi.fromAlignmentPoints(c[0], c[1], s[0], s[1], Detection.ROI_SCALE);
    SegmentationMask mask =
        segmentation == null ? null : SegmentationMask.fromLogits(roi, segmentation, mirrored);
    return new Result(clampProbability(poseScore), keypoints, next, mask, facingVote(u));
  }

  /** Maps crop fractions found in the mirrored crop back to the crop, each point from its counterpart. */
  private static void unmirror(double[] u, double[] v) {
    double[] mu = u.clone();
    double[] mv = v.clone();
    for (int i = 0; i < LANDMARKS; i++) {
      u[i] = 1 - mu[COUNTERPART[i]];
      v[i] = mv[COUNTERPART[i]];
    }
  }

  private static int facingVote(double[] u) {
    double ears = (u[BodyLandmark.LEFT_EAR.ordinal()] + u[BodyLandmark.RIGHT_EAR.ordinal()]) / 2;
    double vote = Math.signum(u[BodyLandmark.NOSE.ordinal()] - ears)
        + Math.signum(u[BodyLandmark.LEFT_FOOT_INDEX.ordinal()] - u[BodyLandmark.LEFT_HEEL.ordinal()])
        + Math.signum(u[BodyLandmark.RIGHT_FOOT_INDEX.ordinal()] - u[BodyLandmark.RIGHT_HEEL.ordinal()]);
    return (int) vote;
  }

  /**
   * Replaces each point by the confidence-weighted centre of the heatmap around it, when the heatmap is
   * confident there. Unlike MediaPipe, cell centres (+0.5) are used, which removes a half-cell bias, and the hips
   * keep the regressed position: on the labelled sample the refined hips land on the side of the pelvis, about
   * 7 cm in front of and below the hip joint centre that trunk angles are measured from, while the regressed hips
   * sit within 3 cm of it; every other joint is closer after refinement.
   */
  static void refineFromHeatmap(float[] heatmap, double[] u, double[] v) {
    int n = HEATMAP_SIZE;
    if (heatmap.length != n * n * LANDMARKS) {
      throw new IllegalArgumentException("heatmap has " + heatmap.length + " values, expected " + n * n * LANDMARKS);
    }
    int half = (REFINE_KERNEL - 1) / 2;
    for (int lm = 0; lm < LANDMARKS; lm++) {
      if (lm == BodyLandmark.LEFT_HIP.ordinal() || lm == BodyLandmark.RIGHT_HIP.ordinal()) {
        continue;
      }
      int col = (int) Math.floor(u[lm] * n);
      int row = (int) Math.floor(v[lm] * n);
      if (col < 0 || col >= n || row < 0 || row >= n) {
        continue;
      }
      double sum = 0;
      double sumCol = 0;
      double sumRow = 0;
      double max = 0;
      for (int r = Math.max(0, row - half); r < Math.min(n, row + half + 1); r++) {
        for (int cc = Math.max(0, col - half); cc < Math.min(n, col + half + 1); cc++) {
          double conf = sigmoid(heatmap[(r * n + cc) * LANDMARKS + lm]);
          sum += conf;
          sumCol += (cc + 0.5) * conf;
          sumRow += (r + 0.5) * conf;
          max = Math.max(max, conf);
        }
      }
      if (max >= REFINE_MIN_CONFIDENCE && sum > 0) {
        u[lm] = sumCol / sum / n;
        v[lm] = sumRow / sum / n;
      }
    }
  }

  static double sigmoid(double logit) {
    return 1 / (1 + Math.exp(-logit));
  }

  private static double clampProbability(double p) {
    return Double.isNaN(p) ? 0 : Math.max(0, Math.min(1, p));
  }
}
