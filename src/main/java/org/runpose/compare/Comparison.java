package org.runpose.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.runpose.Severity;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.DetectableChange;
import org.runpose.posture.Flag;
import org.runpose.posture.LumbarBaseline;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.report.PostureReport;

/**
 * Two analyses of the same runner side by side: what changed in each finding and measure, and what makes the two
 * less comparable.
 *
 * @param before the earlier visit
 * @param after the later visit
 * @param config the tolerances
 * @param warnings what the therapist should weigh before reading the changes, most serious first
 * @param findings forward lean, then the lower back
 * @param measures every summary measure
 */
public record Comparison(Visit before, Visit after, CompareConfig config, List<CompareWarning> warnings,
    List<FindingChange> findings, List<MeasureChange> measures) {

  public Comparison {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(config, "config");
    warnings = List.copyOf(warnings);
    findings = List.copyOf(findings);
    measures = List.copyOf(measures);
  }

  /** The two findings and how each is named, written and judged. */
  enum Kind {
    LEAN(Flag.FORWARD_LEAN, "Forward lean", "\u00b0", "\u00b0"),
    LUMBAR(Flag.LUMBAR, "Lumbar hollow", " %", " percentage points");

    final String flagId;
    final String name;
    final String valueUnit;
    final String changeUnit;

    Kind(String flagId, String name, String valueUnit, String changeUnit) {
      this.flagId = flagId;
      this.name = name;
      this.valueUnit = valueUnit;
      this.changeUnit = changeUnit;
    }

    double tolerance(CompareConfig c) {
      return this == LEAN ? c.leanToleranceDeg() : c.lumbarTolerancePct();
    }

    Severity grade(AnalysisConfig c, double v) {
      return this == LEAN ? c.leanSeverity(v) : c.lumbarSeverity(v);
    }

    Double watch(AnalysisConfig c) {
      return this == LEAN ? Double.valueOf(c.leanWatchDeg()) : c.lumbarWatchAtPct();
    }

    Double excessive(AnalysisConfig c) {
      return this == LEAN ? Double.valueOf(c.leanExcessiveDeg()) : c.lumbarExcessiveAtPct();
    }

    /** "5.3°", "5.6° backward", "3.0 %". */
    String value(double v) {
      return this == LEAN && Math.round(v * 10) < 0 ? String.format(Locale.ROOT, "%.1f\u00b0 backward", -v)
          : String.format(Locale.ROOT, "%.1f", v) + valueUnit;
    }

    String change(double v) {
      return String.format(Locale.ROOT, "%+.1f", v) + changeUnit;
    }

    /** "2°", "1 percentage point". */
    String tolerance(double t) {
      String n = t == Math.rint(t) ? String.valueOf((long) t) : String.valueOf(t);
      return this == LEAN ? n + "\u00b0" : n + (t == 1 ? " percentage point" : " percentage points");
    }
  }

  public static Comparison of(Visit before, Visit after, CompareConfig config) {
    List<CompareWarning> warnings = new ArrayList<>();
    List<Visit> compared = sameSide(before, after, warnings);
    Visit b = compared.get(0);
    Visit a = compared.get(1);
    warnings.addAll(Warnings.of(b, a, config));
    return new Comparison(b, a, config, warnings,
        List.of(finding(Kind.LEAN, b, a, config), finding(Kind.LUMBAR, b, a, config)), measures(b, a, config));
  }

  /**
   * The passes compared: the visits' longest, unless they face opposite ways while a pass of each, both with
   * findings, face one way (a person who turned round in either visit); of those pairs, the one whose shorter pass is
   * longest. A pass other than the longest is said in {@code warnings}.
   */
  private static List<Visit> sameSide(Visit before, Visit after, List<CompareWarning> warnings) {
    if (before.analysis().view().direction() == after.analysis().view().direction()) {
      return List.of(before, after);
    }
    return before.analysis().passes().stream().filter(PostureAnalysis::sufficient)
        .flatMap(b -> after.analysis().passes().stream()
            .filter(a -> a.sufficient() && a.view().direction() == b.view().direction()).map(a -> List.of(b, a)))
        .max(Comparator.comparingInt(p -> Math.min(p.get(0).summary().framesWithPose(),
            p.get(1).summary().framesWithPose())))
        .map(p -> List.of(asPass(before, p.get(0), warnings), asPass(after, p.get(1), warnings)))
        .orElse(List.of(before, after));
  }

  private static Visit asPass(Visit v, PostureAnalysis pass, List<CompareWarning> warnings) {
    if (pass == v.analysis()) {
      return v;
    }
    String time = PostureReport.passTime(pass);
    warnings.add(new CompareWarning("other-pass", String.format(Locale.ROOT, "%s: the person turned round; its pass"
        + " heading %s (%s) is compared, as it shows the camera the same side as the other visit's, rather than its"
        + " longest pass.", v.label(), pass.view().direction().id(), time)));
    return new Visit(v.label(), v.file(), v.sha256(), pass, time);
  }

  /** The finding with this id, e.g. {@link Flag#FORWARD_LEAN}. */
  public FindingChange finding(String id) {
    return findings.stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no finding " + id));
  }

  private static FindingChange finding(Kind k, Visit before, Visit after, CompareConfig config) {
    Flag fb = before.analysis().flag(k.flagId);
    Flag fa = after.analysis().flag(k.flagId);
    FindingState b = new FindingState(fb.value(), fb.severity(), fb.watchAt(), fb.excessiveAt());
    FindingState a = new FindingState(fa.value(), fa.severity(), fa.watchAt(), fa.excessiveAt());
    if (a.unjudged()) {
      // A lower back the later visit could not judge alone is judged by its change from the earlier one.
      a = LumbarBaseline.from(before.analysis(), before.label())
          .map(after.analysis().settings()::withLumbarBaseline)
          .map(c -> new FindingState(fa.value(), c.lumbarSeverity(fa.value()), c.lumbarWatchAtPct(),
              c.lumbarExcessiveAtPct()))
          .orElse(a);
    }
    double tolerance = k.tolerance(config);
    Verdict v = Verdict.judge(b, a, tolerance);
    Double change = v == Verdict.NOT_ASSESSED ? null : Verdict.change(b.value(), a.value());
    String summary = v == Verdict.NOT_ASSESSED
        ? notAssessed(k, before, fb, after, fa)
        : sentence(k, b, a, change, v, tolerance);
    return new FindingChange(k.flagId, fa.title(), fa.unit(), tolerance, b, a, change, v, summary);
  }

  /** "Forward lean improved from 17.8° to 5.1° (-12.7°): now within the usual range." */
  static String sentence(Kind k, FindingState b, FindingState a, double change, Verdict v, double tolerance) {
    String values = " from " + k.value(b.value()) + " to " + k.value(a.value()) + " (" + k.change(change) + ")";
    if (b.unjudged()) {
      return k.name + (v == Verdict.WORSE ? " got worse" : " went") + values + ": " + state(a.severity())
          + " against the earlier visit as the runner's baseline.";
    }
    boolean same = b.severity() == a.severity();
    return switch (v) {
      case IMPROVED, WORSE -> k.name + (v == Verdict.IMPROVED ? " improved" : " got worse") + values + ": "
          + (same ? "still " : "now ") + state(a.severity()) + ".";
      case UNCHANGED -> Math.abs(change) < tolerance
          ? k.name + " unchanged" + values + ", less than the " + k.tolerance(tolerance) + " measurement error; "
              + (same ? state(a.severity()) + " at both visits." : "graded " + b.severity().label() + " before and "
                  + a.severity().label() + " after because it lies near a threshold.")
          : k.name + " went" + values + ": " + (same ? state(a.severity()) + " at both visits, so not counted as"
              + " a change." : "graded " + b.severity().label() + " before and " + a.severity().label()
              + " after against different thresholds.");
      case NOT_ASSESSED -> throw new IllegalArgumentException("no sentence without values");
    };
  }

  /**
   * "Forward lean not assessed for 5 May, so no verdict; 19 May: 17.8°, excessive. Only 1 step was recognised;
   * ..."
   */
  private static String notAssessed(Kind k, Visit before, Flag fb, Visit after, Flag fa) {
    boolean b = fb.value() == null;
    boolean a = fa.value() == null;
    StringBuilder s = new StringBuilder(k.name).append(" not assessed ")
        .append(b && a ? "at either visit" : "for " + (b ? before : after).label()).append(", so no verdict");
    if (!(b && a)) {
      Visit other = b ? after : before;
      Flag measured = b ? fa : fb;
      s.append("; ").append(other.label()).append(": ").append(k.value(measured.value())).append(", ")
          .append(state(measured.severity()));
    }
    s.append('.');
    if (b && a && reason(fb).equals(reason(fa))) {
      return s.append(' ').append(reason(fb)).toString();
    }
    if (b) {
      s.append(' ').append(a ? before.label() + ": " : "").append(reason(fb));
    }
    if (a) {
      s.append(' ').append(b ? after.label() + ": " : "").append(reason(fa));
    }
    return s.toString();
  }

  /** Why a finding was not assessed, without the "Insufficient data:" every such explanation starts with. */
  private static String reason(Flag f) {
    return f.explanation().replaceFirst("^Insufficient data: ", "");
  }

  /** What a severity means, in words. */
  static String state(Severity s) {
    return switch (s) {
      case OK -> "within the usual range";
      case WATCH -> "worth watching";
      case EXCESSIVE -> "excessive";
      case NOT_ASSESSED -> Flag.NOT_JUDGED;
    };
  }

  private static List<MeasureChange> measures(Visit before, Visit after, CompareConfig config) {
    PostureSummary b = before.analysis().summary();
    PostureSummary a = after.analysis().summary();
    List<MeasureChange> m = new ArrayList<>();
    m.add(judged("leanDeg", "Trunk lean, median of all frames (\u00b0)", PostureSummary::leanDeg, Kind.LEAN,
        before, after, config));
    m.add(judged("leanContactDeg", "Trunk lean at contact (\u00b0)", PostureSummary::leanContactDeg, Kind.LEAN,
        before, after, config));
    m.add(judged("leanMidStanceDeg", "Trunk lean at mid-stance (\u00b0)", PostureSummary::leanMidStanceDeg,
        Kind.LEAN, before, after, config));
    m.add(judged("leanToeOffDeg", "Trunk lean at toe-off (\u00b0)", PostureSummary::leanToeOffDeg, Kind.LEAN,
        before, after, config));
    m.add(judged("leanStanceMeanDeg", "Trunk lean, mean over stance (\u00b0)", PostureSummary::leanStanceMeanDeg,
        Kind.LEAN, before, after, config));
    m.add(judged("lumbarDepthPct", "Lumbar hollow (% of trunk length)", PostureSummary::lumbarDepthPct,
        Kind.LUMBAR, before, after, config));
    m.add(plain("cadenceStepsPerMin", "Cadence (steps/min)", "steps/min", b.cadenceStepsPerMin(),
        a.cadenceStepsPerMin(), 0));
    m.add(plain("stanceMs", "Stance time (ms)", "ms", b.stanceMs(), a.stanceMs(), 0));
    m.add(plain("flightMs", "Flight time (ms)", "ms", b.flightMs(), a.flightMs(), 0));
    m.add(withError("overstridePct", "Overstride (% of leg length)", "% of leg length", pct(b.overstride()),
        pct(a.overstride()), DetectableChange.OVERSTRIDE));
    m.add(withError("footStrikeDeg", "Foot strike angle (\u00b0)", "deg", b.footStrikeDeg(), a.footStrikeDeg(),
        DetectableChange.FOOT_STRIKE));
    m.add(withError("shankContactDeg", "Shank angle at contact (\u00b0)", "deg", b.shankContactDeg(),
        a.shankContactDeg(), DetectableChange.SHANK));
    m.add(withError("kneeFlexionContactDeg", "Knee flexion at contact (\u00b0)", "deg", b.kneeFlexionContactDeg(),
        a.kneeFlexionContactDeg(), DetectableChange.KNEE_CONTACT));
    m.add(withError("kneeFlexionPeakStanceDeg", "Peak knee flexion in stance (\u00b0)", "deg",
        b.kneeFlexionPeakStanceDeg(), a.kneeFlexionPeakStanceDeg(), DetectableChange.KNEE_PEAK));
    // Centimetres only when both visits knew the runner's height; a share of leg length otherwise.
    m.add(b.verticalOscillationCm() != null && a.verticalOscillationCm() != null
        ? plain("verticalOscillationCm", "Vertical oscillation (cm)", "cm", b.verticalOscillationCm(),
            a.verticalOscillationCm(), 1)
        : plain("verticalOscillationPct", "Vertical oscillation (% of leg length)", "% of leg length",
            pct(b.verticalOscillation()), pct(a.verticalOscillation()), 1));
    return m;
  }

  private static MeasureChange plain(String id, String label, String unit, Double b, Double a, int decimals) {
    return new MeasureChange(id, label, unit, b, a, change(b, a, decimals), false, null, null, "", decimals);
  }

  /**
   * A measure without a better direction whose detectable change is known: the change is said to be within
   * measurement error or beyond it, never better or worse.
   */
  private static MeasureChange withError(String id, String label, String unit, Double b, Double a,
      DetectableChange error) {
    Double change = change(b, a, 0);
    double limit = error.value();
    String reading = change == null ? "" : Math.abs(change) < limit
        ? "within measurement error (under " + error.written() + ")"
        : "changed by more than the measurement error (" + error.written() + ")";
    return new MeasureChange(id, label, unit, b, a, change, false, null, limit, reading, 0);
  }


  /** A trunk lean or lumbar measure, judged like its finding; a visit without findings gives no verdict. */
  private static MeasureChange judged(String id, String label, Function<PostureSummary, Double> measure, Kind k,
      Visit before, Visit after, CompareConfig config) {
    FindingState b = state(k, before, measure);
    FindingState a = state(k, after, measure);
    double tolerance = k.tolerance(config);
    Verdict v = Verdict.judge(b, a, tolerance);
    Double change = change(b.value(), a.value(), 1);
    String reading = switch (v) {
      case IMPROVED -> "lower: better";
      case WORSE -> "higher: worse";
      case UNCHANGED -> Math.abs(change) < tolerance
          ? "no real change (under " + k.tolerance(tolerance) + ")"
          : b.severity() == a.severity() ? "within the usual range both times" : "graded on different thresholds";
      case NOT_ASSESSED -> "not assessed (insufficient data)";
    };
    return new MeasureChange(id, label, k == Kind.LEAN ? "deg" : "% of trunk length", b.value(), a.value(), change,
        true, v, tolerance, reading, 1);
  }

  /** The change between the values as the report shows them, so its numbers add up. */
  private static Double change(Double before, Double after, int decimals) {
    if (before == null || after == null) {
      return null;
    }
    double scale = Math.pow(10, decimals);
    return (Math.round(after * scale) - Math.round(before * scale)) / scale;
  }

  /**
   * A visit's measure as its finding stands: none where the analysis, or the finding alone (a hollow deeper than any
   * back, say), had too little data.
   */
  private static FindingState state(Kind k, Visit visit, Function<PostureSummary, Double> measure) {
    AnalysisConfig c = visit.analysis().settings();
    Double v = visit.analysis().sufficient() && visit.analysis().flag(k.flagId).value() != null
        ? measure.apply(visit.analysis().summary()) : null;
    return new FindingState(v, v == null ? Severity.NOT_ASSESSED : k.grade(c, v), k.watch(c), k.excessive(c));
  }

  private static Double pct(Double share) {
    return share == null ? null : 100 * share;
  }
}
