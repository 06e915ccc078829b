package org.runpose.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.runpose.Severity;
import org.runpose.gait.GaitCheck;
import org.runpose.gait.GaitPattern;
import org.runpose.gait.Side;
import org.runpose.gait.StepPeriod;
import org.runpose.io.Sha256;
import org.runpose.pose.ModelInfo;
import org.runpose.pose.PoseConfig;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.Direction;
import org.runpose.posture.Flag;
import org.runpose.posture.FrameMetrics;
import org.runpose.posture.LeanStretch;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.posture.StepMetrics;
import org.runpose.posture.ViewCheck;
import org.runpose.signal.SignalConfig;
import org.runpose.video.VideoInfo;

/** A made-up analysis of a runner with a chosen lean and lumbar hollow, to compare without the pose model. */
public final class Runner {

  /** Events timed at 30 frames a second. */
  private static final double FRAME_SECONDS = 1 / 30.0;

  public static final String LANDMARK_SHA = "2712dfe6a10aba344e3facaa0e59a5a05515f5287c9ef83f0ec215be42c12660";
  public static final String DETECTOR_SHA = "0c6c32fa274d7e9a82d5a73d2673d51172ede441aff59572ba5bc40e6da68c5d";

  public Double leanDeg = 5.0;
  public Double lumbarPct = 3.0;
  public double leanWatchDeg = 8;
  public double leanExcessiveDeg = 15;
  /** Null with {@link #lumbarExcessivePct}: the lower back measured but not judged, as without a baseline. */
  public Double lumbarWatchPct = 4.0;
  public Double lumbarExcessivePct = 6.0;
  public double cutoffHz = 6;
  public Direction direction = Direction.RIGHT;
  public double fps = 30;
  public boolean sufficient = true;
  public String landmarkSha = LANDMARK_SHA;
  public String variant = "full";
  public String version = "0.1.0-SNAPSHOT";
  public Double heightCm;
  public double footStrikeDeg = 12;
  public double shankContactDeg = 6;
  public String video = "clip.mp4";
  /** The video file's SHA-256; null as in analyses made before runpose recorded it. */
  public String videoSha256;
  public List<LeanStretch> leanStretches = List.of();
  /** Steps the lean finding rests on. */
  public int leanSteps = 6;
  /** How many times slower than real time the video plays, as given; null: real time. */
  public Double slowMotionFactor;
  /** The gait the steps show; null: too few steps to tell, as none are timed here. */
  public GaitPattern gait;
  /** Whether the lumbar finding set its measured hollow aside (deeper than any back, say). */
  public boolean lumbarSetAside;

  public PostureAnalysis analysis() {
    AnalysisConfig c = new AnalysisConfig(new SignalConfig(0.25, 0.1, 3, cutoffHz, 2, 0.5, 0.5), leanWatchDeg,
        leanExcessiveDeg, lumbarWatchPct, lumbarExcessivePct, null, null, heightCm, slowMotionFactor, 2, 0.5, 0.3,
        null);
    int frames = (int) Math.round(3 * fps);
    List<FrameMetrics> f = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      double t = i / fps;
      Double lean = leanDeg == null ? null : leanDeg + 3 * Math.sin(2 * Math.PI * 2.9 * t);
      Double lumbar = lumbarPct == null || i % 4 != 0 ? null : lumbarPct + 0.5 * Math.cos(i);
      f.add(new FrameMetrics(i, t, true, lean, lumbar, i % 10 < 4 ? "left" : i % 10 < 8 ? "right" : "none"));
    }
    List<StepMetrics> steps = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      double contact = 0.1 + i * 0.34;
      steps.add(new StepMetrics(i + 1, i % 2 == 0 ? Side.LEFT : Side.RIGHT, contact, contact + 0.23,
          contact + 0.34, 230, 110, leanDeg, leanDeg, leanDeg, 0.2, 18.0, 40.0, 0.09,
          heightCm == null ? null : 7.5, 8.0, footStrikeDeg, shankContactDeg, leanDeg));
    }
    Double lean = sufficient ? leanDeg : null;
    Double lumbar = sufficient && !lumbarSetAside ? lumbarPct : null;
    PostureSummary s = new PostureSummary(frames, frames, 0, sufficient ? 6 : 1, 176.0, leanDeg,
        leanDeg == null ? null : leanDeg - 0.3, leanDeg == null ? null : leanDeg + 0.4,
        leanDeg == null ? null : leanDeg - 0.6, lumbarPct, lumbarPct == null ? 0 : frames / 4, 8.0, 230.0, 110.0,
        null, 0.2, 18.0, 40.0, 0.09, heightCm == null ? null : 7.5, 150.0, footStrikeDeg, shankContactDeg,
        leanDeg == null ? null : leanDeg + 0.1);
    List<Flag> flags = List.of(
        flag(Flag.FORWARD_LEAN, "Forward trunk lean", lean, "deg", leanWatchDeg, leanExcessiveDeg,
            lean == null ? null : c.leanSeverity(lean), leanSteps),
        flag(Flag.LUMBAR, "Lumbar hyperextension", lumbar, "% of trunk length", lumbarWatchPct, lumbarExcessivePct,
            lumbar == null ? null : c.lumbarSeverity(lumbar), 6));
    return new PostureAnalysis(PostureAnalysis.FORMAT_VERSION, version,
        new VideoInfo(Path.of(video), "mov,mp4,m4a,3gp,3g2,mj2", "h264", 640, 480, fps, 0, 3_000_000, frames, null,
            videoSha256),
        new ModelInfo(variant, "pose_detection.pt", DETECTOR_SHA, "pose_landmark_" + variant + ".pt", landmarkSha,
            "PyTorch 2.7.1", "0.36.0"),
        PoseConfig.DEFAULT, c, new ViewCheck(direction, "video", 0, "foot contacts", 0.04, 0.05, true), List.of(),
        gait == null ? GaitCheck.judge(List.of(), new StepPeriod(0.34, 0.68), null, 0, 0, FRAME_SECONDS).check()
            : new GaitCheck(gait, null, null, GaitCheck.TimeBase.REAL, null, null, new StepPeriod(0.34, 0.68), 176.0,
                null, 176.0, 6, 6, List.of()), sufficient,
        sufficient ? List.of() : List.of("Only 1 step was recognised; at least 2 are needed."), s, null,
        leanStretches, flags, steps, List.of(), f, List.of(), List.of());
  }

  private static Flag flag(String id, String title, Double value, String unit, Double watch, Double excessive,
      Severity severity, int steps) {
    return value == null
        ? new Flag(id, title, Severity.NOT_ASSESSED, null, unit, watch, excessive, 1, 90, List.of(),
            "Insufficient data: only 1 step was recognised.", "")
        : watch == null ? new Flag(id, title, Severity.NOT_ASSESSED, value, unit, null, null, steps, 90, List.of(),
            title + " measured, not judged.", "Keep this analysis.")
        : new Flag(id, title, severity, value, unit, watch, excessive, steps, 90, List.of(), title + " measured.",
            severity.isFinding() ? "Work on it." : "Nothing to change.");
  }

  /** A visit of this runner under {@code label}, as if read from {@code file}. */
  public Visit visit(String label) {
    PostureAnalysis a = analysis();
    return new Visit(label, Path.of(label, "analysis.json"),
        Sha256.of((label + a.summary().leanDeg() + a.summary().lumbarDepthPct()).getBytes()), a);
  }
}
