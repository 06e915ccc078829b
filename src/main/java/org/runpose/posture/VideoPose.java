package org.runpose.posture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.runpose.RunposeException;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.KeypointExtractor;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.scene.SceneLine;
import org.runpose.scene.VerticalLines;
import org.runpose.video.ClipParts;
import org.runpose.video.FrameSource;

/**
 * A video read through the pose model for the posture analysis: the keypoints, and what each frame's person mask
 * showed (the masks themselves are too large to keep for a whole clip).
 *
 * @param series the keypoints of every frame
 * @param masks one mask measure per frame with a pose; null for saved keypoints, which carry none
 * @param sceneLines the scene's upright edges, looked for four times a second; null for saved keypoints
 */
public record VideoPose(PoseSeries series, List<MaskSample> masks, List<SceneLine> sceneLines) {

  /** Share of the person's height added around their keypoints when the scene's edges are looked for. */
  static final double PERSON_MARGIN = 0.12;
  /**
   * How often the scene's upright edges are looked for: four times a second, so that edges the runner's swinging
   * legs hide in one sampled frame show in another.
   */
  static final long SCENE_INTERVAL_MICROS = 250_000;

  public VideoPose {
    if (series == null) {
      throw new IllegalArgumentException("series is required");
    }
    masks = masks == null ? null : List.copyOf(masks);
    sceneLines = sceneLines == null ? null : List.copyOf(sceneLines);
  }

  /** The same of a video known by another name ({@link PoseSeries#ofVideoNamed}). */
  public VideoPose ofVideoNamed(Path name) {
    return new VideoPose(series.ofVideoNamed(name), masks, sceneLines);
  }

  /** Saved keypoints, without what only the video gives. */
  public static VideoPose ofKeypoints(PoseSeries series) {
    return new VideoPose(series, null, null);
  }

  /**
   * Runs the model over the video with the default tracking settings, reading at most {@link PoseConfig#maxFps}
   * frames a second.
   *
   * @param onFrame called after each frame, e.g. to move a progress bar; from one thread at a time
   */
  public static VideoPose extract(FrameSource.Opener video, BlazePoseModel model, Runnable onFrame)
      throws RunposeException {
    return extract(video, model, false, onFrame);
  }

  /**
   * As above; with {@code everyFrame}, every frame of a faster video is read too, for the steps' timing (at that
   * many times the cost).
   */
  public static VideoPose extract(FrameSource.Opener video, BlazePoseModel model, boolean everyFrame,
      Runnable onFrame) throws RunposeException {
    PoseConfig config = PoseConfig.DEFAULT.withKeepMasks(true);
    if (everyFrame) {
      config = config.withMaxFps(0);
    }
    // The parts of a clip are read on two threads at once: the measures are taken on each, the maps are shared.
    // By frame: a second pass that follows another person replaces what the first measured.
    Map<Integer, MaskSample> masks = new ConcurrentSkipListMap<>();
    // The first frame of each interval, and its edges (again on a second pass: the person, left out, may differ).
    Map<Long, Integer> sampled = new ConcurrentSkipListMap<>();
    Map<Integer, List<SceneLine>> lines = new ConcurrentSkipListMap<>();
    Runnable progress = ClipParts.oneAtATime(onFrame);
    PoseSeries series = KeypointExtractor.run(video, model, config, e -> {
      int index = e.frame().index();
      // Measured on the decoded frame, as the pose was found; kept in the video's pixels, as the series is.
      double toVideo = 1 / e.video().scale();
      if (e.mask().isPresent()) {
        Exposure exposure = Exposure.measure(e.video().image(), e.frame());
        Sharpness sharpness = Sharpness.measure(e.video().image(), e.frame(), e.mask().get());
        MaskSample sample = MaskSample.measure(e.frame(), e.mask().get(), e.video().heightPx(), exposure, sharpness);
        masks.put(index, sample.scaled(toVideo));
      } else {
        masks.remove(index);
      }
      if (sampled.computeIfAbsent(e.frame().timestampMicros() / SCENE_INTERVAL_MICROS, k -> index) == index) {
        lines.put(index, VerticalLines.find(index, e.video().image(), personBox(e.frame())).stream()
            .map(l -> l.scaled(toVideo)).toList());
      }
      progress.run();
    }, progress);
    return new VideoPose(series, new ArrayList<>(masks.values()),
        lines.values().stream().flatMap(List::stream).toList());
  }

  /** The posture analysis, with the cleaned skeletons it was measured on. */
  public AnalysisResult analyze(AnalysisConfig config) {
    return new PostureAnalyzer(config).analyze(series, masks, sceneLines);
  }

  /**
   * The person's keypoints' bounding box grown by {@link #PERSON_MARGIN} of its height on every side, whose edges are
   * the body's and not the scene's; null without a pose.
   */
  static double[] personBox(PoseFrame pose) {
    if (!pose.found()) {
      return null;
    }
    double[] box = pose.boundsPx();
    double margin = PERSON_MARGIN * (box[3] - box[1]);
    return new double[] {box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin};
  }
}
