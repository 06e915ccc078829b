package org.runpose.pose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.runpose.PoseModelException;
import org.runpose.RunposeVersion;
import org.runpose.VideoDecodeException;
import org.runpose.video.FrameSource;
import org.runpose.video.VideoFrame;

/** Runs a tracker over every frame of a video. */
public final class KeypointExtractor {

  private KeypointExtractor() {}

  /**
   * @param onFrame called after each frame with its estimate (for progress, or to use masks as they come)
   */
  public static PoseSeries run(
      FrameSource source, PoseTracker tracker, ModelInfo model, PoseConfig config, Consumer<PoseEstimate> onFrame)
      throws VideoDecodeException, PoseModelException {
    List<PoseFrame> frames = new ArrayList<>();
    for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
      PoseEstimate estimate = tracker.estimate(f.get());
      frames.add(estimate.frame());
      onFrame.accept(estimate);
    }
    return PoseSeries.of(RunposeVersion.get().runpose(), source.info(), model, config, frames);
  }
}
