package org.runpose.posture;

import java.util.ArrayList;
import java.util.List;
import org.runpose.PoseModelException;
import org.runpose.VideoDecodeException;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.KeypointExtractor;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseSeries;
import org.runpose.pose.PoseTracker;
import org.runpose.video.FrameSource;

/**
 * A video read through the pose model for the posture analysis: the keypoints, and what each frame's person mask
 * showed (the masks themselves are too large to keep for a whole clip).
 *
 * @param series the keypoints of every frame
 * @param masks one mask measure per frame with a pose
 */
public record VideoPose(PoseSeries series, List<MaskSample> masks) {

  public VideoPose {
    if (series == null) {
      throw new IllegalArgumentException("series is required");
    }
    masks = List.copyOf(masks);
  }

  /**
   * Runs the model over every frame of {@code source} with the default tracking settings.
   *
   * @param onFrame called after each frame, e.g. to move a progress bar
   */
  public static VideoPose extract(FrameSource source, BlazePoseModel model, Runnable onFrame)
      throws VideoDecodeException, PoseModelException {
    PoseConfig config = PoseConfig.DEFAULT.withKeepMasks(true);
    List<MaskSample> masks = new ArrayList<>();
    try (PoseTracker tracker = model.newTracker(config)) {
      PoseSeries series = KeypointExtractor.run(source, tracker, model.info(), config, e -> {
        e.mask().ifPresent(m -> masks.add(MaskSample.measure(e.frame(), m)));
        onFrame.run();
      });
      return new VideoPose(series, masks);
    }
  }

  /** The posture analysis, with the cleaned skeletons it was measured on. */
  public AnalysisResult analyze(AnalysisConfig config) {
    return new PostureAnalyzer(config).analyze(series, masks);
  }
}
