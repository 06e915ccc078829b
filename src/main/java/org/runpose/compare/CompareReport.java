package org.runpose.compare;

import static org.runpose.report.PostureReport.number;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.runpose.RunposeVersion;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.CaptureCheck;
import org.runpose.posture.DetectableChange;
import org.runpose.posture.Flag;
import org.runpose.posture.LumbarBaseline;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.report.PostureCharts;
import org.runpose.report.PostureCharts.Labelled;
import org.runpose.report.PostureReport;
import org.runpose.report.ReportDocument;
import org.runpose.report.ReportDocument.Block;
import org.runpose.report.ReportDocument.Chart;
import org.runpose.report.ReportDocument.Column;
import org.runpose.report.ReportDocument.Entry;
import org.runpose.report.ReportDocument.FindingItem;
import org.runpose.report.ReportDocument.Findings;
import org.runpose.report.ReportDocument.Gauge;
import org.runpose.report.ReportDocument.Note;
import org.runpose.report.ReportDocument.Paragraph;
import org.runpose.report.ReportDocument.Row;
import org.runpose.report.ReportDocument.Section;
import org.runpose.report.ReportDocument.Table;

/**
 * The before/after report a therapist follows a runner with: what changed in each finding first, with the two
 * traffic lights and values, then the charts of both visits overlaid, every measure, and how the two recordings
 * were made.
 */
public final class CompareReport {
  private CompareReport() {}

  /** Gauge scales as in the report of one video: the published range of trunk lean; the lumbar threshold twice. */
  private static final double LEAN_SCALE_MIN = -5;
  private static final double LEAN_SCALE_MAX = 25;

  public static ReportDocument document(Comparison c, OffsetDateTime made) {
    String title = "Running posture: " + c.before().label() + " compared with " + c.after().label();
    List<Section> s = new ArrayList<>();
    s.add(new Section("What changed", changes(c)));
    s.add(new Section("Trunk lean", lean(c)));
    s.add(new Section("Lower back", lumbar(c)));
    s.add(new Section("Every measure", measures(c)));
    s.add(new Section("The two recordings", recordings(c)));
    s.add(new Section("How the comparison is made", method(c)));
    return new ReportDocument(title, provenance(c, made), s,
        "runpose " + RunposeVersion.get().runpose() + " \u00b7 a screening aid, not a diagnosis");
  }

  private static List<Entry> provenance(Comparison c, OffsetDateTime made) {
    List<Entry> e = new ArrayList<>();
    for (Visit v : List.of(c.before(), c.after())) {
      PostureAnalysis a = v.analysis();
      e.add(new Entry(role(c, v), String.format(Locale.ROOT, "%s \u00b7 %.1f s \u00b7 %s fps \u00b7 analysis %s"
          + " (SHA-256 %s, runpose %s)", fileName(a.video().file()), seconds(a), number(a.video().fps()),
          v.file(), v.sha256(), a.runposeVersion())));
    }
    ModelInfo mb = c.before().analysis().model();
    ModelInfo ma = c.after().analysis().model();
    e.add(new Entry("Pose model", mb.equals(ma) ? "both: " + model(mb)
        : c.before().label() + ": " + model(mb) + "; " + c.after().label() + ": " + model(ma)));
    AnalysisConfig cb = c.before().analysis().settings();
    AnalysisConfig ca = c.after().analysis().settings();
    e.add(new Entry("Thresholds", thresholds(cb).equals(thresholds(ca)) ? "both: " + thresholds(cb)
        : c.before().label() + ": " + thresholds(cb) + "; " + c.after().label() + ": " + thresholds(ca)));
    FindingState lumbar = c.finding(Flag.LUMBAR).after();
    if (!ca.lumbarJudged() && lumbar.watchAt() != null) {
      e.add(new Entry("Lower back", String.format(Locale.ROOT, "%s judged here by its change from %s: watch from"
          + " %+.1f, excessive from %+.1f points", c.after().label(), c.before().label(),
          LumbarBaseline.WATCH_INCREASE_PTS, LumbarBaseline.EXCESSIVE_INCREASE_PTS)));
    }
    e.add(new Entry("Unchanged", "a change of less than " + Comparison.Kind.LEAN.tolerance(c.config()
        .leanToleranceDeg()) + " of trunk lean or " + Comparison.Kind.LUMBAR.tolerance(c.config()
        .lumbarTolerancePct()) + " of lumbar hollow: the measurement error"));
    e.add(new Entry("Made", made.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'xxx")) + " by runpose "
        + RunposeVersion.get().runpose()));
    return e;
  }

  /** "Before (12 Mar)", or just "Before" when that is the label. */
  private static String role(Comparison c, Visit v) {
    String role = v == c.before() ? "Before" : "After";
    return v.label().equalsIgnoreCase(role) ? role : role + " (" + v.label() + ")";
  }

  private static String model(ModelInfo m) {
    return "MediaPipe BlazePose " + m.variant() + ": " + m.landmarkFile() + " SHA-256 " + m.landmarkSha256() + "; "
        + m.detectorFile() + " SHA-256 " + m.detectorSha256() + "; " + m.engine() + " via DJL " + m.djlVersion();
  }

  private static String thresholds(AnalysisConfig c) {
    return PostureReport.thresholds(c).value();
  }

  private static List<Block> changes(Comparison c) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph(headline(c)));
    for (CompareWarning w : c.warnings()) {
      b.add(new Paragraph("Caution:", w.text()));
    }
    List<FindingItem> items = new ArrayList<>();
    for (FindingChange f : c.findings()) {
      Flag after = c.after().analysis().flag(f.id());
      items.add(new FindingItem(f.after().severity(), f.title() + ": " + verdictWords(f.verdict()), f.summary(),
          f.after().severity().isFinding() ? after.advice() : "", gauge(f), f.before().severity(),
          f.after().unjudged() ? PostureReport.BASELINE_BADGE : null,
          f.before().unjudged() ? PostureReport.BASELINE_BADGE : null));
    }
    b.add(new Findings(items, "No finding to compare."));
    b.add(new Note("Each row shows the traffic light of " + c.before().label() + ", then that of "
        + c.after().label() + "; on the scale the grey dashed line is " + c.before().label() + " and the black"
        + " line " + c.after().label() + ". " + ruleSentence(c.config()) + " " + PostureReport.NOT_A_DIAGNOSIS));
    return b;
  }

  /** One sentence a therapist reads first: each finding's verdict with its values. */
  static String headline(Comparison c) {
    List<String> parts = new ArrayList<>();
    for (FindingChange f : c.findings()) {
      Comparison.Kind k = Flag.FORWARD_LEAN.equals(f.id()) ? Comparison.Kind.LEAN : Comparison.Kind.LUMBAR;
      String name = k.name.toLowerCase(Locale.ROOT);
      parts.add(f.verdict() == Verdict.NOT_ASSESSED ? name + " not assessed"
          : name + " " + verdictWords(f.verdict()) + " (" + k.value(f.before().value()) + " to "
              + k.value(f.after().value()) + ")");
    }
    String s = String.join("; ", parts) + ".";
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String verdictWords(Verdict v) {
    return switch (v) {
      case IMPROVED -> "improved";
      case WORSE -> "got worse";
      case UNCHANGED -> "unchanged";
      case NOT_ASSESSED -> "not assessed";
    };
  }

  /** What "unchanged" means, in one sentence. */
  public static String ruleSentence(CompareConfig k) {
    return "Unchanged means a change of less than " + Comparison.Kind.LEAN.tolerance(k.leanToleranceDeg())
        + " of trunk lean or " + Comparison.Kind.LUMBAR.tolerance(k.lumbarTolerancePct()) + " of lumbar hollow,"
        + " about the measurement error between two videos filmed the same way; lower is better only from the"
        + " watch threshold up, so a change within the usual range is not called an improvement.";
  }

  private static Gauge gauge(FindingChange f) {
    if (f.after().value() == null || f.after().watchAt() == null) {
      return null;
    }
    boolean lean = Flag.FORWARD_LEAN.equals(f.id());
    double watch = f.after().watchAt();
    double excessive = f.after().excessiveAt();
    double low = f.before().value() == null ? f.after().value() : Math.min(f.before().value(), f.after().value());
    double high = f.before().value() == null ? f.after().value() : Math.max(f.before().value(), f.after().value());
    double min = lean ? Math.min(Math.min(LEAN_SCALE_MIN, watch - 5), Math.floor(low) - 2) : 0;
    double max = lean ? Math.max(Math.max(LEAN_SCALE_MAX, excessive + 5), Math.ceil(high) + 2)
        : Math.max(2 * excessive, Math.ceil(high) + 1);
    return new Gauge(f.after().value(), watch, excessive, Math.min(min, watch - 1), max, lean ? "\u00b0" : " %",
        f.before().value());
  }

  private static List<Block> lean(Comparison c) {
    List<Labelled> both = labelled(c);
    if (both.stream().allMatch(l -> l.analysis().frames().stream().allMatch(f -> f.leanDeg() == null))) {
      return List.of(new Note("Neither video gave a trunk angle."));
    }
    List<Block> b = new ArrayList<>();
    b.add(new Chart(PostureCharts.leanOverTime(both), 720, 300, "Trunk lean in every frame of each video, from its"
        + " start; the trunk rocks with each step, and the findings use the median." + thresholdsDrawn(c)));
    b.add(new Chart(PostureCharts.leanByPhase(both), 720, 260, "Median trunk lean when the foot lands (contact),"
        + " half-way through its time on the ground (mid-stance) and when it pushes off (toe-off), each visit side"
        + " by side: shows whether a change came at one moment of the step or throughout."));
    return b;
  }

  private static List<Block> lumbar(Comparison c) {
    List<Block> b = new ArrayList<>();
    boolean any = false;
    for (Visit v : List.of(c.before(), c.after())) {
      if (v.analysis().frames().stream().anyMatch(f -> f.lumbarDepthPct() != null)) {
        any = true;
      } else {
        b.add(new Note(v.label() + ": no lumbar measure. " + v.analysis().flag(Flag.LUMBAR).explanation()));
      }
    }
    if (any) {
      b.add(0, new Chart(PostureCharts.lumbarOverTime(labelled(c)), 720, 260, "Depth of the hollow of the lower"
          + " back, as a share of the trunk length, in each frame where the arms did not hide it."
          + thresholdsDrawn(c)));
    }
    return b;
  }

  private static String thresholdsDrawn(Comparison c) {
    return thresholds(c.before().analysis().settings()).equals(thresholds(c.after().analysis().settings())) ? ""
        : " The thresholds drawn are those of " + c.before().label() + ".";
  }

  private static List<Labelled> labelled(Comparison c) {
    return List.of(new Labelled(c.before().label(), c.before().analysis()),
        new Labelled(c.after().label(), c.after().analysis()));
  }

  private static List<Block> measures(Comparison c) {
    List<Row> rows = new ArrayList<>();
    for (MeasureChange m : c.measures()) {
      rows.add(new Row(List.of(m.label(), fmt(m.before(), m.decimals()), fmt(m.after(), m.decimals()),
          m.change() == null ? "\u2013" : String.format(Locale.ROOT, "%+." + m.decimals() + "f", m.change()),
          m.reading()), null));
    }
    return List.of(new Table(List.of(new Column("Measure", false), new Column(c.before().label(), true),
            new Column(c.after().label(), true), new Column("Change", true), new Column("Reading", false)), rows,
            false),
        new Note("Medians over the steps; the first row over all frames. Trunk lean and the lumbar hollow are read"
            + " like the findings; the gait measures have no direction that is better for every runner, so only"
            + " their change is shown, and for the angles and the overstride whether it is more than measurement"
            + " error. Foot strike: " + DetectableChange.FOOT_STRIKE.basis() + ". Shank: "
            + DetectableChange.SHANK.basis() + ". Knee at contact: " + DetectableChange.KNEE_CONTACT.basis()
            + ". Peak knee: " + DetectableChange.KNEE_PEAK.basis() + ". Overstride: "
            + DetectableChange.OVERSTRIDE.basis()
            + ". The timing measures' and the vertical oscillation's own error is not measured yet. Keypoint angles"
            + " from a 2D video differ from marker-based motion capture by about 5-8\u00b0 at hip and knee (Van"
            + " Hooren et al. 2023): compare visits filmed the same way."));
  }

  private static List<Block> recordings(Comparison c) {
    Visit b = c.before();
    Visit a = c.after();
    List<Row> rows = new ArrayList<>();
    rows.add(row("Video", b, a, v -> fileName(v.analysis().video().file())));
    rows.add(row("Recording", b, a, v -> String.format(Locale.ROOT, "%.1f s at %s fps, %d\u00d7%d px",
        seconds(v.analysis()), number(v.analysis().video().fps()), v.analysis().video().widthPx(),
        v.analysis().video().heightPx())));
    rows.add(row("Runner", b, a, v -> "toward the " + v.analysis().view().direction().id() + ", "
        + v.analysis().view().direction().nearSide().id() + " side to the camera"));
    rows.add(row("Runner found", b, a, v -> found(v.analysis().summary())));
    rows.add(row("Steps", b, a, v -> String.valueOf(v.analysis().summary().steps())));
    rows.add(row("Ground slope", b, a, v -> String.format(Locale.ROOT, "%.1f\u00b0 (%s)",
        v.analysis().view().rollDeg(), v.analysis().view().rollSource())));
    rows.add(row("Findings", b, a, v -> v.analysis().sufficient() ? "assessed" : "insufficient data"));
    rows.add(row("Pose model", b, a, v -> "BlazePose " + v.analysis().model().variant() + ", landmark SHA-256 "
        + prefix(v.analysis().model().landmarkSha256()) + "\u2026"));
    rows.add(row("Thresholds", b, a, v -> Warnings.thresholds(v.analysis().settings())));
    rows.add(row("Analysis", b, a, v -> v.file().toString()));
    rows.add(row("SHA-256", b, a, v -> prefix(v.sha256()) + "\u2026"));
    rows.add(row("Analysed by", b, a, v -> "runpose " + v.analysis().runposeVersion()));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table(List.of(new Column("", false), new Column(b.label(), false), new Column(a.label(), false)),
        rows, false));
    for (Visit v : List.of(b, a)) {
      v.analysis().capture().stream().filter(k -> k.grade() != CaptureCheck.Grade.GOOD)
          .forEach(k -> blocks.add(new Note(v.label() + ": " + k.sentence())));
      // The note on a turn points to the analysis's own report; the compare report says which pass it compares.
      v.analysis().notes().stream().filter(n -> !n.startsWith(PostureAnalysis.TURNED_ROUND))
          .forEach(n -> blocks.add(new Note(v.label() + ": " + n)));
    }
    return blocks;
  }

  private static Row row(String what, Visit b, Visit a, java.util.function.Function<Visit, String> value) {
    return new Row(List.of(what, value.apply(b), value.apply(a)), null);
  }

  private static List<Block> method(Comparison c) {
    CompareConfig k = c.config();
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Verdicts.", "Lower trunk lean and a shallower lumbar hollow are better, but only from"
        + " the watch threshold up. Improved: " + Verdict.IMPROVED.rule() + ". Worse: " + Verdict.WORSE.rule()
        + ". Unchanged: " + Verdict.UNCHANGED.rule() + ". Not assessed: " + Verdict.NOT_ASSESSED.rule()
        + ". Changes are taken to a tenth, as shown."));
    b.add(new Paragraph("Measurement error.", "A change of trunk lean counts from "
        + Comparison.Kind.LEAN.tolerance(k.leanToleranceDeg()) + ": on runpose's labelled test clips filmed the"
        + " same way, lean changes are measured to within 1.5\u00b0. The lumbar hollow counts from "
        + Comparison.Kind.LUMBAR.tolerance(k.lumbarTolerancePct()) + ": a neutral back measures 3-3.6 % over"
        + " those clips and an extra 10\u00b0 of lumbar extension adds about 3 points. Change them with"
        + " --lean-tolerance and --lumbar-tolerance."));
    b.add(new Paragraph("Traffic lights.", "Each visit keeps the traffic lights of its own analysis, graded on the"
        + " thresholds it was made with (shown above); the verdicts compare the measured values."));
    b.add(new Note("Compare videos filmed the same way: the same side of the runner, camera distance and height,"
        + " frame rate and pace. runpose warns when the direction, the gait, the frame rate, the pose model, the"
        + " thresholds or the version differ."));
    return b;
  }

  /** In how many frames the runner was found, and how many of those lie outside the pass compared. */
  static String found(PostureSummary s) {
    return s.framesFound() + " of " + s.framesAnalysed() + " frames"
        + (s.framesLeftOut() == 0 ? "" : " (" + s.framesLeftOut() + " outside the pass compared: the person's other"
            + " passes after turning round, or a stretch walked backwards)");
  }

  private static String prefix(String sha) {
    return sha == null ? "unknown" : sha.substring(0, Math.min(16, sha.length()));
  }

  private static double seconds(PostureAnalysis a) {
    if (a.video().durationMicros() > 0) {
      return a.video().durationMicros() / 1e6;
    }
    return a.frames().isEmpty() ? 0 : a.frames().get(a.frames().size() - 1).timeSeconds();
  }

  private static String fileName(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }

  private static String fmt(Double v, int decimals) {
    return v == null ? "\u2013" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
