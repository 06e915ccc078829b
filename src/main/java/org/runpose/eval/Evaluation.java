package org.runpose.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import org.runpose.RunposeException;
import org.runpose.RunposeVersion;
import org.runpose.Severity;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.LumbarBaseline;
import org.runpose.posture.VideoPose;

/**
 * The accuracy harness: runs the pipeline on labelled clips and scores it against their ground truth. One clip
 * that cannot be read or analysed is reported as failed; the others are still scored.
 */
public final class Evaluation {

  /**
   * Accuracy goals of the analysis. The lean's is the generalisation goal, 2° on every clip (the first goal, 5°, was
   * set before clips of other bodies, cameras and gaits existed).
   */
  static final double LEAN_TARGET_DEG = 2;
  static final double LEAN_CHANGE_TARGET_DEG = 1.5;
  static final double PHASE_LEAN_TARGET_DEG = 3;
  /**
   * The largest smallest-detectable-difference published for each measure taken by hand from a side video (Dingenen
   * et al. 2018): an error beyond it would hide a change a therapist can see.
   */
  static final double FOOT_STRIKE_TARGET_DEG = 2.3;
  static final double SHANK_TARGET_DEG = 4.8;
  /** Knee flexion at midstance, 2.3-3.8° (the same study's largest for the knee, used at contact too). */
  static final double KNEE_TARGET_DEG = 3.8;
  static final double ROLL_TARGET_DEG = 1;
  static final double CONTACT_TARGET_FRAMES = 2;
  static final double CADENCE_TARGET_STEPS_PER_MIN = 3;
  /** A back within this many degrees of the rig's neutral posture must get no lumbar finding. */
  static final double NEUTRAL_LUMBAR_DEG = 2;
  /** From this much lumbar extension a back must get a lumbar finding (watch or excessive). */
  static final double FLAGGED_LUMBAR_DEG = 20;
  /** Body shapes at one spine posture may differ by at most this share of what 10° more extension adds. */
  static final double BODY_SHARE_OF_TEN_DEG = 1 / 3.0;

  /** The settings a user gets without options: what is scored is what users get. */
  static final AnalysisConfig CONFIG = AnalysisConfig.DEFAULT;

  /** Reads a video through the pose model. */
  @FunctionalInterface
  public interface PoseReader {
    VideoPose read(LabelledClip clip) throws RunposeException;
  }

  private Evaluation() {}

  /** @param everyFrame whether the reader reads every frame of clips faster than 30 frames/s, for the report */
  public static EvalReport run(List<LabelledClip> clips, ModelInfo model, boolean everyFrame, PoseReader reader) {
    List<ClipResult> results = new ArrayList<>();
    Map<String, double[]> jointErrors = new LinkedHashMap<>();
    for (LabelledClip clip : clips) {
      try {
        ClipLabels labels = ClipLabels.read(clip.labels());
        VideoPose pose = reader.read(clip);
        ClipScorer.Scored scored = ClipScorer.score(labels, pose.series(), pose.analyze(CONFIG).analysis(), CONFIG);
        results.add(new ClipResult(clip.name(), null, scored.score()));
        scored.jointErrorsPx().forEach((k, v) -> jointErrors.merge(k, v, Evaluation::concat));
      } catch (IOException | RunposeException e) {
        results.add(new ClipResult(clip.name(), e.getMessage(), null));
      } catch (RuntimeException e) {
        // A bug shown by one clip must not hide the scores of the others.
        results.add(new ClipResult(clip.name(), e.getClass().getSimpleName() + ": " + e.getMessage(), null));
      }
    }
    results = withLeanChanges(results);
    return new EvalReport(EvalReport.FORMAT_VERSION, RunposeVersion.get().runpose(), model, CONFIG, everyFrame, results,
        results.isEmpty() ? null : overall(results, jointErrors), null, null);
  }

  /**
   * Adds to each clip the error of its lean change against the straightest clip filmed the same way: the smallest
   * true lean, a forward one before a backward one of the same size (runners lean forward), then the smallest
   * lumbar extension, then the name.
   */
  static List<ClipResult> withLeanChanges(List<ClipResult> results) {
    Map<String, ClipResult> references = new LinkedHashMap<>();
    Comparator<ClipResult> straightest = Comparator
        .comparingDouble((ClipResult r) -> Math.abs(r.score().lean().trueDeg()))
        .thenComparing(r -> r.score().lean().trueDeg() < 0)
        .thenComparingDouble(r -> Math.abs(r.score().lumbar().trueDeg()))
        .thenComparing(ClipResult::clip);
    for (ClipResult r : results) {
      if (!r.failed() && r.score().lean().errorDeg() != null) {
        references.merge(r.score().camera(), r, (a, b) -> straightest.compare(a, b) <= 0 ? a : b);
      }
    }
    List<ClipResult> out = new ArrayList<>();
    for (ClipResult r : results) {
      ClipResult ref = r.failed() || r.score().lean().errorDeg() == null ? null : references.get(r.score().camera());
      out.add(ref == null ? r : new ClipResult(r.clip(), null,
          r.score().withLean(r.score().lean().against(ref.clip(), ref.score().lean().errorDeg()))));
    }
    return out;
  }

  private static Overall overall(List<ClipResult> results, Map<String, double[]> jointErrors) {
    List<ClipResult> scored = results.stream().filter(r -> !r.failed()).toList();
    List<ClipScore> scores = scored.stream().map(ClipResult::score).toList();
    int frames = scores.stream().mapToInt(ClipScore::frames).sum();
    int found = scores.stream().mapToInt(ClipScore::framesWithPose).sum();
    List<JointError> joints = new ArrayList<>();
    jointErrors.forEach((key, errors) -> {
      String[] jointAndSide = key.split(" ");
      joints.add(JointError.of(jointAndSide[0], jointAndSide[1], errors));
    });
    List<ClipScore> lumbar = scores.stream().filter(s -> s.lumbar().measuredDepthPct() != null).toList();
    double[] lumbarTrue = lumbar.stream().mapToDouble(s -> s.lumbar().trueDeg()).toArray();
    double[] lumbarOurs = lumbar.stream().mapToDouble(s -> s.lumbar().measuredDepthPct()).toArray();
    Double lumbarR = Metrics.pearson(lumbarTrue, lumbarOurs);
    Boolean lumbarIncreasing = Metrics.increasing(lumbarTrue, lumbarOurs);
    ContactTiming contacts = ContactTiming.pool(scores.stream().map(ClipScore::contacts).toList());
    return new Overall(results.size(), results.size() - scores.size(), frames == 0 ? null : (double) found / frames,
        joints,
        maxAbs(scores, s -> s.lean().errorDeg()),
        maxAbs(scores, s -> s.lean().relativeErrorDeg()),
        maxAbs(scores, s -> s.roll().errorDeg()),
        (int) scores.stream().filter(s -> s.direction().correct()).count(),
        (int) scores.stream().filter(s -> s.leanFlag().scored()).count(),
        (int) scores.stream().filter(s -> Boolean.TRUE.equals(s.leanFlag().correct())).count(),
        lumbarR, lumbarIncreasing,
        contacts.scored(), contacts.missed(), contacts.medianAbsErrorFrames(), contacts.maxAbsErrorFrames(),
        maxAbs(scores, s -> s.cadence().errorStepsPerMin()),
        targets(scored, contacts, lumbarIncreasing, lumbarR));
  }

  private static List<Target> targets(List<ClipResult> scored, ContactTiming contacts, Boolean lumbarIncreasing,
      Double lumbarR) {
    List<Target> targets = new ArrayList<>();
    targets.add(Targets.within("trunk lean", LEAN_TARGET_DEG, "°", scored, ClipResult::clip,
        r -> r.score().lean().errorDeg()));
    // A clip that is its own reference (the straightest of its camera set, or alone in it) shows no change.
    List<ClipResult> changed = scored.stream().filter(r -> r.score().lean().referenceClip() != null
        && !r.score().lean().referenceClip().equals(r.clip())).toList();
    targets.add(Targets.within("trunk lean change", LEAN_CHANGE_TARGET_DEG, "°", changed, ClipResult::clip,
        r -> r.score().lean().relativeErrorDeg()));
    targets.add(Targets.within("lean at the step's instants", PHASE_LEAN_TARGET_DEG, "° at contact, mid-stance and"
        + " toe-off", scored, ClipResult::clip, r -> r.score().phaseLean().worstDeg()));
    targets.add(Targets.within("lean over stance", LEAN_TARGET_DEG, "°", scored, ClipResult::clip,
        r -> r.score().phaseLean().stanceMeanErrorDeg()));
    targets.add(Targets.within("foot strike angle", FOOT_STRIKE_TARGET_DEG, "°", scored, ClipResult::clip,
        r -> r.score().contactAngles().footStrikeErrorDeg()));
    targets.add(Targets.within("shank at contact", SHANK_TARGET_DEG, "°", scored, ClipResult::clip,
        r -> r.score().contactAngles().shankErrorDeg()));
    targets.add(Targets.within("knee at contact", KNEE_TARGET_DEG, "°", scored, ClipResult::clip,
        r -> r.score().contactAngles().kneeContactErrorDeg()));
    targets.add(Targets.within("peak knee in stance", KNEE_TARGET_DEG, "°", scored, ClipResult::clip,
        r -> r.score().contactAngles().kneePeakErrorDeg()));
    targets.add(Targets.within("camera roll", ROLL_TARGET_DEG, "°", scored, ClipResult::clip,
        r -> r.score().roll().errorDeg()));
    targets.add(Targets.within("cadence", CADENCE_TARGET_STEPS_PER_MIN, " steps/min", scored, ClipResult::clip,
        r -> r.score().cadence().errorStepsPerMin()));
    targets.add(timing("contact timing", "contact", contacts));
    targets.add(timing("toe-off timing", "toe-off",
        ContactTiming.pool(scored.stream().map(r -> r.score().toeOffs()).toList())));
    targets.add(Targets.count("running direction", "right in every clip", scored, ClipResult::clip, r -> true,
        r -> r.score().direction().correct()));
    targets.add(Targets.count("lean flag", "right in every clip whose true lean is "
        + Targets.fmt(Metrics.FLAG_MARGIN_DEG) + "° or more from a threshold", scored, ClipResult::clip,
        r -> r.score().leanFlag().scored(), r -> r.score().leanFlag().correct()));
    targets.add(Targets.count("lumbar flag, one clip", "no finding on a neutral back (under "
        + Targets.fmt(NEUTRAL_LUMBAR_DEG) + "°) without a baseline", scored, ClipResult::clip,
        r -> r.score().lumbar().measuredDepthPct() != null
            && Math.abs(r.score().lumbar().trueDeg()) < NEUTRAL_LUMBAR_DEG,
        r -> !r.score().lumbar().flag().isFinding()));
    // What the thresholds for anyone a user may choose would say: they were set on the average build.
    AnalysisConfig forAnyone = CONFIG.withLumbarThresholds(AnalysisConfig.LUMBAR_WATCH_PCT_AVERAGE_BUILD,
        AnalysisConfig.LUMBAR_EXCESSIVE_PCT_AVERAGE_BUILD);
    targets.add(Targets.count("lumbar, thresholds for anyone", "with --lumbar-watch "
        + Targets.fmt(AnalysisConfig.LUMBAR_WATCH_PCT_AVERAGE_BUILD) + " --lumbar-excessive "
        + Targets.fmt(AnalysisConfig.LUMBAR_EXCESSIVE_PCT_AVERAGE_BUILD) + ": no finding on a neutral back, a finding"
        + " from " + Targets.fmt(FLAGGED_LUMBAR_DEG) + "° of extension", scored, ClipResult::clip,
        r -> r.score().lumbar().measuredDepthPct() != null
            && (Math.abs(r.score().lumbar().trueDeg()) < NEUTRAL_LUMBAR_DEG
                || r.score().lumbar().trueDeg() >= FLAGGED_LUMBAR_DEG),
        r -> forAnyone.lumbarSeverity(r.score().lumbar().measuredDepthPct()).isFinding()
            == (r.score().lumbar().trueDeg() >= FLAGGED_LUMBAR_DEG)));
    targets.add(new Target("lumbar", "runpose's lumbar depth rises with the true extension",
        lumbarIncreasing == null ? "fewer than two lumbar values measured" : String.format(Locale.ROOT,
            "%s; r = %s", lumbarIncreasing ? "rises" : "does NOT rise",
            lumbarR == null ? "n/a" : String.format(Locale.ROOT, "%.2f", lumbarR)),
        lumbarIncreasing));
    targets.add(bodyShapes(scored));
    targets.add(ownBaseline(scored));
    return targets;
  }

  /** Every event of a kind away from the clip's ends found, within {@link #CONTACT_TARGET_FRAMES}. */
  private static Target timing(String name, String event, ContactTiming events) {
    Double worst = events.maxAbsErrorFrames();
    return new Target(name, String.format(Locale.ROOT, "every %s away from the clip ends found, within %.0f frames",
        event, CONTACT_TARGET_FRAMES),
        worst == null ? "no " + event + " matched" : String.format(Locale.ROOT,
            "max %.1f frames, median %.1f; %d of %d not found", worst, events.medianAbsErrorFrames(),
            events.missed(), events.scored()),
        worst == null ? null : worst <= CONTACT_TARGET_FRAMES && events.missed() == 0);
  }

  /**
   * The lumbar flag judged against the runner's own baseline ({@code --baseline}): every neutral clip of a body and
   * camera set is in turn the baseline of that body's other clips there; from {@link #FLAGGED_LUMBAR_DEG} of
   * extension the back must be flagged, within {@link #NEUTRAL_LUMBAR_DEG} of neutral it must not.
   */
  static Target ownBaseline(List<ClipResult> scored) {
    Map<String, List<ClipResult>> baselines = new TreeMap<>();
    for (ClipResult r : scored) {
      LumbarScore l = r.score().lumbar();
      if (l.measuredDepthPct() != null && Math.abs(l.trueDeg()) < NEUTRAL_LUMBAR_DEG) {
        baselines.computeIfAbsent(r.score().camera() + "|" + l.body(), k -> new ArrayList<>()).add(r);
      }
    }
    int judged = 0;
    List<String> wrong = new ArrayList<>();
    for (ClipResult r : scored) {
      LumbarScore l = r.score().lumbar();
      if (l.measuredDepthPct() == null
          || !(Math.abs(l.trueDeg()) < NEUTRAL_LUMBAR_DEG || l.trueDeg() >= FLAGGED_LUMBAR_DEG)) {
        continue;
      }
      for (ClipResult base : baselines.getOrDefault(r.score().camera() + "|" + l.body(), List.of())) {
        if (base == r) {
          continue;
        }
        judged++;
        Severity s = CONFIG.withLumbarBaseline(LumbarBaseline.of(base.score().lumbar().measuredDepthPct(),
            base.score().lean().measuredDeg(), base.clip())).lumbarSeverity(l.measuredDepthPct());
        if (s.isFinding() != (l.trueDeg() >= FLAGGED_LUMBAR_DEG)) {
          wrong.add(r.clip() + " (" + s.label() + " against " + base.clip() + ")");
        }
      }
    }
    String requirement = "against each neutral clip of the same body and camera: a finding from "
        + Targets.fmt(FLAGGED_LUMBAR_DEG) + "°, none within " + Targets.fmt(NEUTRAL_LUMBAR_DEG) + "°";
    return new Target("lumbar, own baseline", requirement, judged == 0 ? "no body seen neutral and otherwise"
        : (judged - wrong.size()) + " of " + judged + " pairs right" + (wrong.isEmpty() ? "" : "; wrong in "
            + String.join(", ", wrong)), judged == 0 ? null : wrong.isEmpty());
  }

  /**
   * How much the body's shape moves the lumbar depth at one spine posture (same camera, same extension to the whole
   * degree), against what 10° more extension adds to one body (the smallest over the bodies seen at two levels 8° or
   * more apart).
   */
  static Target bodyShapes(List<ClipResult> scored) {
    Map<String, List<LumbarScore>> byCamera = new TreeMap<>();
    for (ClipResult r : scored) {
      if (r.score().lumbar().measuredDepthPct() != null) {
        byCamera.computeIfAbsent(r.score().camera(), k -> new ArrayList<>()).add(r.score().lumbar());
      }
    }
    Double perTenDeg = null;
    double worstSpread = 0;
    String worstAt = null;
    for (List<LumbarScore> camera : byCamera.values()) {
      // One depth per build at each posture (the whole degree), and each build's clips.
      Map<Long, Map<String, Double>> byLevel = new TreeMap<>();
      Map<String, List<LumbarScore>> byBody = new TreeMap<>();
      for (LumbarScore l : camera) {
        byLevel.computeIfAbsent(Math.round(l.trueDeg()), k -> new TreeMap<>()).put(l.body(), l.measuredDepthPct());
        byBody.computeIfAbsent(l.body(), k -> new ArrayList<>()).add(l);
      }
      for (Map.Entry<Long, Map<String, Double>> level : byLevel.entrySet()) {
        Collection<Double> depths = level.getValue().values();
        double spread = Collections.max(depths) - Collections.min(depths);
        if (depths.size() > 1 && (worstAt == null || spread > worstSpread)) {
          worstSpread = spread;
          worstAt = level.getKey() + "°";
        }
      }
      for (List<LumbarScore> levels : byBody.values()) {
        LumbarScore low = Collections.min(levels, Comparator.comparingDouble(LumbarScore::trueDeg));
        LumbarScore high = Collections.max(levels, Comparator.comparingDouble(LumbarScore::trueDeg));
        if (high.trueDeg() - low.trueDeg() >= 8) {
          double slope = 10 * (high.measuredDepthPct() - low.measuredDepthPct()) / (high.trueDeg() - low.trueDeg());
          perTenDeg = perTenDeg == null ? slope : Math.min(perTenDeg, slope);
        }
      }
    }
    String requirement = "at one spine posture, body shapes differ by less than a third of what 10° of extension"
        + " adds";
    if (worstAt == null || perTenDeg == null) {
      return new Target("lumbar body shape", requirement, "no clips of several body shapes at one posture", null);
    }
    return new Target("lumbar body shape", requirement, String.format(Locale.ROOT,
        "bodies differ by up to %.1f points (at %s); 10° adds %.1f points", worstSpread, worstAt, perTenDeg),
        worstSpread < BODY_SHARE_OF_TEN_DEG * perTenDeg);
  }

  private static Double maxAbs(List<ClipScore> scores, Function<ClipScore, Double> error) {
    return scores.stream().map(error).filter(e -> e != null).map(Math::abs).max(Double::compare).orElse(null);
  }

  private static double[] concat(double[] a, double[] b) {
    return DoubleStream.concat(DoubleStream.of(a), DoubleStream.of(b)).toArray();
  }

}
