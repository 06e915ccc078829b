package org.runpose.pose;

/**
 * Settings of pose tracking.
 *
 * @param minDetectionScore detector score (probability) from which a person counts as found; MediaPipe's 0.5
 * @param minTrackingScore landmark pose score below which the runner counts as lost and the detector runs again;
 *     MediaPipe's 0.5
 * @param keepMasks whether estimates carry the person segmentation mask (64 KB a frame)
 * @param mirrorLeftFacing whether a runner facing left is shown to the landmark model mirrored, and its outputs
 *     mirrored back. The model is not mirror-symmetric: on a runner facing left it places the hips further
 *     forward and the shoulders further back than on the mirror image of the same frame, tilting the trunk 4-6°
 *     backwards; on the labelled clips the runner facing right is the accurate way round. The facing is decided
 *     over frames by {@link FacingDecision}. Files written before this setting existed read as {@code false}.
 * @param maxFps highest frame rate read: of a faster video every second (third, ...) frame is read
 *     ({@link org.runpose.video.VideoInfo#frameStep}), which halves the networks' time on a 60 fps phone clip
 *     while 30 frames a second still time the steps to the 2-frame target; 0 reads every frame (files written
 *     before this setting existed read as 0)
 */
public record PoseConfig(
    double minDetectionScore, double minTrackingScore, boolean keepMasks, boolean mirrorLeftFacing, double maxFps) {

  public static final PoseConfig DEFAULT = new PoseConfig(0.5, 0.5, false, true, 30);

  public PoseConfig {
    if (!(minDetectionScore > 0 && minDetectionScore < 1)) {
      throw new IllegalArgumentException("minDetectionScore must be in (0,1): " + minDetectionScore);
    }
    if (!(minTrackingScore > 0 && minTrackingScore < 1)) {
      throw new IllegalArgumentException("minTrackingScore must be in (0,1): " + minTrackingScore);
    }
    if (!(maxFps >= 0) || Double.isInfinite(maxFps)) {
      throw new IllegalArgumentException("maxFps must be finite and >= 0 (0: every frame): " + maxFps);
    }
  }

  public PoseConfig withKeepMasks(boolean keep) {
    return new PoseConfig(minDetectionScore, minTrackingScore, keep, mirrorLeftFacing, maxFps);
  }

  /** The same settings, reading at most {@code fps} frames a second (0: every frame). */
  public PoseConfig withMaxFps(double fps) {
    return new PoseConfig(minDetectionScore, minTrackingScore, keepMasks, mirrorLeftFacing, fps);
  }
}
