package org.runpose.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.runpose.Severity;
import org.runpose.gait.GaitCheck;
import org.runpose.gait.GaitPattern;

/** Turns the measures into the two posture findings, with their explanation and advice. */
final class Flags {

  /**
   * A lumbar hollow deeper than this, percent of trunk length, is not a back's: a rendered back arched 20° beyond
   * neutral reads 9-10 %; the lab runner wearing a harness read 17.6 %.
   */
  static final double MAX_PLAUSIBLE_LUMBAR_PCT = 12;
  /**
   * Widest spread of the middle half of a clip's frames (lower to upper quartile), in points of the trunk length,
   * over which the outline traced is taken to be the back: what lies between a neutral back (about 4 %) and a
   * strongly arched one (about 10 %). It also lies midway between the tuning clips whose backs were traced (4.4
   * points at most) and forerunner-track, whose trace wandered off the body onto the background (8.3 points).
   */
  static final double MAX_LUMBAR_SPREAD_PTS = 6;
  /**
   * Widest spread of the middle half of a clip's frames (lower to upper quartile) of the trunk lean, degrees, over
   * which the median is a steady runner's lean: what lies between an upright trunk and an excessive lean (15°). The
   * labelled clips, rendered and real, spread by 10.0° at most (IMG5396, a phone on the floor close to the treadmill);
   * a sprint start from the blocks by 91°.
   */
  static final double MAX_LEAN_SPREAD_DEG = 15;

  private Flags() {}

  /**
   * @param stretches where the lean did not hold one level, the stretches that each held one; else empty
   */
  static List<Flag> of(AnalysisConfig c, PostureSummary s, GaitCheck gait, List<StepMetrics> steps,
      List<FrameMetrics> frames, List<String> insufficient, List<LeanStretch> stretches, String lumbarMissing) {
    return List.of(forwardLean(c, s, gait, steps, frames, insufficient, stretches),
        lumbar(c, s, gait, frames, insufficient, lumbarMissing));
  }

  /** What a walker's finding adds: the thresholds come from running. */
  static String walkingCaveat(GaitCheck gait) {
    return gait.pattern() == GaitPattern.WALKING
        ? " This person was walking, not running; the thresholds were set for running and are a rough guide here."
        : "";
  }

  private static Flag forwardLean(AnalysisConfig c, PostureSummary s, GaitCheck gait, List<StepMetrics> steps,
      List<FrameMetrics> frames, List<String> insufficient, List<LeanStretch> stretches) {
    int framesUsed = (int) frames.stream().filter(f -> f.leanDeg() != null).count();
    String title = "Forward trunk lean";
    double[] spread = middleHalf(frames, FrameMetrics::leanDeg);
    String why = !insufficient.isEmpty() ? String.join(" ", insufficient)
        : s.leanDeg() == null ? "no frame gave a trunk angle."
        // Stretches each steady in themselves are a change of posture, which the finding then says.
        : stretches.isEmpty() && spread != null && spread[1] - spread[0] > MAX_LEAN_SPREAD_DEG
            ? String.format(Locale.ROOT, "The trunk's angle changed from %.0f° to %.0f° over the middle half of the"
                + " frames, more than lies between an upright trunk and an excessive lean: this is not steady running"
                + " (a start from the blocks or from standing, a stop, a turn), or the hip and shoulder points were not"
                + " steadily on the body. Film a few seconds of steady running.", spread[0], spread[1])
        : null;
    if (why != null) {
      return new Flag(Flag.FORWARD_LEAN, title, Severity.NOT_ASSESSED, null, "deg", c.leanWatchDeg(),
          c.leanExcessiveDeg(), s.steps(), framesUsed, List.of(), "Insufficient data: " + why, "");
    }
    LeanStretch lead = stretches.stream().max(Flags::graver).orElse(null);
    double lean = lead == null ? s.leanDeg() : lead.leanDeg();
    Severity severity = c.leanSeverity(lean);
    List<Double> times = new ArrayList<>();
    for (StepMetrics st : steps) {
      if (st.leanMidStanceDeg() != null && st.leanMidStanceDeg() >= c.leanWatchDeg()) {
        times.add((st.contactSeconds() + st.toeOffSeconds()) / 2);
      }
    }
    String measured = String.format(Locale.ROOT,
        "%s (hips to shoulders) leans %.1f° %s from vertical (median of %d frames over %d steps;"
            + " contact %s, mid-stance %s, toe-off %s, mean over stance %s). Recreational runners split into a"
            + " more upright group leaning 3.6° and a more bent one leaning 10.8° on average over stance (Teng &"
            + " Powers 2015); runpose watches from %s°, above the upright group, and flags from %s° as excessive."
            + walkingCaveat(gait),
        lead == null ? "The trunk" : "Over the whole clip the trunk", Math.abs(s.leanDeg()),
        s.leanDeg() >= 0 ? "forward" : "backward", framesUsed, s.steps(),
        deg(s.leanContactDeg()), deg(s.leanMidStanceDeg()), deg(s.leanToeOffDeg()), deg(s.leanStanceMeanDeg()),
        CaptureChecks.number(c.leanWatchDeg()),
        CaptureChecks.number(c.leanExcessiveDeg()));
    String meaning = switch (severity) {
      case EXCESSIVE -> " Running bent forward this much makes the lower-back muscles hold the trunk up at every"
          + " step, a common source of low back pain, and shifts work to the hips.";
      case WATCH -> " This is more than the upright group leans; it loads the lower-back muscles more than an"
          + " upright trunk does.";
      default -> lean < -2
          ? " The trunk leans slightly backward, which brakes each step; nothing to flag for the back."
          : " This is within the usual range.";
    };
    Double line = Flag.borderlineLine(lean, c.leanWatchDeg(), c.leanExcessiveDeg(), s.steps());
    meaning += borderline(lean, line, s.steps());
    // A watch within its error of the usual range may be none: confirm it before working on it.
    boolean nearlyOk = Flag.across(severity, line, c.leanWatchDeg()) == Severity.OK;
    String advice = switch (severity) {
      case EXCESSIVE, WATCH -> (nearlyOk ? "Film again the same way to see whether it holds before working on it."
          + " If it does, run tall" : "Run tall") + ": think of a string pulling the top of the head up, lean from the"
          + " ankles rather than bending at the hips, and keep the eyes on the horizon. Strengthen the trunk extensors"
          + " and glutes, and stretch the hip flexors. Film again in a few weeks to compare.";
      default -> "Nothing to change for the trunk angle.";
    };
    String explanation = lead == null ? measured + meaning : changed(stretches, lead) + meaning
        + " Judge the other stretches on their own. " + measured;
    return new Flag(Flag.FORWARD_LEAN, title, severity, lean, "deg", c.leanWatchDeg(), c.leanExcessiveDeg(),
        s.steps(), framesUsed, times, explanation, advice);
  }

  /**
   * A lean from one stride says how much less sure it is than a whole run's; one less than its own error from a
   * threshold, {@code line} ({@link Flag#borderlineLine}; null where there is none), is said to be borderline.
   */
  private static String borderline(double leanDeg, Double line, int steps) {
    String oneStride = steps >= Flag.SURE_LEAN_STEPS ? "" : String.format(Locale.ROOT, " It rests on %d steps, about"
        + " one stride, which seldom shows how level the camera was: a camera's tilt then adds to the lean. A clip of"
        + " %d steps or more gives a surer figure.", steps, Flag.SURE_LEAN_STEPS);
    return oneStride + (line == null ? "" : String.format(Locale.ROOT, " At %.1f° it lies less than %s° from the"
        + " %s° line, what the measure itself can be off by: a borderline result, which another recording could put"
        + " on the other side.", leanDeg, CaptureChecks.number(Flag.leanErrorDeg(steps)), CaptureChecks.number(line)));
  }

  /**
   * Where the lean did not hold one level, each stretch's, and which one the finding is: the clip's median may describe
   * none of them.
   */
  private static String changed(List<LeanStretch> stretches, LeanStretch lead) {
    List<String> each = new ArrayList<>();
    for (LeanStretch st : stretches) {
      each.add(String.format(Locale.ROOT, "%s from %.1f to %.1f s (%d steps, %s)", leaning(st.leanDeg()),
          st.fromSeconds(), st.toSeconds(), st.steps(), st.severity().label()));
    }
    return "The lean did not hold one level through the clip: " + String.join(", then ", each) + ", each the"
        + " median of its steps' lean over their time on the ground. The runner may have changed posture (a cue to"
        + " run differently, another posture shown, tiring, a change of pace or incline); check in the video that"
        + " the camera and the tracking of the runner stayed the same. This finding is that of the "
        + (lead.severity() == Severity.OK ? "most forward stretch" : "stretch graded worst")
        + String.format(Locale.ROOT, ", %s from %.1f to %.1f s.", leaning(lead.leanDeg()), lead.fromSeconds(),
            lead.toSeconds());
  }

  /** A lean in words: forward is the usual direction and goes without saying. */
  private static String leaning(double leanDeg) {
    return leanDeg < -0.05 ? deg(-leanDeg) + " backward" : deg(leanDeg);
  }

  /** Orders stretches by grade, then by how far forward they lean. */
  private static int graver(LeanStretch a, LeanStretch b) {
    return a.severity() != b.severity() ? (Severity.worst(a.severity(), b.severity()) == a.severity() ? 1 : -1)
        : Double.compare(a.leanDeg(), b.leanDeg());
  }

  /**
   * @param lumbarMissing why the lower back could not be measured in enough frames, or null when it was
   */
  private static Flag lumbar(AnalysisConfig c, PostureSummary s, GaitCheck gait, List<FrameMetrics> frames,
      List<String> insufficient, String lumbarMissing) {
    String title = "Lumbar hyperextension";
    List<String> why = new ArrayList<>(insufficient);
    if (why.isEmpty() && lumbarMissing != null) {
      why.add(lumbarMissing);
    }
    if (why.isEmpty() && s.lumbarDepthPct() != null && s.lumbarDepthPct() > MAX_PLAUSIBLE_LUMBAR_PCT) {
      why.add(String.format(Locale.ROOT, "The outline of the lower back gave a hollow of %.1f%% of the trunk length,"
          + " deeper than any back measured so far (a strongly arched back reads about 10%%): the outline is likely"
          + " that of clothing, a bag or straps rather than the back. Film in fitted clothing without anything on"
          + " the back.", s.lumbarDepthPct()));
    }
    double[] spread = middleHalf(frames, FrameMetrics::lumbarDepthPct);
    if (why.isEmpty() && spread != null && spread[1] - spread[0] > MAX_LUMBAR_SPREAD_PTS) {
      why.add(String.format(Locale.ROOT, "The hollow of the lower back changed from %.1f%% to %.1f%% of the trunk"
          + " length over the middle half of the frames, more than lies between a flat and a strongly arched back:"
          + " the outline traced was not steadily the back (loose clothing, an arm, or a background of the same"
          + " colour). Film in fitted clothing against a plain background.", spread[0], spread[1]));
    }
    if (!why.isEmpty() || s.lumbarDepthPct() == null) {
      return new Flag(Flag.LUMBAR, title, Severity.NOT_ASSESSED, null, "% of trunk length", c.lumbarWatchAtPct(),
          c.lumbarExcessiveAtPct(), s.steps(), s.lumbarFrames(), List.of(),
          "Insufficient data: " + String.join(" ", why), "");
    }
    double depth = s.lumbarDepthPct();
    Severity severity = c.lumbarSeverity(depth);
    List<Double> times = !c.lumbarJudged() ? List.of() : frames.stream()
        .filter(f -> f.lumbarDepthPct() != null && f.lumbarDepthPct() >= c.lumbarWatchAtPct())
        .map(FrameMetrics::timeSeconds).toList();
    LumbarBaseline baseline = c.lumbarBaseline();
    String basis;
    if (baseline != null) {
      basis = String.format(Locale.ROOT, " That is %+.1f points against the same runner's baseline of %s; judged on"
          + " that change: watch from %+.1f points, excessive from %+.1f.", depth - baseline.depthPct(),
          baseline.source(), baseline.watchIncreasePts(), baseline.excessiveIncreasePts())
          + leanChange(baseline, s.leanDeg());
    } else if (c.lumbarJudged()) {
      basis = String.format(Locale.ROOT, " Judged against the thresholds chosen for anyone: watch from %s%%,"
          + " excessive from %s%%. The hollow deepens with a fuller build (buttocks, belly) as well as with the"
          + " back's arch, so for a runner of full build judge the change from an earlier visit instead (runpose"
          + " analyze --baseline).", CaptureChecks.number(c.lumbarWatchPct()),
          CaptureChecks.number(c.lumbarExcessivePct()));
    } else {
      basis = " One video cannot tell the back's arch from the build: the hollow deepens with fuller buttocks or"
          + " belly as much as with the arch (rendered runners holding the same neutral back read 2-8% by build,"
          + " real people with normal backs 1.0-9.6%). So it is not judged here: this analysis is the runner's"
          + " baseline, and a later video is judged by how much deeper its hollow is (runpose analyze --baseline,"
          + " or the runner's next visit in the web app).";
    }
    String measured = String.format(Locale.ROOT,
        "The hollow of the lower back, traced on the runner's outline, is %.1f%% of the trunk length deep"
            + " (median of %d frames in which the arms did not hide the back).", depth, s.lumbarFrames())
        + basis + walkingCaveat(gait);
    String meaning = switch (severity) {
      case NOT_ASSESSED -> "";
      case EXCESSIVE, WATCH -> " An exaggerated arch of the lower back while running often goes with weak"
          + " abdominal muscles and tight lower-back muscles and hip flexors; it compresses the back of the lumbar"
          + " spine at every step.";
      default -> " The lower back keeps a normal curve.";
    };
    String advice = switch (severity) {
      case NOT_ASSESSED -> "Keep this analysis: film the runner the same way at the next visit and judge the lower"
          + " back by the change.";
      case EXCESSIVE, WATCH -> "Strengthen the deep abdominals (planks, dead bugs), stretch the lower back and the"
          + " hip flexors, and while running think of tucking the pelvis slightly under. A physical therapist can"
          + " confirm this with a hands-on assessment.";
      default -> "Nothing to change for the lower back.";
    };
    return new Flag(Flag.LUMBAR, title, severity, depth, "% of trunk length", c.lumbarWatchAtPct(),
        c.lumbarExcessiveAtPct(), s.steps(), s.lumbarFrames(), times, measured + meaning, advice);
  }

  /** A caveat when the trunk leans much more or less than at the baseline: the lean alone moves the hollow. */
  private static String leanChange(LumbarBaseline baseline, Double leanDeg) {
    if (baseline.leanDeg() == null || leanDeg == null
        || Math.abs(leanDeg - baseline.leanDeg()) < LumbarBaseline.LEAN_CHANGE_NOTED_DEG) {
      return "";
    }
    return String.format(Locale.ROOT, " The trunk leans %.0f° %s than at the baseline (%.1f° against %.1f°); a more"
        + " forward trunk deepens the hollow by itself (about 0.7 points per 10° on rendered runners), so part of the"
        + " change may come from the lean.", Math.abs(leanDeg - baseline.leanDeg()),
        leanDeg > baseline.leanDeg() ? "more" : "less", leanDeg, baseline.leanDeg());
  }

  /** Degrees to a tenth, with the sign, never "-0.0°"; "n/a" for none. */
  static String deg(Double v) {
    String d = v == null ? "n/a" : String.format(Locale.ROOT, "%.1f°", v);
    return d.equals("-0.0°") ? "0.0°" : d;
  }

  /** The lower and upper quartile of the frames' measure, or null with fewer than four. */
  static double[] middleHalf(List<FrameMetrics> frames, Function<FrameMetrics, Double> measure) {
    double[] depths = frames.stream().map(measure).filter(d -> d != null)
        .mapToDouble(Double::doubleValue).toArray();
    if (depths.length < 4) {
      return null;
    }
    Percentile quartile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    return new double[] {quartile.evaluate(depths, 25), quartile.evaluate(depths, 75)};
  }
}
