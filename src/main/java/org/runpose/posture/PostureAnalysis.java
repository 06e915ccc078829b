package org.runpose.posture;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.runpose.Severity;
import org.runpose.gait.GaitCheck;
import org.runpose.pose.ModelInfo;
import org.runpose.pose.PoseConfig;
import org.runpose.video.VideoInfo;

/**
 * Everything {@code runpose analyze} found in one video: what it is based on, the findings, and the measures per
 * step and per frame. This is the content of {@code analysis.json}.
 *
 * @param formatVersion the file format's version, {@link #FORMAT_VERSION}; raised when a reader of the previous one
 *     could no longer read it (files written before it was recorded read as 1)
 * @param runposeVersion version of runpose that made it
 * @param video the video analysed
 * @param model the pose model used
 * @param poseSettings pose tracking settings
 * @param settings analysis settings and thresholds
 * @param view direction, camera roll and side-view check
 * @param capture how the video was filmed, judged check by check (frame rate, camera level and squareness, whole
 *     body in view, the runner's size, light, sharpness); empty when no runner was found, and in analyses written
 *     before the checks
 * @param gait running or walking, the time base, and the checks the gait timing passed or failed; an analysis
 *     written before these checks reads as real time, unchecked
 * @param sufficient whether the data allow findings
 * @param insufficientReasons why not, in plain language
 * @param summary medians over the clip
 * @param trend the first third of a clip longer than a minute against its last; null for a shorter clip
 * @param leanStretches where the trunk lean did not hold one level through the clip, the stretches that each held
 *     one, in time order; empty when it held one (and in analyses written before stretches were looked for)
 * @param flags the findings
 * @param steps per-step measures, of the steps whose timing fits the gait
 * @param events every foot contact and toe-off found, in time order (none in analyses written before they were
 *     listed)
 * @param frames per-frame measures
 * @param notes remarks for the user (several people, repaired left/right swaps, ...)
 * @param otherPasses where the person turned round, the analysis of each other pass, in the order filmed (each has
 *     the other side toward the camera, so is measured on its own); this one is of the longest pass. Empty for one
 *     pass, and in analyses written before passes were analysed
 */
public record PostureAnalysis(
    int formatVersion,
    String runposeVersion,
    VideoInfo video,
    ModelInfo model,
    PoseConfig poseSettings,
    AnalysisConfig settings,
    ViewCheck view,
    List<CaptureCheck> capture,
    GaitCheck gait,
    boolean sufficient,
    List<String> insufficientReasons,
    PostureSummary summary,
    SessionTrend trend,
    List<LeanStretch> leanStretches,
    List<Flag> flags,
    List<StepMetrics> steps,
    List<FootEvent> events,
    List<FrameMetrics> frames,
    List<String> notes,
    List<PostureAnalysis> otherPasses) {

  /** How the note on a person who turned round begins, in every pass. */
  public static final String TURNED_ROUND = "The person turned round in the clip";

  /** The format this runpose writes. */
  public static final int FORMAT_VERSION = 1;

  public PostureAnalysis {
    formatVersion = formatVersion == 0 ? 1 : formatVersion;
    capture = capture == null ? List.of() : List.copyOf(capture);
    gait = gait == null ? GaitCheck.unchecked() : gait;
    events = events == null ? List.of() : events;
    insufficientReasons = List.copyOf(Objects.requireNonNull(insufficientReasons, "insufficientReasons"));
    leanStretches = leanStretches == null ? List.of() : List.copyOf(leanStretches);
    flags = List.copyOf(Objects.requireNonNull(flags, "flags"));
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    frames = List.copyOf(Objects.requireNonNull(frames, "frames"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    otherPasses = otherPasses == null ? List.of() : List.copyOf(otherPasses);
  }

  /** This analysis with the other passes of the clip. */
  PostureAnalysis withOtherPasses(List<PostureAnalysis> passes) {
    return new PostureAnalysis(formatVersion, runposeVersion, video, model, poseSettings, settings, view, capture, gait,
        sufficient, insufficientReasons, summary, trend, leanStretches, flags, steps, events, frames, notes, passes);
  }

  /** This analysis and its other passes, in that order. */
  public List<PostureAnalysis> passes() {
    return Stream.concat(Stream.of(this), otherPasses.stream()).toList();
  }

  /**
   * Whether each step's stance and flight times are given: real-time timing that hangs together, and frames often
   * enough to time a step (the summary withholds them otherwise, as the frame-rate check says).
   */
  public boolean stepTimesGiven() {
    return gait.timingInRealTime() && summary.stanceMs() != null;
  }

  /** The frames a second the analysis read, in real time ({@link CaptureChecks#realFpsRead}). */
  public double realFpsRead() {
    return CaptureChecks.realFpsRead(video, poseSettings, settings.slowMotionFactor());
  }

  /** The most serious finding of any pass; not assessed only when nothing was. */
  public Severity worstSeverity() {
    return passes().stream().flatMap(p -> p.flags().stream()).map(Flag::severity)
        .reduce(Severity.NOT_ASSESSED, Severity::worst);
  }

  /**
   * A video frame as the pass that shows the person in it measured it.
   *
   * @param pass 1 for this analysis, 2 and on for {@link #otherPasses()} in their order
   */
  public record PassFrame(int pass, PostureAnalysis analysis, FrameMetrics frame) {}

  /**
   * Every frame once, in frame order, as the pass that shows the person in it measured it; a frame without the
   * person as this analysis lists it.
   */
  public List<PassFrame> framesOfAllPasses() {
    Map<Integer, PassFrame> byIndex = new TreeMap<>();
    List<PostureAnalysis> passes = passes();
    for (int n = 0; n < passes.size(); n++) {
      for (FrameMetrics f : passes.get(n).frames()) {
        if (n == 0 || f.found()) {
          byIndex.put(f.index(), new PassFrame(n + 1, passes.get(n), f));
        }
      }
    }
    return List.copyOf(byIndex.values());
  }

  /** Every foot contact and toe-off found, in all passes, in time order. */
  public List<FootEvent> eventsOfAllPasses() {
    return passes().stream().flatMap(p -> p.events().stream())
        .sorted(Comparator.comparingDouble(FootEvent::timeSeconds)).toList();
  }

  /** The finding with this id, e.g. {@link Flag#FORWARD_LEAN}. */
  public Flag flag(String id) {
    return flags.stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no finding " + id));
  }
}
