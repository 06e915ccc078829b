package org.runpose.posture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.runpose.Severity;
import org.runpose.gait.GaitCheck;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.GaitPattern;
import org.runpose.gait.Side;
import org.runpose.gait.StepPeriod;
import org.runpose.pose.ModelInfo;
import org.runpose.pose.PoseConfig;
import org.runpose.video.VideoInfo;

/** A {@link PostureAnalysis} put together by hand: only frames, steps and the lumbar finding's state matter. */
public final class HandMadeAnalysis {

  /** Events timed at 30 frames a second. */
  private static final double FRAME_SECONDS = 1 / 30.0;

  private final List<FrameMetrics> frames = new ArrayList<>();
  private final List<StepMetrics> steps = new ArrayList<>();
  private final List<FootEvent> events = new ArrayList<>();
  private Double cadenceStepsPerMin;
  private Direction direction = Direction.RIGHT;
  private double rollDeg;
  private boolean lumbarAssessed = true;
  private Double medianLeanDeg;

  public HandMadeAnalysis frame(int index, Double leanDeg, Double lumbarDepthPct) {
    frames.add(new FrameMetrics(index, index / 30.0, leanDeg != null, leanDeg, lumbarDepthPct, null));
    return this;
  }

  public HandMadeAnalysis notFound(int index) {
    frames.add(new FrameMetrics(index, index / 30.0, false, null, null, null));
    return this;
  }

  /** A step whose stance lasts from frame {@code contact} to frame {@code toeOff}. */
  public HandMadeAnalysis step(Side side, int contact, int toeOff) {
    return step(side, contact, toeOff, null);
  }

  /** The same, with its foot strike angle. */
  public HandMadeAnalysis step(Side side, int contact, int toeOff, Double footStrikeDeg) {
    return step(side, contact, toeOff, footStrikeDeg, null);
  }

  /** The same, with its foot strike angle and its trunk lean at mid-stance. */
  public HandMadeAnalysis step(Side side, int contact, int toeOff, Double footStrikeDeg, Double leanMidStanceDeg) {
    return step(side, contact, toeOff, footStrikeDeg, leanMidStanceDeg, null);
  }

  /** The same, with its trunk lean at mid-stance and averaged over its stance. */
  public HandMadeAnalysis step(Side side, int contact, int toeOff, Double footStrikeDeg, Double leanMidStanceDeg,
      Double leanStanceMeanDeg) {
    steps.add(new StepMetrics(steps.size() + 1, side, contact / 30.0, toeOff / 30.0, (toeOff + 4) / 30.0,
        1000 * (toeOff - contact) / 30.0, 133, null, leanMidStanceDeg, null, null, null, null, null, null, null,
        footStrikeDeg, null, leanStanceMeanDeg));
    return this;
  }

  /** A foot contact found at frame {@code frame}. */
  public HandMadeAnalysis contact(Side side, int frame) {
    events.add(new FootEvent(side, GaitEvent.Kind.CONTACT, frame, frame / 30.0));
    return this;
  }

  /** The cadence the gait check gives for the whole clip. */
  public HandMadeAnalysis cadence(double stepsPerMin) {
    cadenceStepsPerMin = stepsPerMin;
    return this;
  }

  public HandMadeAnalysis medianLean(double deg) {
    medianLeanDeg = deg;
    return this;
  }

  public HandMadeAnalysis lumbarNotAssessed() {
    lumbarAssessed = false;
    return this;
  }

  public HandMadeAnalysis view(Direction direction, double rollDeg) {
    this.direction = direction;
    this.rollDeg = rollDeg;
    return this;
  }

  public PostureAnalysis build() {
    // A lower back judged needs a basis: the thresholds for anyone, as a user may choose them.
    AnalysisConfig c = AnalysisConfig.DEFAULT.withLumbarThresholds(AnalysisConfig.LUMBAR_WATCH_PCT_AVERAGE_BUILD,
        AnalysisConfig.LUMBAR_EXCESSIVE_PCT_AVERAGE_BUILD);
    VideoInfo video = new VideoInfo(Path.of("clip.mp4"), "mp4", "h264", 640, 480, 30, 0, 3_000_000, frames.size());
    ModelInfo model = new ModelInfo("full", "d.pt", "0", "l.pt", "0", "none", "none");
    int found = (int) frames.stream().filter(FrameMetrics::found).count();
    PostureSummary summary = new PostureSummary(frames.size(), found, 0, steps.size(), null, medianLeanDeg, null, null,
        null, null, 0, null, null, null, null, null, null, null, null, null, null, null, null, null);
    Flag lean = flag(Flag.FORWARD_LEAN, Severity.OK, c.leanWatchDeg(), c.leanExcessiveDeg());
    Flag lumbar = lumbarAssessed
        ? new Flag(Flag.LUMBAR, Flag.LUMBAR, Severity.WATCH, 5.0, "", c.lumbarWatchPct(), c.lumbarExcessivePct(), 0,
            0, List.of(), "", "")
        : flag(Flag.LUMBAR, Severity.NOT_ASSESSED, c.lumbarWatchPct(), c.lumbarExcessivePct());
    ViewCheck view = new ViewCheck(direction, "video", rollDeg, "user", 0.05, 0.05, true);
    GaitCheck gait = GaitCheck.judge(List.of(), new StepPeriod(0.34, 0.68), null, 0, 0, FRAME_SECONDS).check();
    if (cadenceStepsPerMin != null) {
      gait = new GaitCheck(GaitPattern.RUNNING, null, null, GaitCheck.TimeBase.REAL, null, null, gait.period(),
          cadenceStepsPerMin, null, cadenceStepsPerMin, steps.size(), steps.size(), List.of());
    }
    return new PostureAnalysis(PostureAnalysis.FORMAT_VERSION, "test", video, model, PoseConfig.DEFAULT, c, view,
        List.of(), gait, true, List.of(), summary, null, List.of(), List.of(lean, lumbar), steps, List.copyOf(events),
        frames, List.of(), List.of());
  }

  private static Flag flag(String id, Severity severity, double watch, double excessive) {
    return new Flag(id, id, severity, null, "", watch, excessive, 0, 0, List.of(), "", "");
  }
}
