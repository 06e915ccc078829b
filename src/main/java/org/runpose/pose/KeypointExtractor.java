package org.runpose.pose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.runpose.PoseModelException;
import org.runpose.RunposeException;
import org.runpose.RunposeVersion;
import org.runpose.VideoDecodeException;
import org.runpose.video.ClipParts;
import org.runpose.video.FrameSource;
import org.runpose.video.PictureRepeats;
import org.runpose.video.VideoFrame;
import org.runpose.video.VideoInfo;

/** Runs a tracker over every frame of a video. */
public final class KeypointExtractor {

  /**
   * The second part's tracker starts reading this long before the part's first frame, and what it reads there is
   * left out: by the part's first frame it has found the runner, settled the facing and is following them as the
   * first part's tracker would be, instead of starting from the detector's cruder region.
   */
  static final long WARM_UP_MICROS = 500_000;

  private KeypointExtractor() {}

  /**
   * Reads the whole video through the model. When the tracker's surveys saw several people and another suits a
   * side-view gait analysis clearly better than the one followed (a walker filmed side-on, not a bystander jumping
   * in front of the camera), the video is read again following that person.
   *
   * <p>A clip of {@link ClipParts#SPLIT_FROM_MICROS} or more is read as two parts at once ({@link ClipParts}), each
   * by a tracker of its own: the landmark network costs its time in per-operation overhead that one thread cannot
   * hide, and two networks on two threads read twice as many crops a second as one (10-11 ms a crop against 20-23
   * on this project's 2-core machine). The result does not depend on how the two threads are scheduled.
   *
   * @param onFrame called after each frame read, on each pass, with its estimate; a second pass revisits every
   *     frame. Called from the thread reading that part of the clip: two threads at once on a split clip
   * @param onSkipped called for each frame left unread ({@link PoseConfig#maxFps}), so progress counts every frame;
   *     from two threads at once on a split clip, like {@code onFrame}
   */
  public static PoseSeries run(FrameSource.Opener video, BlazePoseModel model, PoseConfig config,
      Consumer<PoseEstimate> onFrame, Runnable onSkipped) throws RunposeException {
    return run(video, target -> model.newTracker(config, target), model.info(), config, onFrame, onSkipped);
  }

  /** Makes a tracker for one part of a pass, following {@code target} (null: the first person found). */
  @FunctionalInterface
  interface Trackers {
    PoseTracker open(PersonTarget target);
  }

  static PoseSeries run(FrameSource.Opener video, Trackers trackers, ModelInfo model, PoseConfig config,
      Consumer<PoseEstimate> onFrame, Runnable onSkipped) throws RunposeException {
    Pass first = pass(video, trackers, config, null, onFrame, onSkipped);
    PersonTarget target = PersonChoice.better(first.sightings());
    Pass chosen = target == null ? first : pass(video, trackers, config, target, onFrame, onSkipped);
    return PoseSeries.of(RunposeVersion.get().runpose(), chosen.info(), model, config, chosen.frames(),
        chosen.repeated());
  }

  /** One pass over the clip: its frames in order, and everyone the surveys saw. */
  private record Pass(VideoInfo info, List<PoseFrame> frames, List<RepeatedFrame> repeated,
      List<Sighting> sightings) {}

  /** What one tracker read of the frames from one time to another. */
  private record Part(List<PoseFrame> frames, List<RepeatedFrame> repeated, List<Sighting> sightings) {}

  private static Pass pass(FrameSource.Opener video, Trackers trackers, PoseConfig config, PersonTarget target,
      Consumer<PoseEstimate> onFrame, Runnable onSkipped) throws RunposeException {
    try (FrameSource source = video.open(); PoseTracker tracker = trackers.open(target)) {
      VideoInfo info = source.info();
      long splitMicros = ClipParts.splitMicros(info.durationMicros());
      if (splitMicros == Long.MAX_VALUE) {
        Part whole = read(source, tracker, config, 0, 0, Long.MAX_VALUE, new AtomicBoolean(), onFrame, onSkipped);
        return new Pass(info, whole.frames(), whole.repeated(), whole.sightings());
      }
      ClipParts.Both<Part, Part> parts = ClipParts.run(
          abandoned -> read(source, tracker, config, 0, 0, splitMicros, abandoned, onFrame, onSkipped),
          abandoned -> {
            try (FrameSource rest = video.open(); PoseTracker other = trackers.open(target)) {
              return read(rest, other, config, splitMicros - WARM_UP_MICROS, splitMicros, Long.MAX_VALUE,
                  abandoned, onFrame, onSkipped);
            }
          }, "runpose-pose-2");
      Part head = parts.first();
      Part tail = parts.second();
      return new Pass(info, concat(head.frames(), tail.frames()), concat(head.repeated(), tail.repeated()),
          concat(head.sightings(), tail.sightings()).stream()
              .sorted(Comparator.comparingLong(Sighting::timestampMicros)).toList());
    }
  }

  /**
   * Reads the frames stamped from {@code fromMicros} (inclusive) to {@code toMicros} (exclusive). The frames before
   * {@code warmUpMicros} are decoded and passed over, so that frame numbers and time stamps are the clip's own;
   * those from there to {@code fromMicros} are tracked, and left out of the part.
   */
  private static Part read(FrameSource source, PoseTracker tracker, PoseConfig config, long warmUpMicros,
      long fromMicros, long toMicros, AtomicBoolean abandoned, Consumer<PoseEstimate> onFrame, Runnable onSkipped)
      throws VideoDecodeException, PoseModelException {
    List<PoseFrame> frames = new ArrayList<>();
    List<RepeatedFrame> repeated = new ArrayList<>();
    PictureRepeats repeats = new PictureRepeats();
    double[] runner = null;
    int step = source.info().frameStep(config.maxFps());
    if (step > 1) {
      source.passOver(index -> index % step != 0);
    }
    int previous = -1;
    for (Optional<VideoFrame> f = source.next(); f.isPresent() && !abandoned.get(); f = source.next()) {
      long t = f.get().timestampMicros();
      // Frames the source passed over lie between this one and the one before; counted with the part this one is
      // in, so that each is counted once. (Those after the clip's last frame read are not: at most step - 1.)
      int passedOver = f.get().index() - previous - 1;
      previous = f.get().index();
      if (t >= toMicros) {
        break;
      }
      if (t < warmUpMicros) {
        continue;
      }
      boolean warmUp = t < fromMicros;
      if (!warmUp) {
        for (int i = 0; i < passedOver; i++) {
          onSkipped.run();
        }
      }
      if (f.get().index() % step != 0) {
        if (!warmUp) {
          onSkipped.run();
        }
        continue;
      }
      if (repeats.repeats(f.get().image(), runner)) {
        if (!warmUp) {
          repeated.add(new RepeatedFrame(f.get().index(), f.get().timestampMicros()));
          onSkipped.run();
        }
        continue;
      }
      PoseEstimate estimate = tracker.estimate(f.get());
      runner = estimate.frame().found() ? estimate.frame().boundsPx() : null;
      if (!warmUp) {
        // The tracker works in the decoded frame's pixels; the series is in the video's.
        frames.add(estimate.frame().scaled(1 / f.get().scale()));
        onFrame.accept(estimate);
      }
    }
    List<Sighting> sightings = tracker.sightings().stream().filter(s -> s.timestampMicros() >= fromMicros).toList();
    return new Part(frames, repeated, sightings);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
