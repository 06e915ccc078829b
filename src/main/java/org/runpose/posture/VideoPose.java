package org.runpose.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.runpose.RunposeException;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.KeypointExtractor;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseSeries;
import org.runpose.video.FrameSource;

/**
 * A video read through the pose model for the posture analysis: the keypoints, and what each frame's person mask
 * showed (the masks themselves are too large to keep for a whole clip).
 *
 * @param series the keypoints of every frame
 * @param masks one mask measure per frame with a pose; null for saved keypoints, which carry none
 */
public record VideoPose(PoseSeries series, List<MaskSample> masks) {

  public VideoPose {
    if (series == null) {
      throw new IllegalArgumentException("series is required");
    }
    masks = masks == null ? null : List.copyOf(masks);
  }

  /** Saved keypoints, without the masks only the video gives. */
  public static VideoPose ofKeypoints(PoseSeries series) {
    return new VideoPose(series, null);
  }

  /**
   * Runs the model over every frame of the video with the default tracking settings.
   *
   * @param onFrame called after each frame, e.g. to move a progress bar
   */
  public static VideoPose extract(FrameSource.Opener video, BlazePoseModel model, Runnable onFrame)
      throws RunposeException {
    PoseConfig config = PoseConfig.DEFAULT.withKeepMasks(true);
    // By frame: a second pass that follows another person replaces what the first measured.
    Map<Integer, MaskSample> masks = new TreeMap<>();
    PoseSeries series = KeypointExtractor.run(video, model, config, e -> {
      if (e.mask().isPresent()) {
        masks.put(e.frame().index(), MaskSample.measure(e.frame(), e.mask().get()));
      } else {
        masks.remove(e.frame().index());
      }
      onFrame.run();
    });
    return new VideoPose(series, new ArrayList<>(masks.values()));
  }

  /** The posture analysis, with the cleaned skeletons it was measured on. */
  public AnalysisResult analyze(AnalysisConfig config) {
    return new PostureAnalyzer(config).analyze(series, masks);
  }
}
