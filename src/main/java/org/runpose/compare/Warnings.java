package org.runpose.compare;

import static org.runpose.report.PostureReport.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.runpose.gait.GaitPattern;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.Direction;
import org.runpose.posture.Flag;
import org.runpose.posture.LeanStretch;
import org.runpose.posture.PostureAnalysis;

/** What makes two analyses less comparable, most serious first. */
final class Warnings {
  private Warnings() {}

  static List<CompareWarning> of(Visit before, Visit after, CompareConfig config) {
    PostureAnalysis b = before.analysis();
    PostureAnalysis a = after.analysis();
    List<CompareWarning> w = new ArrayList<>();
    for (Visit v : List.of(before, after)) {
      if (!v.analysis().sufficient()) {
        w.add(new CompareWarning("insufficient-data", v.label() + " has too little data for findings, so they"
            + " are not assessed and get no verdict. " + String.join(" ", v.analysis().insufficientReasons())));
      }
    }
    if (!sameModel(b.model(), a.model())) {
      w.add(new CompareWarning("model-differs", "Different pose models: " + model(before) + "; " + model(after)
          + ". The keypoints, and every angle measured on them, may differ by more than the runner changed."
          + " Analyse both videos with the same model to compare them."));
    }
    AnalysisConfig cb = b.settings();
    AnalysisConfig ca = a.settings();
    if (cb.leanWatchDeg() != ca.leanWatchDeg() || cb.leanExcessiveDeg() != ca.leanExcessiveDeg()
        || !Objects.equals(cb.lumbarWatchPct(), ca.lumbarWatchPct())
        || !Objects.equals(cb.lumbarExcessivePct(), ca.lumbarExcessivePct())) {
      w.add(new CompareWarning("thresholds-differ", "Different thresholds: " + before.label() + " "
          + thresholds(cb) + "; " + after.label() + " " + thresholds(ca) + ". Each visit's traffic light is"
          + " graded on its own thresholds; the verdicts compare the measured values."));
    }
    if (b.view().direction() != a.view().direction()) {
      w.add(new CompareWarning("direction-differs", "The runner ran the other way: " + view(before) + "; "
          + view(after) + ". The camera saw the other side of the body, so a difference between the sides can"
          + " look like a change. Film from the same side each visit."));
    }
    GaitPattern gb = b.gait().pattern();
    GaitPattern ga = a.gait().pattern();
    // An unclear gait is no other gait: too few steps, which the insufficient-data warning already says.
    if (gb != ga && gb != GaitPattern.UNCLEAR && ga != GaitPattern.UNCLEAR) {
      w.add(new CompareWarning("gait-differs", String.format(Locale.ROOT, "%s was %s and %s %s: the trunk leans,"
          + " the feet land and the steps are timed differently in running and walking, so a change may be the"
          + " gait, not the person. Compare visits of the same gait.", before.label(), gb.id(), after.label(),
          ga.id())));
    }
    for (Visit v : List.of(before, after)) {
      if (!v.analysis().leanStretches().isEmpty()) {
        w.add(new CompareWarning("lean-not-steady", v.label() + "'s trunk lean did not hold one level: "
            + LeanStretch.listed(v.analysis().leanStretches()) + ". Its lean finding, compared here, is that of the"
            + " stretch graded worst (the median of that stretch's steps' lean over stance, not of all frames); look"
            + " at each visit's own report for the stretch that shows the runner's usual running, and film each visit"
            + " holding one posture."));
      }
    }
    for (Visit v : List.of(before, after)) {
      Flag lean = v.analysis().flag(Flag.FORWARD_LEAN);
      if (lean.value() != null && lean.stepsUsed() < Flag.SURE_LEAN_STEPS) {
        w.add(new CompareWarning("lean-from-one-stride", String.format(Locale.ROOT, "%s's trunk lean rests on %d"
            + " steps, about one stride, which seldom shows how level the camera was: a change of less than %s° may"
            + " be the camera's tilt, not the runner. Film %d steps or more each visit.", v.label(),
            lean.stepsUsed(), number(Flag.ONE_STRIDE_LEAN_MARGIN_DEG), Flag.SURE_LEAN_STEPS)));
      }
    }
    double fb = b.realFpsRead();
    double fa = a.realFpsRead();
    if (fb > 0 && fa > 0 && Math.max(fb, fa) / Math.min(fb, fa) >= config.frameRateRatioWarning()) {
      w.add(new CompareWarning("frame-rate-differs", String.format(Locale.ROOT, "Very different frame rates read,"
          + " in real time: %s %s fps, %s %s fps. Contacts and toe-offs are timed to a frame, so stance and flight"
          + " times, and the lean at those moments, are not measured alike. Film at the same frame rate each visit.",
          before.label(), number(fb), after.label(), number(fa))));
    }
    if (cb.signal().cutoffHz() != ca.signal().cutoffHz()) {
      w.add(new CompareWarning("smoothing-differs", String.format(Locale.ROOT, "The keypoints were smoothed"
          + " differently (%s: %s Hz low-pass, %s: %s Hz), which changes the angles a little, most of all at"
          + " contact and toe-off.", before.label(), number(cb.signal().cutoffHz()), after.label(),
          number(ca.signal().cutoffHz()))));
    }
    if (!Objects.equals(b.runposeVersion(), a.runposeVersion())) {
      w.add(new CompareWarning("version-differs", "Made by different versions of runpose (" + before.label() + ": "
          + b.runposeVersion() + ", " + after.label() + ": " + a.runposeVersion() + "); a change of method"
          + " can move the measures. Analyse both videos with the same version to be sure."));
    }
    String videoB = b.video().sha256();
    if (before.sha256().equals(after.sha256())) {
      w.add(new CompareWarning("same-analysis", "Both inputs are the same analysis (identical SHA-256), so"
          + " nothing can have changed. Check that the second file is from the later visit."));
    } else if (videoB != null && videoB.equals(a.video().sha256())) {
      w.add(new CompareWarning("same-video", "Both analyses are of the same video (identical SHA-256, "
          + shortSha(videoB) + "\u2026), so the runner cannot have changed: any difference comes from the"
          + " settings or the version of runpose. Check that the second analysis is of the later visit's video."));
    }
    return w;
  }

  private static boolean sameModel(ModelInfo b, ModelInfo a) {
    return Objects.equals(b.variant(), a.variant()) && Objects.equals(b.landmarkSha256(), a.landmarkSha256())
        && Objects.equals(b.detectorSha256(), a.detectorSha256());
  }

  private static String model(Visit v) {
    ModelInfo m = v.analysis().model();
    return v.label() + " BlazePose " + m.variant() + " (landmark SHA-256 " + shortSha(m.landmarkSha256())
        + "\u2026, detector " + shortSha(m.detectorSha256()) + "\u2026)";
  }

  private static String shortSha(String sha) {
    return sha == null ? "unknown" : sha.substring(0, Math.min(12, sha.length()));
  }

  static String thresholds(AnalysisConfig c) {
    return "lean " + number(c.leanWatchDeg()) + "/" + number(c.leanExcessiveDeg()) + "\u00b0, lumbar "
        + (!c.lumbarJudged() ? "not judged (no baseline)"
            : number(c.lumbarWatchAtPct()) + "/" + number(c.lumbarExcessiveAtPct()) + " % (watch/excessive)"
                + (c.lumbarBaseline() == null ? "" : " against the runner's baseline"));
  }

  private static String view(Visit v) {
    Direction d = v.analysis().view().direction();
    return v.label() + " toward the " + d.id() + " of the picture (" + d.nearSide().id() + " side to the camera)";
  }


}
