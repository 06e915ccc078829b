package org.runpose.pose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.runpose.PoseModelException;
import org.runpose.RunposeException;
import org.runpose.RunposeVersion;
import org.runpose.VideoDecodeException;
import org.runpose.video.FrameSource;
import org.runpose.video.PictureRepeats;
import org.runpose.video.VideoFrame;

/** Runs a tracker over every frame of a video. */
public final class KeypointExtractor {

  private KeypointExtractor() {}

  /**
   * Reads the whole video through the model. When the tracker's surveys saw several people and another suits a
   * side-view gait analysis clearly better than the one followed (a walker filmed side-on, not a bystander jumping
   * in front of the camera), the video is read again following that person.
   *
   * @param onFrame called after each frame read, on each pass, with its estimate; a second pass revisits every
   *     frame
   * @param onSkipped called for each frame left unread ({@link PoseConfig#maxFps}), so progress counts every frame
   */
  public static PoseSeries run(FrameSource.Opener video, BlazePoseModel model, PoseConfig config,
      Consumer<PoseEstimate> onFrame, Runnable onSkipped) throws RunposeException {
    PoseSeries first;
    List<Sighting> sightings;
    try (FrameSource source = video.open(); PoseTracker tracker = model.newTracker(config)) {
      first = run(source, tracker, model.info(), config, onFrame, onSkipped);
      sightings = tracker.sightings();
    }
    PersonTarget target = PersonChoice.better(sightings);
    if (target == null) {
      return first;
    }
    try (FrameSource source = video.open(); PoseTracker tracker = model.newTracker(config, target)) {
      return run(source, tracker, model.info(), config, onFrame, onSkipped);
    }
  }

  /**
   * @param onFrame called after each frame read with its estimate (for progress, or to use masks as they come)
   * @param onSkipped called for each frame left unread ({@link PoseConfig#maxFps})
   */
  public static PoseSeries run(FrameSource source, PoseTracker tracker, ModelInfo model, PoseConfig config,
      Consumer<PoseEstimate> onFrame, Runnable onSkipped) throws VideoDecodeException, PoseModelException {
    List<PoseFrame> frames = new ArrayList<>();
    List<RepeatedFrame> repeated = new ArrayList<>();
    PictureRepeats repeats = new PictureRepeats();
    double[] runner = null;
    int step = source.info().frameStep(config.maxFps());
    for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
      if (f.get().index() % step != 0) {
        onSkipped.run();
        continue;
      }
      if (repeats.repeats(f.get().image(), runner)) {
        repeated.add(new RepeatedFrame(f.get().index(), f.get().timestampMicros()));
        onSkipped.run();
        continue;
      }
      PoseEstimate estimate = tracker.estimate(f.get());
      frames.add(estimate.frame());
      runner = estimate.frame().found() ? estimate.frame().boundsPx() : null;
      onFrame.accept(estimate);
    }
    return PoseSeries.of(RunposeVersion.get().runpose(), source.info(), model, config, frames, repeated);
  }
}
