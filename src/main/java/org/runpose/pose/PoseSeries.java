package org.runpose.pose;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.runpose.video.VideoInfo;

/**
 * The runner's pose through a whole video, with what is needed to trust and reproduce it. This is the content of
 * a keypoints file, and the input of the posture analysis.
 *
 * @param formatVersion the keypoints file format's version, {@link #FORMAT_VERSION} (files written before it was
 *     recorded read as 1)
 * @param runposeVersion version of runpose that made it
 * @param video the video analysed
 * @param model the pose model used
 * @param settings tracking settings
 * @param summary counts over the frames
 * @param frames one entry per frame read, in order
 * @param repeatedFrames frames left out because they repeat the picture before them (a pause, a frozen stretch,
 *     frames repeated to change the frame rate), in order; empty in files written before they were looked for
 */
public record PoseSeries(
    int formatVersion,
    String runposeVersion,
    VideoInfo video,
    ModelInfo model,
    PoseConfig settings,
    Summary summary,
    List<PoseFrame> frames,
    List<RepeatedFrame> repeatedFrames) {

  /**
   * @param framesDecoded frames read from the video
   * @param framesWithPose frames where the runner was found
   * @param detectorRuns frames on which the person detector ran
   * @param framesWithSeveralPeople frames on which the detector saw more than one person
   * @param framesMissing frames missing from the time line: the gaps between time stamps more than
   *     {@value #GAP_INTERVALS} frame intervals long, counted in intervals (a damaged file, a phone that dropped
   *     frames), leaving out a long step that a short one next to it makes up (a variable frame rate's jitter); 0 in
   *     files written before it was counted
   * @param framesRepeated frames left out because they repeat the picture before them
   * @param notes plain-language remarks for the user (several people, short video, ...)
   */
  public record Summary(int framesDecoded, int framesWithPose, int detectorRuns, int framesWithSeveralPeople,
      int framesMissing, int framesRepeated, List<String> notes) {

    /** A step between time stamps this many usual frame intervals long is a gap: frames are missing there. */
    static final double GAP_INTERVALS = 1.5;
    /** This many repeats in a row are a pause or a still, not a frame-rate change (which repeats single frames). */
    static final int STILL_FRAMES = 3;

    public Summary {
      notes = List.copyOf(notes);
    }

    /**
     * @param step every how many decoded frames one was read ({@link VideoInfo#frameStep})
     */
    static Summary of(VideoInfo video, int step, List<PoseFrame> frames, List<RepeatedFrame> repeated) {
      int withPose = 0;
      int detector = 0;
      int several = 0;
      for (PoseFrame f : frames) {
        withPose += f.found() ? 1 : 0;
        detector += f.detectorRan() ? 1 : 0;
        several += f.peopleDetected() > 1 ? 1 : 0;
      }
      List<String> notes = new java.util.ArrayList<>();
      // A repeated frame was decoded: the time line has it.
      long[] times = java.util.stream.Stream.concat(frames.stream().map(PoseFrame::timestampMicros),
          repeated.stream().map(RepeatedFrame::timestampMicros)).mapToLong(Long::longValue).sorted().toArray();
      int missing = missingFrames(times, video.fromGif(), notes);
      // Frames are numbered as decoded, read or not (PoseConfig#maxFps): the last number tells how many were.
      int decoded = Math.max(frames.isEmpty() ? 0 : frames.get(frames.size() - 1).index() + 1,
          repeated.isEmpty() ? 0 : repeated.get(repeated.size() - 1).index() + 1);
      if (missing == 0 && video.frameCountEstimate() > 0 && decoded < 0.9 * video.frameCountEstimate()) {
        notes.add("Only " + decoded + " of the " + video.frameCountEstimate() + " frames the file announces"
            + " could be decoded: the file may be damaged.");
      }
      if (step > 1) {
        notes.add(String.format(java.util.Locale.ROOT, "Every %s frame of this %.0f fps video was read (%.0f a"
            + " second), at a fraction of the cost; --every-frame (the web app's Read every frame) reads them all.",
            nth(step), video.fps(), video.fps() / step));
      }
      if (!repeated.isEmpty()) {
        notes.add(String.format(java.util.Locale.ROOT, "%d %s the picture of the frame before (%s): %s left out,"
            + " and the others keep their own times.", repeated.size(),
            repeated.size() == 1 ? "frame repeats" : "frames repeat", repeatKind(repeated, step),
            repeated.size() == 1 ? "it was" : "they were"));
      }
      if (frames.isEmpty()) {
        notes.add("The video has no frames.");
      } else if (withPose == 0) {
        notes.add("No person was found in any frame.");
      } else if (withPose < frames.size() / 2) {
        notes.add("The runner was found in only " + withPose + " of " + frames.size() + " frames.");
      }
      if (several > 0) {
        notes.add("Several people were seen in " + several + " of the frames the detector looked at; runpose"
            + " followed the one best seen from the side, with the feet in view.");
      }
      return new Summary(frames.size(), withPose, detector, several, missing, repeated.size(), notes);
    }

    /** What the repeats look like: a stretch of one still picture, or single frames spread through the clip. */
    private static String repeatKind(List<RepeatedFrame> repeated, int step) {
      int longest = 1;
      int run = 1;
      for (int i = 1; i < repeated.size(); i++) {
        run = repeated.get(i).index() - repeated.get(i - 1).index() == step ? run + 1 : 1;
        longest = Math.max(longest, run);
      }
      return longest >= STILL_FRAMES ? "the clip pauses or shows a still" : "frames repeated to change the frame rate";
    }

    /**
     * Frames missing between the time stamps, with a note on the longest gap when there are any. A GIF misses none:
     * its maker holds a picture longer by giving it a longer delay, so its gaps are said as pictures held.
     */
    private static int missingFrames(long[] times, boolean gif, List<String> notes) {
      if (times.length < 3) {
        return 0;
      }
      long[] dt = new long[times.length - 1];
      for (int i = 0; i < dt.length; i++) {
        dt[i] = times[i + 1] - times[i];
      }
      long[] sorted = dt.clone();
      java.util.Arrays.sort(sorted);
      double usual = sorted[sorted.length / 2];
      if (!(usual > 0)) {
        return 0;
      }
      int missing = 0;
      int gaps = 0;
      int longest = -1;
      boolean[] spent = new boolean[dt.length];
      for (int i = 0; i < dt.length; i++) {
        if (dt[i] > GAP_INTERVALS * usual && !evenedOut(dt, i, usual, spent)) {
          missing += (int) Math.round(dt[i] / usual) - 1;
          gaps++;
          longest = longest < 0 || dt[i] > dt[longest] ? i : longest;
        }
      }
      if (gif && gaps > 0) {
        notes.add(String.format(java.util.Locale.ROOT, "%d %s of this GIF %s shown longer than the others (the"
            + " longest for %.2f s, from %.2f s), as GIFs are often made: each keeps its own time.", gaps,
            gaps == 1 ? "picture" : "pictures", gaps == 1 ? "is" : "are", dt[longest] / 1e6, times[longest] / 1e6));
        return 0;
      }
      if (missing > 0) {
        notes.add(String.format(java.util.Locale.ROOT, "%d %s missing from the video's time line (the longest gap:"
            + " %.2f s after %.2f s): the file may be damaged, or the camera dropped frames.", missing,
            missing == 1 ? "frame is" : "frames are", dt[longest] / 1e6,
            times[longest] / 1e6));
      }
      return missing;
    }

    /**
     * Whether a long step between time stamps is made up by a short one next to it: a phone that records at a
     * variable rate stamps a frame late and the next one early (50 ms and 17 ms at 30 frames/s), and no frame is
     * missing where the two together span fewer than {@code 1 + GAP_INTERVALS} usual intervals. A short step makes
     * up one long step at most: {@code spent} marks those used.
     */
    private static boolean evenedOut(long[] dt, int i, double usual, boolean[] spent) {
      double most = (1 + GAP_INTERVALS) * usual;
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < dt.length && !spent[j] && dt[i] + dt[j] < most) {
          spent[j] = true;
          return true;
        }
      }
      return false;
    }
  }

  /** The keypoints file format this runpose writes. */
  public static final int FORMAT_VERSION = 1;

  public PoseSeries {
    formatVersion = formatVersion == 0 ? 1 : formatVersion;
    Objects.requireNonNull(runposeVersion, "runposeVersion");
    Objects.requireNonNull(video, "video");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(summary, "summary");
    frames = List.copyOf(Objects.requireNonNull(frames, "frames"));
    repeatedFrames = repeatedFrames == null ? List.of() : List.copyOf(repeatedFrames);
    for (int i = 1; i < frames.size(); i++) {
      PoseFrame before = frames.get(i - 1);
      PoseFrame f = frames.get(i);
      if (f.index() <= before.index() || f.timestampMicros() <= before.timestampMicros()) {
        throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "the frames are not in the order"
            + " of the video: frame %d at %.3f s comes after frame %d at %.3f s", f.index(), f.timestampMicros() / 1e6,
            before.index(), before.timestampMicros() / 1e6));
      }
    }
    long found = frames.stream().filter(PoseFrame::found).count();
    if (summary.framesWithPose() != found) {
      throw new IllegalArgumentException("the summary counts " + summary.framesWithPose() + " frames with the"
          + " runner, but " + found + " of the " + frames.size() + " frames hold one");
    }
  }

  /** "second", "third", "fourth", "5th" ...: which frames of {@code step} were read, in "every ... frame". */
  public static String nth(int step) {
    return switch (step) {
      case 2 -> "second";
      case 3 -> "third";
      case 4 -> "fourth";
      default -> step + "th";
    };
  }

  /** Every how many decoded frames one was read: 2 for a 60 fps video read at 30 frames a second. */
  public int frameStep() {
    return video.frameStep(settings.maxFps());
  }

  /** The same series of a video known by another name ({@link VideoInfo#named}). */
  public PoseSeries ofVideoNamed(Path name) {
    return new PoseSeries(formatVersion, runposeVersion, video.named(name), model, settings, summary, frames,
        repeatedFrames);
  }

  /** The same series with the poses of the given frames taken out (someone else's), its counts recomputed. */
  public PoseSeries withoutPoses(java.util.Set<Integer> frameIndices) {
    List<PoseFrame> kept = frames.stream()
        .map(f -> frameIndices.contains(f.index())
            ? new PoseFrame(f.index(), f.timestampMicros(), false, 0, f.detectorRan(), f.peopleDetected(), List.of())
            : f)
        .toList();
    return new PoseSeries(formatVersion, runposeVersion, video, model, settings,
        Summary.of(video, frameStep(), kept, repeatedFrames), kept, repeatedFrames);
  }

  public static PoseSeries of(String runposeVersion, VideoInfo video, ModelInfo model, PoseConfig settings,
      List<PoseFrame> frames) {
    return of(runposeVersion, video, model, settings, frames, List.of());
  }

  /** A series whose pose pass left out frames that repeated the picture before them. */
  public static PoseSeries of(String runposeVersion, VideoInfo video, ModelInfo model, PoseConfig settings,
      List<PoseFrame> frames, List<RepeatedFrame> repeatedFrames) {
    return new PoseSeries(FORMAT_VERSION, runposeVersion, video, model, settings,
        Summary.of(video, video.frameStep(settings.maxFps()), frames, repeatedFrames), frames, repeatedFrames);
  }
}
