package org.runpose.eval;

/**
 * Distance between runpose's keypoint and the labelled one over the frames where both exist.
 *
 * @param joint BlazePose name ({@code right_knee}) in a clip; the joint without side ({@code knee}) over all clips
 * @param side {@code near} (facing the camera) or {@code far}
 * @param frames frames measured
 * @param medianPx median distance, pixels; null without frames
 * @param p90Px 90th percentile, pixels; null without frames
 */
public record JointError(String joint, String side, int frames, Double medianPx, Double p90Px) {

  public JointError {
    if (joint == null || !("near".equals(side) || "far".equals(side)) || frames < 0) {
      throw new IllegalArgumentException("joint, near/far side and a frame count are required");
    }
  }

  static JointError of(String joint, String side, double[] errorsPx) {
    return new JointError(joint, side, errorsPx.length, Metrics.median(errorsPx),
        Metrics.percentile(errorsPx, 90));
  }
}
