package org.runpose.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.runpose.Severity;
import org.runpose.gait.GaitCheck;
import org.runpose.gait.GaitPattern;
import org.runpose.gait.Side;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.CaptureCheck;
import org.runpose.posture.DetectableChange;
import org.runpose.posture.Flag;
import org.runpose.posture.FrameMetrics;
import org.runpose.posture.LumbarBaseline;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.posture.SessionTrend;
import org.runpose.posture.StepMetrics;
import org.runpose.posture.ViewCheck;
import org.runpose.report.PostureCharts.Labelled;
import org.runpose.report.ReportDocument.Block;
import org.runpose.report.ReportDocument.Chart;
import org.runpose.report.ReportDocument.Column;
import org.runpose.report.ReportDocument.Entry;
import org.runpose.report.ReportDocument.FindingItem;
import org.runpose.report.ReportDocument.Findings;
import org.runpose.report.ReportDocument.Gallery;
import org.runpose.report.ReportDocument.Gauge;
import org.runpose.report.ReportDocument.Note;
import org.runpose.report.ReportDocument.Paragraph;
import org.runpose.report.ReportDocument.Picture;
import org.runpose.report.ReportDocument.Row;
import org.runpose.report.ReportDocument.Section;
import org.runpose.report.ReportDocument.Table;
import org.runpose.wearable.WearableCheck;

/** The report of one running video: findings first, then the evidence, the charts, the steps and the basis. */
public final class PostureReport {
  private PostureReport() {}

  /** The badge of a lower back measured but not judged: what the value is for. */
  public static final String BASELINE_BADGE = "baseline";
  public static final String NOT_A_DIAGNOSIS = "runpose is a screening aid, not a diagnosis: discuss the findings"
      + " with a physical therapist or physician, especially if you have pain.";

  /** The line at the foot of every page. */
  public static final String FOOTER = "runpose " + org.runpose.RunposeVersion.get().runpose()
      + " \u00b7 a screening aid, not a diagnosis";

  /** Fewest steps whose lean range the lean chart's caption gives: fewer say little about a change. */
  private static final int MIN_STEPS_FOR_RANGE = 5;

  /** Scales of the finding gauges: the published range of trunk lean, and up to twice the lumbar threshold. */
  private static final double LEAN_SCALE_MIN = -5;
  private static final double LEAN_SCALE_MAX = 25;

  /**
   * @param a the analysis
   * @param stills annotated frames of the video (worst and typical moments); empty when only keypoints were
   *     analysed
   * @param generatedAt when the report was made, as shown in its header
   */
  public static ReportDocument document(PostureAnalysis a, List<Picture> stills, String generatedAt) {
    return document(a, null, stills, generatedAt);
  }

  /** As above, with a wearable's figures beside runpose's; {@code wearable} may be null. */
  public static ReportDocument document(PostureAnalysis a, WearableCheck wearable, List<Picture> stills,
      String generatedAt) {
    List<Section> sections = sections(a, stills);
    if (wearable != null) {
      // After the gait, which it checks.
      int at = sections.stream().map(Section::title).toList().indexOf("Steps and gait") + 1;
      sections.add(at, new Section("Beside the wearable", wearable(wearable)));
    }
    return new ReportDocument((a.gait().pattern() == GaitPattern.WALKING ? "Walking" : "Running")
        + " posture report: " + fileName(a.video().file()), provenance(a, generatedAt), sections, FOOTER);
  }

  private static List<Block> wearable(WearableCheck w) {
    List<Row> rows = new ArrayList<>();
    for (WearableCheck.Row r : w.rows()) {
      rows.add(new Row(List.of(r.label(), fmt(r.runpose(), r.decimals()), fmt(r.wearable(), r.decimals()),
          r.difference() == null ? "\u2013" : signed(r.difference(), r.decimals()),
          r.reading()),
          Boolean.FALSE.equals(r.agree()) ? Severity.WATCH : null));
    }
    return List.of(new Paragraph(w.summary()),
        new Table(List.of(new Column("Measure", false), new Column("runpose", true), new Column("Wearable", true),
            new Column("Difference", true), new Column("Reading", false)), rows, false),
        new Note(String.format(Locale.ROOT, "The wearable: %s (%s), %d records from %s to %s, the video's time %s."
            + " Its medians over that time beside runpose's over the clip. Errors allowed: for cadence 1 step/min"
            + " each (runpose's largest on hand-labelled real clips was 0.34; a watch counts whole strides); for the"
            + " ground contact time two video frames for runpose and 6 %% for the wearable (a Stryd pod read 5.2 %%"
            + " short against 1,000 frames/s video, Garc\u00eda-Pinillos et al. 2019).", fileName(Path.of(w.file())),
            w.device(), w.samples(), w.from(), w.to(),
            "user".equals(w.startSource()) ? "as given" : "from the video file's recording time")));
  }

  static List<Entry> provenance(PostureAnalysis a, String generatedAt) {
    var v = a.video();
    ViewCheck view = a.view();
    List<Entry> e = new ArrayList<>();
    e.add(new Entry("Video", String.format(Locale.ROOT, "%s%s \u00b7 %.1f s \u00b7 %s fps \u00b7 %d\u00d7%d px"
            + " \u00b7 %s", fileName(v.file()), v.recordedAt() == null ? ""
            : " \u00b7 recorded " + v.recordedAt().replace('T', ' ').replace("Z", " UTC"), seconds(a),
        number(v.fps()), v.widthPx(), v.heightPx(),
        v.rotationDeg() == 0 ? "stored upright" : "stored rotated " + v.rotationDeg() + "\u00b0, turned upright")
        + (v.sha256() == null ? "" : " \u00b7 SHA-256 " + v.sha256())));
    e.add(new Entry("Runner", gaitWord(a.gait()) + " toward the " + view.direction().id() + " of the picture ("
        + ("user".equals(view.directionSource()) ? "as given" : "seen in the video") + "), filmed from the runner's "
        + view.direction().nearSide().id() + " side; ground slope " + degrees(view.rollDeg()) + "\u00b0 ("
        + view.rollSource() + ")"));
    e.add(new Entry("Timing", timing(a.gait())));
    e.add(model(a.model()));
    e.add(thresholds(a.settings()));
    if (!lowPassed(a)) {
      e.add(new Entry("Smoothing", "none: the " + number(a.settings().signal().cutoffHz()) + " Hz low-pass asked for"
          + " is not below half the " + number(a.realFpsRead()) + " frames/s read, where no frequency is left for"
          + " it to remove"));
    }
    e.add(new Entry("Made", generatedAt + " by runpose " + a.runposeVersion()));
    return e;
  }

  private static String gaitWord(GaitCheck g) {
    return switch (g.pattern()) {
      case RUNNING -> "running";
      case WALKING -> "walking";
      case UNCLEAR -> "moving";
    };
  }

  /** How the clip's time relates to real time, and whether the time-based measures are given. */
  public static String timing(GaitCheck g) {
    String base = switch (g.timeBase()) {
      case REAL -> "real time";
      case SLOWED_BY_FACTOR -> "slow motion, " + number(g.slowMotionFactor()) + "\u00d7 as given: times are the"
          + " video's divided by " + number(g.slowMotionFactor());
      case LOOKS_SLOWED -> String.format(Locale.ROOT, "looks like slow motion (each step takes %.2f s of video,"
          + " about %s\u00d7 a usual step): cadence, stance and flight times are withheld; give the slow-motion"
          + " factor (--slow-motion, or the web app's slow-motion field) to have them in real time",
          g.videoStepSeconds(), g.apparentSlowdown() < 3 ? String.format(Locale.ROOT, "%.1f", g.apparentSlowdown())
              : String.format(Locale.ROOT, "%.0f", g.apparentSlowdown()));
      case LOOKS_SPED_UP -> "faster than any runner moves (a time-lapse or sped-up clip?): cadence, stance and"
          + " flight times are withheld";
      case NOT_JUDGED -> "not judged: the steps show no runner's or walker's pace to tell real time from slow motion";
    };
    return g.problems().isEmpty() ? base
        : base + "; the steps fail the gait check, so the time-based measures are withheld";
  }

  /** A change with its sign, "+1.5", "-0.4", and "0.0" for one that rounds to zero. */
  static String signed(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%+." + decimals + "f", v);
    return s.matches("[+-]0(\\.0+)?") ? s.substring(1) : s;
  }

  /** A value to a tenth (an angle, a percentage), without the sign of one that rounds to zero. */
  public static String degrees(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.equals("-0.0") ? "0.0" : s;
  }

  /** The pose model's files with their SHA-256, and the engine that ran them. */
  public static Entry model(ModelInfo m) {
    return new Entry("Pose model", "MediaPipe BlazePose " + m.variant() + ": " + m.landmarkFile() + " SHA-256 "
        + m.landmarkSha256() + "; " + m.detectorFile() + " SHA-256 " + m.detectorSha256() + "; " + m.engine()
        + " via DJL " + m.djlVersion());
  }

  /** The thresholds the findings were judged by. */
  public static Entry thresholds(AnalysisConfig c) {
    LumbarBaseline b = c.lumbarBaseline();
    String lumbar = !c.lumbarJudged() ? "lumbar hollow not judged (no baseline)"
        : b == null ? String.format(Locale.ROOT, "lumbar hollow watch %s %%, excessive %s %% (chosen for anyone)",
            number(c.lumbarWatchPct()), number(c.lumbarExcessivePct()))
        : String.format(Locale.ROOT, "lumbar hollow against the runner's baseline of %s %%: watch +%s, excessive +%s"
            + " points", number(b.depthPct()), number(b.watchIncreasePts()), number(b.excessiveIncreasePts()));
    return new Entry("Thresholds", String.format(Locale.ROOT, "trunk lean watch %s\u00b0, excessive %s\u00b0; %s;"
        + " keypoints low-pass %s Hz", number(c.leanWatchDeg()), number(c.leanExcessiveDeg()), lumbar,
        number(c.signal().cutoffHz())));
  }


  /**
   * Whether the tracks were low-passed: a cut-off at or above half the frame rate read leaves them as they are. A clip
   * that looks slowed is cleaned with its cut-off lowered to its pace, so filtered all the same.
   */
  static boolean lowPassed(PostureAnalysis a) {
    double fps = a.realFpsRead();
    return !(fps > 0) || a.settings().signal().cutoffHz() < fps / 2
        || a.gait().timeBase() == GaitCheck.TimeBase.LOOKS_SLOWED;
  }

  private static List<Section> sections(PostureAnalysis a, List<Picture> stills) {
    List<Section> s = new ArrayList<>();
    s.add(new Section("Findings", findings(a)));
    if (!a.otherPasses().isEmpty()) {
      s.add(new Section("Other passes", otherPasses(a)));
    }
    if (!a.capture().isEmpty()) {
      s.add(new Section("How the video was filmed", capture(a)));
    }
    s.add(new Section("What the video shows", evidence(a, stills)));
    s.add(new Section("Trunk lean", lean(a)));
    s.add(new Section("Lower back", lumbar(a)));
    s.add(new Section("Steps and gait", gait(a)));
    if (a.trend() != null) {
      s.add(new Section("Early and late in the run", trend(a.trend(), a.frames())));
    }
    s.add(new Section("Step by step", stepTable(a)));
    s.add(new Section("What was measured, and the basis of each threshold", definitions(a)));
    return s;
  }

  private static List<Block> findings(PostureAnalysis a) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(headline(a)));
    List<FindingItem> items = new ArrayList<>();
    for (Flag f : a.flags()) {
      items.add(new FindingItem(f.severity(), heading(f), f.explanation(),
          f.severity() == Severity.NOT_ASSESSED && f.value() == null ? "" : f.advice(), gauge(f), null,
          f.unjudged() ? BASELINE_BADGE : null, null));
    }
    blocks.add(new Findings(items, "Nothing was assessed."));
    for (String n : a.notes()) {
      blocks.add(new Note(n));
    }
    blocks.add(new Note(NOT_A_DIAGNOSIS + " The angles come from a single 2D view and a general-purpose pose model;"
        + " small differences (a degree or two) are within its error."));
    return blocks;
  }

  /**
   * The passes of a person who turned round, besides the one the report is of: each measured on its own, with the
   * other side toward the camera.
   */
  public static List<Block> otherPasses(PostureAnalysis a) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("The person turned round in the clip. The rest of this report is of the longest pass, "
        + passTime(a) + ", with the " + a.view().direction().nearSide().id() + " side toward the camera; each other"
        + " pass was measured on its own, with its own side toward the camera and its own steps. Lean and lower back"
        + " are judged as on the main pass; compare the sides to see whether a finding belongs to the runner or to"
        + " the view."));
    List<Row> rows = new ArrayList<>();
    for (PostureAnalysis p : a.otherPasses()) {
      Flag lean = p.flag(Flag.FORWARD_LEAN);
      Flag lumbar = p.flag(Flag.LUMBAR);
      rows.add(new Row(List.of(passTime(p), "toward the " + p.view().direction().id() + ", "
              + p.view().direction().nearSide().id() + " side to the camera", gaitWord(p.gait()),
          String.valueOf(p.summary().steps()), fmt(p.summary().cadenceStepsPerMin(), 0), stateOf(lean),
          stateOf(lumbar)), Severity.worst(lean.severity(), lumbar.severity())));
    }
    b.add(new Table(List.of(new Column("Pass", false), new Column("Heading", false), new Column("Gait", false),
        new Column("Steps", true), new Column("Cadence (steps/min)", true), new Column("Trunk lean", false),
        new Column("Lower back", false)), rows, false));
    for (PostureAnalysis p : a.otherPasses()) {
      List<String> said = new ArrayList<>(p.sufficient() ? p.flags().stream().filter(f -> f.value() == null)
          .map(f -> f.title() + ": " + f.explanation()).toList() : p.insufficientReasons());
      said.addAll(passNotes(a, p));
      if (!said.isEmpty()) {
        b.add(new Note("Pass " + passTime(p) + ": " + String.join(" ", said)));
      }
    }
    return b;
  }

  /** A pass's own notes: those it does not share with the pass the report is of, nor the one on the turn. */
  public static List<String> passNotes(PostureAnalysis a, PostureAnalysis pass) {
    return pass.notes().stream().filter(n -> !a.notes().contains(n) && !n.startsWith(PostureAnalysis.TURNED_ROUND))
        .toList();
  }

  /** From the pass's first frame with the person to its last, in the video's own time, as the notes give times. */
  public static String passTime(PostureAnalysis p) {
    List<FrameMetrics> found = p.frames().stream().filter(FrameMetrics::found).toList();
    Double factor = p.settings().slowMotionFactor();
    double toVideo = factor == null ? 1 : factor;
    // With a slow-motion factor the charts run in real time: say which clock this is.
    return found.isEmpty() ? "with no frame of the person" : String.format(Locale.ROOT, "%.1f-%.1f s%s",
        toVideo * found.get(0).timeSeconds(), toVideo * found.get(found.size() - 1).timeSeconds(),
        factor == null ? "" : " of the video");
  }

  /** A sentence per other pass of a person who turned round: its time and its findings. */
  public static List<String> otherPassFindings(PostureAnalysis a) {
    return a.otherPasses().stream().map(p -> "Other pass, " + passTime(p) + ": " + findingStates(p) + ".").toList();
  }

  /** Every finding of a pass on one line: "forward trunk lean 3.3° (ok), lumbar hyperextension ...". */
  public static String findingStates(PostureAnalysis p) {
    return p.flags().stream().map(f -> f.title().toLowerCase(Locale.ROOT) + " " + stateOf(f))
        .collect(Collectors.joining(", "));
  }

  /** A finding in a table cell: its value and state, or that it was not assessed. */
  public static String stateOf(Flag f) {
    return f.value() == null ? "not assessed" : value(f) + " (" + grade(f) + ")";
  }

  /** A finding's grade in words, with the line a borderline lean lies near: "watch, near the ok line". */
  public static String grade(Flag f) {
    return f.stateLabel() + (f.borderline() ? ", " + Flag.nearLine(f.borderlineTo()) : "");
  }

  /** One sentence a runner reads first, and one for each other pass that raises a finding. */
  public static String headline(PostureAnalysis a) {
    List<Flag> raised = raised(a);
    List<Flag> unassessed = a.flags().stream().filter(f -> f.severity() == Severity.NOT_ASSESSED).toList();
    boolean judged = !raised.isEmpty() || unassessed.size() < a.flags().size();
    StringBuilder b = new StringBuilder();
    if (!judged) {
      b.append("runpose could not judge ").append(a.otherPasses().isEmpty() ? "this video's" : "the longest pass's")
          .append(" posture: ").append(String.join(" ", a.insufficientReasons().isEmpty()
              ? List.of(unassessed.get(0).explanation()) : a.insufficientReasons()));
    } else if (raised.isEmpty()) {
      b.append("No posture problem found: ");
      b.append(a.flags().stream().filter(f -> f.severity() == Severity.OK).map(PostureReport::okPhrase)
          .reduce((x, y) -> x + ", and " + y).orElse("")).append('.');
    } else {
      b.append(findingsToWorkOn(raised)).append('.');
      a.flags().stream().filter(f -> f.severity() == Severity.OK).forEach(f -> b.append(" ")
          .append(Character.toUpperCase(okPhrase(f).charAt(0))).append(okPhrase(f).substring(1)).append('.'));
    }
    if (judged) {
      unassessed.forEach(f -> b.append(' ').append(f.value() == null
          ? f.title() + " was not assessed (see below)."
          : "The lower back's hollow (" + value(f) + ") is kept as this runner's baseline: one video does not judge"
              + " it (see below)."));
    }
    // A finding on another pass is not to be missed below the longest pass's.
    for (PostureAnalysis p : a.otherPasses()) {
      List<Flag> there = raised(p);
      if (!there.isEmpty()) {
        String findings = findingsToWorkOn(there);
        b.append(" On the pass ").append(passTime(p)).append(", the ").append(p.view().direction().nearSide().id())
            .append(" side toward the camera: ").append(Character.toLowerCase(findings.charAt(0)))
            .append(findings.substring(1)).append(" (see Other passes).");
      }
    }
    return b.toString();
  }

  private static List<Flag> raised(PostureAnalysis a) {
    return a.flags().stream().filter(f -> f.severity() == Severity.EXCESSIVE || f.severity() == Severity.WATCH)
        .toList();
  }

  /** "One finding to work on: forward trunk lean (watch, 9.1°)". */
  private static String findingsToWorkOn(List<Flag> raised) {
    return (raised.size() == 1 ? "One finding to work on: " : raised.size() + " findings to work on: ")
        + raised.stream().map(f -> f.title().toLowerCase(Locale.ROOT) + " (" + grade(f) + ", " + value(f) + ")")
            .collect(Collectors.joining("; "));
  }

  private static String okPhrase(Flag f) {
    return Flag.FORWARD_LEAN.equals(f.id())
        ? "the trunk leans " + value(f) + (f.value() < 0 ? "" : " forward") + ", within the usual range"
        : "the lower back keeps a normal curve (" + value(f) + ")";
  }

  /** A finding's heading: its value, severity and thresholds. */
  public static String heading(Flag f) {
    if (f.value() == null) {
      return f.title() + ": not assessed";
    }
    if (f.unjudged()) {
      return String.format(Locale.ROOT, "%s: %s (not judged from one video)", f.title(), value(f));
    }
    return String.format(Locale.ROOT, "%s: %s (%s; watch from %s, excessive from %s)", f.title(), value(f), grade(f),
        withUnit(f.watchAt(), f), withUnit(f.excessiveAt(), f));
  }

  private static Gauge gauge(Flag f) {
    if (f.value() == null || f.watchAt() == null) {
      return null;
    }
    boolean lean = Flag.FORWARD_LEAN.equals(f.id());
    double min = lean ? Math.min(LEAN_SCALE_MIN, f.watchAt() - 5) : 0;
    double max = lean ? Math.max(LEAN_SCALE_MAX, f.excessiveAt() + 5) : 2 * f.excessiveAt();
    return new Gauge(f.value(), f.watchAt(), f.excessiveAt(), min, max, lean ? "\u00b0" : " %");
  }

  /** The measured value with one decimal, as everywhere else in the report. */
  private static String value(Flag f) {
    if (f.value() == null) {
      return "n/a";
    }
    // A backward lean says so: under the title "forward trunk lean" a bare 4.6° would read as forward.
    return Flag.FORWARD_LEAN.equals(f.id()) ? String.format(Locale.ROOT, "%.1f\u00b0%s", Math.abs(f.value()),
        f.value() < 0 ? " backward" : "") : String.format(Locale.ROOT, "%.1f %%", f.value());
  }

  /** A threshold as the user set it: "8°", "4.5 %". */
  private static String withUnit(double v, Flag f) {
    return number(v) + (Flag.FORWARD_LEAN.equals(f.id()) ? "\u00b0" : " %");
  }

  /** The capture-quality gate, check by check; a check that withheld the findings is tinted like an excessive one. */
  private static List<Block> capture(PostureAnalysis a) {
    List<Row> rows = new ArrayList<>();
    for (CaptureCheck c : a.capture()) {
      String seen = Character.toUpperCase(c.measured().charAt(0)) + c.measured().substring(1) + "."
          + (c.effect().isEmpty() ? "" : " " + c.effect())
          + (c.tip().isEmpty() ? "" : " Next time: " + Character.toLowerCase(c.tip().charAt(0)) + c.tip().substring(1));
      rows.add(new Row(List.of(c.title(), result(c.grade()), seen), switch (c.grade()) {
        case GOOD -> null;
        case LIMITED -> Severity.WATCH;
        case UNUSABLE -> Severity.EXCESSIVE;
      }));
    }
    return List.of(new Paragraph("runpose checks the recording before it measures. Good: nothing is lost. Limited:"
            + " the measures are given, and the row says what they lose. Withheld: the findings, and the angles with"
            + " them, are not given."),
        new Table(List.of(new Column("Check", false), new Column("Result", false),
            new Column("What runpose saw, and what it means", false)), rows, false));
  }

  /** A capture check's grade as the report says it. */
  public static String result(CaptureCheck.Grade g) {
    return switch (g) {
      case GOOD -> "good";
      case LIMITED -> "limited";
      case UNUSABLE -> "withheld";
    };
  }

  /** The first third of a long clip against the last. */
  private static List<Block> trend(SessionTrend t, List<FrameMetrics> frames) {
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph(t.summary()));
    if (t.measures().isEmpty()) {
      return b;
    }
    double start = frames.stream().filter(FrameMetrics::found).mapToDouble(FrameMetrics::timeSeconds).min()
        .orElse(0);
    double end = frames.stream().filter(FrameMetrics::found).mapToDouble(FrameMetrics::timeSeconds).max().orElse(0);
    List<Row> rows = new ArrayList<>();
    for (SessionTrend.Measure m : t.measures()) {
      rows.add(new Row(List.of(m.label(), fmt(m.first(), 1), fmt(m.last(), 1),
          m.change() == null ? "\u2013" : signed(m.change(), 1), m.reading()), null));
    }
    b.add(new Table(List.of(new Column("Measure", false), new Column("First third", true),
        new Column("Last third", true), new Column("Change", true), new Column("Reading", false)), rows, false));
    b.add(new Note(String.format(Locale.ROOT, "Medians over each third: the first from %.0f to %.0f s (%d steps),"
        + " the last from %.0f to %.0f s (%d steps).", start, t.firstToSeconds(), t.firstSteps(), t.lastFromSeconds(),
        end, t.lastSteps()) + " A change is read as more than measurement error only where runpose"
        + " knows its own error for the measure (see the definitions); the others show the change alone."));
    return b;
  }

  private static List<Block> evidence(PostureAnalysis a, List<Picture> stills) {
    if (stills.isEmpty()) {
      return List.of(new Note(a.summary().framesWithPose() == 0
          ? "The runner was not found in any frame, so there is nothing to show."
          : a.frames().stream().noneMatch(f -> f.leanDeg() != null)
              ? "No frame gave a trunk angle, so there is no still to show."
              : "Stills need the video: run 'runpose analyze' on the video rather than on saved keypoints."));
    }
    return List.of(new Gallery(stills), new Note("Drawn on each frame: the skeleton the angles were measured on,"
        + " the trunk line from the hip to the shoulder on the side facing the camera, the true vertical (dashed)"
        + " and the angle between them. Where an overlay video was made (overlay.mp4), it shows the same on every"
        + " frame."));
  }

  private static List<Block> lean(PostureAnalysis a) {
    List<Block> b = new ArrayList<>();
    List<Labelled> one = List.of(new Labelled("trunk lean", a));
    if (a.frames().stream().noneMatch(f -> f.leanDeg() != null)) {
      return List.of(new Note("No frame gave a trunk angle."));
    }
    double[] leans = a.frames().stream().map(FrameMetrics::leanDeg).filter(v -> v != null)
        .mapToDouble(Double::doubleValue).toArray();
    Percentile range = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    double[] stepLeans = a.steps().stream().map(StepMetrics::leanStanceMeanDeg).filter(v -> v != null)
        .mapToDouble(Double::doubleValue).toArray();
    // Across steps as well as across frames: the rocking within a step does not widen it; whether the posture
    // changed during the clip, the stretches say.
    String acrossSteps = "";
    if (stepLeans.length >= MIN_STEPS_FOR_RANGE) {
      String low = fmt(range.evaluate(stepLeans, 10), 0);
      String high = fmt(range.evaluate(stepLeans, 90), 0);
      acrossSteps = low.equals(high) ? "; eight steps in ten lean " + low + "\u00b0 on average over their time on the"
          + " ground" : "; eight steps in ten lean from " + low + "\u00b0 to " + high + "\u00b0 on average over their"
          + " time on the ground";
    }
    if (!a.leanStretches().isEmpty()) {
      acrossSteps += "; it did not hold one level: the thick lines mark the stretches that each held one, each at"
          + " the median of its steps' lean and in the colour of its grade";
    }
    b.add(new Chart(PostureCharts.leanOverTime(one), 720, 300, String.format(Locale.ROOT, "Trunk lean in every"
        + " frame. Shaded: the time each foot is on the ground. Nine frames in ten read from %.0f\u00b0 to"
        + " %.0f\u00b0: the trunk rocks with each step, and the pose model's hip and shoulder points move with the"
        + " thigh and arm%s. The finding uses %s.", range.evaluate(leans, 5), range.evaluate(leans, 95), acrossSteps,
        a.leanStretches().isEmpty() ? "the median of all frames" : "the stretch graded worst")));
    if (!a.steps().isEmpty()) {
      b.add(new Chart(PostureCharts.leanPerStep(a), 720, 280, "Trunk lean at the three moments of each step:"
          + " when the foot lands (contact), half-way through its time on the ground (mid-stance) and when it"
          + " pushes off (toe-off). The pose model's hip and shoulder points move a little with the swinging thigh"
          + " and arm; runpose takes that out, and on rendered runners holding a constant lean the three moments"
          + " then read within about 3° of it."));
    }
    return b;
  }

  private static List<Block> lumbar(PostureAnalysis a) {
    Flag f = a.flag(Flag.LUMBAR);
    if (f.value() == null || a.frames().stream().noneMatch(m -> m.lumbarDepthPct() != null)) {
      return List.of(new Note(f.explanation()));
    }
    return List.of(new Chart(PostureCharts.lumbarOverTime(List.of(new Labelled("lumbar hollow", a))), 720, 260,
        "Depth of the hollow of the lower back in each frame where the arms did not hide it, as a share of the"
            + " trunk length."));
  }

  static List<Block> gait(PostureAnalysis a) {
    List<Block> b = new ArrayList<>();
    PostureSummary s = a.summary();
    GaitCheck g = a.gait();
    if (s.steps() == 0) {
      b.add(new Note("No complete step was recognised."));
      g.problems().forEach(p -> b.add(new Note(p)));
      return b;
    }
    boolean timed = a.stepTimesGiven();
    boolean walking = g.pattern() == GaitPattern.WALKING;
    b.add(new Paragraph(String.format(Locale.ROOT, "%d %s recognised%s; %s runpose flags only the trunk lean"
            + " and the lower back; the measures below are for the therapist's overall picture, with typical values"
            + " where the literature gives them.", s.steps(), s.steps() == 1 ? "step" : "steps",
        s.cadenceStepsPerMin() == null ? "" : String.format(Locale.ROOT, ", cadence %.0f steps per minute",
            s.cadenceStepsPerMin()), pattern(g))));
    if (!g.timingInRealTime()) {
      b.add(new Note("Timing: " + timing(g) + "." + (g.problems().isEmpty() ? ""
          : " " + String.join(" ", g.problems()))));
    } else if (!timed) {
      b.add(new Note("Stance and flight times are withheld: too few frames a second to time them (see How the"
          + " video was filmed)."));
    }
    boolean cm = s.verticalOscillationCm() != null;
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(List.of("Cadence (steps/min)", fmt(s.cadenceStepsPerMin(), 0), "", "", walking
        ? "Commonly 100-120 steps a minute when walking." : "Commonly 160-180 in recreational runners; 5-10 % more"
            + " lowers the load on knees and hips (Heiderscheit et al. 2011)."), null));
    rows.add(gaitRow(a, "Stance time (ms)", timed ? StepMetrics::stanceMs : st -> null, 0,
        "Foot on the ground. On rendered runners runpose read it a median 1 frame too long (single steps up to 4),"
            + " and the two feet up to 2 frames apart where they were alike: a left-right difference under 2 frames"
            + twoFrames(a) + " is within that error."));
    rows.add(walking
        ? gaitRow(a, "Double support (ms)", timed ? st -> -st.flightMs() : st -> null, 0,
            "Both feet on the ground after each landing: walking has it, running has a flight instead.")
        : gaitRow(a, "Flight time (ms)", timed ? StepMetrics::flightMs : st -> null, 0, "Both feet off the ground."));
    rows.add(gaitRow(a, "Overstride (% of leg length)", st -> pct(st.overstride()), 0, DetectableChange.OVERSTRIDE,
        (walking ? "Heel ahead of the hips at contact. A walker's heel always lands well ahead of the hips, as part"
            + " of the step's length: the running studies' link to braking and knee load does not apply; compare"
            + " visits instead." : "Heel ahead of the hips at contact; large values go with braking and knee load"
            + " (Souza 2016).") + " The hips stand"
            + " in for the centre of mass, and the figure is a rough one: at 3 m/s the hips move 10 cm a frame at 30"
            + " frames/s, so a contact timed a frame off moves it by about a tenth of the leg. runpose read the heel"
            + " about 8 points of leg length further ahead than it was on rendered runners, -3 to +23 on real ones."));
    rows.add(gaitRow(a, "Foot strike angle (°)", StepMetrics::footStrikeDeg, 0, DetectableChange.FOOT_STRIKE,
        "Heel first positive. Altman &"
        + " Davis (2012) call above 8° a rearfoot strike, below -1.6° a forefoot strike. runpose does not call the"
        + " pattern: on single clips it reads this angle up to 8° off (see the definitions), about as much as the"
        + " bands are apart. Look at the landings in the video."));
    rows.add(gaitRow(a, "Shank angle at contact (°)", StepMetrics::shankContactDeg, 0, DetectableChange.SHANK,
        walking ? ""
        : "Ankle ahead of the knee at landing; a shank near vertical lands the foot under the body (Souza 2016)."));
    // A walker's knees have other typical values; runpose's own error, measured on runners, is said either way.
    rows.add(gaitRow(a, "Knee flexion at contact (°)", StepMetrics::kneeFlexionContactDeg, 0,
        DetectableChange.KNEE_CONTACT, (walking ? ""
        : "Typically 17.8 ± 4.0° (Heiderscheit et al. 2011). ") + "runpose read rendered runners' knees about 4°"
            + " less bent than they were, but real runners' 9-17° more bent than hand-digitised (one 6° less): a"
            + " contact placed a frame late catches the knee already bending."));
    rows.add(gaitRow(a, "Peak knee flexion in stance (°)", StepMetrics::kneeFlexionPeakStanceDeg, 0,
        DetectableChange.KNEE_PEAK, (walking ? ""
        : "Typically 46.3 ± 4.5° (Heiderscheit et al. 2011); well below 45° suggests little shock absorption"
            + " (Souza 2016). ") + "runpose read rendered runners' peaks a median 4° less bent than they were (single"
            + " clips from 0 to 7° less)."));
    rows.add(gaitRow(a, cm ? "Vertical oscillation (cm)" : "Vertical oscillation (% of leg length)",
        cm ? StepMetrics::verticalOscillationCm : st -> pct(st.verticalOscillation()), cm ? 1 : 0,
        "Rise and fall of the hips over a step."));
    // Withheld, not shown with a caveat: a number read beside "less is made up for by arching" is read as a finding.
    rows.add(gaitRow(a, "Hip extension at toe-off (°)", st -> null, 0, "Not given: on real runners digitised by hand"
        + " runpose read it 10-74° too low (at toe-off the knees cross, and the model's near knee is often the other"
        + " one). About 10° is typical late in stance, and too little is often made up for by arching the lower back"
        + " (Souza 2016): look at the toe-off in the video."));
    b.add(new Table(List.of(new Column("Measure", false), new Column("All steps", true),
        new Column("Left foot", true), new Column("Right foot", true), new Column("What it means", false)),
        rows, false));
    b.add(new Note("Medians over the steps; a foot's is left out (\u2013) where it has one step alone or its steps"
        + " read too far apart for their middle value to be trusted, as where nothing was measured. " + nearLegOnly(a)
        + " Keypoint angles from a 2D video differ from"
        + " marker-based motion capture by about 5-8° at hip and knee (Van Hooren et al. 2023); use them to compare"
        + " visits filmed the same way rather than as absolute values."));
    if (timed) {
      b.add(new Chart(PostureCharts.stepTiming(a), 720, 240, walking
          ? "Stance time and double support of each step." : "Stance and flight time of each step."));
    }
    return b;
  }

  /** What the steps showed of the gait, as the clause of a sentence. */
  private static String pattern(GaitCheck g) {
    return switch (g.pattern()) {
      case RUNNING -> "they show running: a flight phase between the steps, the hips lowest half-way through each"
          + " stance.";
      case WALKING -> "they show walking, not running: both feet on the ground together after each landing, the"
          + " hips highest half-way through each stance. The running thresholds of the findings are a rough guide"
          + " here.";
      case UNCLEAR -> "they do not show clearly whether this is running or walking.";
    };
  }

  private static Row gaitRow(PostureAnalysis a, String label, Function<StepMetrics, Double> measure, int decimals,
      String meaning) {
    return gaitRow(a, label, measure, decimals, null, meaning);
  }

  /**
   * A row whose per-step values must agree ({@code change}, null: none to meet): a foot whose few steps scatter
   * more than a change between visits gets no median, though all steps together may.
   */
  private static Row gaitRow(PostureAnalysis a, String label, Function<StepMetrics, Double> measure, int decimals,
      DetectableChange change, String meaning) {
    List<String> cells = new ArrayList<>(List.of(label, fmt(median(a.steps(), measure), decimals)));
    for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
      double[] v = values(a.steps().stream().filter(st -> st.side() == side).toList(), measure);
      cells.add(change == null || change.trustsMedianOf(v) ? fmt(median(v), decimals) : "\u2013");
    }
    cells.add(meaning);
    return new Row(cells, null);
  }

  /** The median of one foot's steps. */
  private static Double median(List<StepMetrics> steps, Side side, Function<StepMetrics, Double> measure) {
    return median(steps.stream().filter(s -> s.side() == side).toList(), measure);
  }

  /** " (N ms)": two of the intervals between the frames analysed, in the analysis's time; empty without them. */
  private static String twoFrames(PostureAnalysis a) {
    double[] gaps = new double[Math.max(0, a.frames().size() - 1)];
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = 1000 * (a.frames().get(i + 1).timeSeconds() - a.frames().get(i).timeSeconds());
    }
    Arrays.sort(gaps);
    return gaps.length == 0 ? "" : " (" + fmt(2 * gaps[gaps.length / 2], 0) + " ms)";
  }

  private static Double median(List<StepMetrics> steps, Function<StepMetrics, Double> measure) {
    return median(values(steps, measure));
  }

  /** The steps' values of a measure, those it has. */
  private static double[] values(List<StepMetrics> steps, Function<StepMetrics, Double> measure) {
    return steps.stream().map(measure).filter(x -> x != null).mapToDouble(Double::doubleValue).toArray();
  }

  private static Double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length == 0 ? null : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static Double pct(Double share) {
    return share == null ? null : 100 * share;
  }

  /** The table of steps with its note: each step's timing and angles, graded by the stride's lean over stance. */
  public static List<Block> stepTable(PostureAnalysis a) {
    if (a.steps().isEmpty()) {
      return List.of(new Note("No complete step was recognised."));
    }
    AnalysisConfig c = a.settings();
    boolean cm = a.steps().stream().anyMatch(s -> s.verticalOscillationCm() != null);
    boolean timed = a.stepTimesGiven();
    boolean walking = a.gait().pattern() == GaitPattern.WALKING;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < a.steps().size(); i++) {
      StepMetrics s = a.steps().get(i);
      Double stride = strideLeanOverStanceDeg(a.steps(), i);
      Severity lean = stride == null ? null : c.leanSeverity(stride);
      rows.add(new Row(List.of(String.valueOf(s.number()), s.side().id(), fmt(s.contactSeconds(), 2),
          timed ? fmt(s.stanceMs(), 0) : "\u2013", timed ? fmt(walking ? -s.flightMs() : s.flightMs(), 0) : "\u2013",
          fmt(s.leanContactDeg(), 1), fmt(s.leanMidStanceDeg(), 1), fmt(stride, 1),
          fmt(s.leanToeOffDeg(), 1), fmt(s.kneeFlexionContactDeg(), 0), fmt(s.kneeFlexionPeakStanceDeg(), 0),
          fmt(pct(s.overstride()), 0), cm ? fmt(s.verticalOscillationCm(), 1) : fmt(pct(s.verticalOscillation()), 1)),
          lean));
    }
    return List.of(new Table(List.of(new Column("Step", true), new Column("Foot", false),
        new Column("Contact (s)", true), new Column("Stance (ms)", true),
        new Column(walking ? "Double support (ms)" : "Flight (ms)", true),
        new Column("Lean at contact (°)", true), new Column("Lean mid-stance (°)", true),
        new Column("Stride lean over stance, 2-step mean (°)", true), new Column("Lean at toe-off (°)", true),
        new Column("Knee at contact (°)", true), new Column("Peak knee (°)", true),
        new Column("Overstride (% leg)", true),
        new Column(cm ? "Vertical osc. (cm)" : "Vertical osc. (% leg)", true)), rows, true),
        new Note("The light of each row grades the stride's lean over stance, the finding's kind of figure: this"
            + " step's lean averaged from contact to toe-off and that of the other foot's step beside it, averaged."
            + " One frame's lean, as at mid-stance, swings within the stride, and a single step's lean differs by a"
            + " few degrees between the feet, what is left of the pose model's hip point following the other thigh"
            + sidesApart(a.steps()) + ". " + nearLegOnly(a)));
  }

  /**
   * The mean of a step's lean over stance and that of the other foot's step next to it (the one before, else the
   * one after); null where there is no such pair.
   */
  static Double strideLeanOverStanceDeg(List<StepMetrics> steps, int i) {
    StepMetrics s = steps.get(i);
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < steps.size() && steps.get(j).side() != s.side()
          && Math.abs(steps.get(j).number() - s.number()) == 1 && s.leanStanceMeanDeg() != null
          && steps.get(j).leanStanceMeanDeg() != null) {
        return (s.leanStanceMeanDeg() + steps.get(j).leanStanceMeanDeg()) / 2;
      }
    }
    return null;
  }

  /** How far the two feet's steps lie apart over stance, as a clause; empty without both feet's. */
  private static String sidesApart(List<StepMetrics> steps) {
    Double left = median(steps, Side.LEFT, StepMetrics::leanStanceMeanDeg);
    Double right = median(steps, Side.RIGHT, StepMetrics::leanStanceMeanDeg);
    return left == null || right == null ? "" : String.format(Locale.ROOT, " (here a median %.1f° on the left"
        + " foot's steps and %.1f° on the right's)", left, right);
  }

  /** Why the far leg's knee angles are blank. */
  private static String nearLegOnly(PostureAnalysis a) {
    return "Knee angles are of the " + a.view().direction().nearSide().id() + " leg, the one nearer the"
        + " camera: the far hip lies behind the pelvis, where the pose model can only guess it. Film the other side"
        + " for the other leg.";
  }

  private static List<Block> definitions(PostureAnalysis a) {
    AnalysisConfig c = a.settings();
    List<Block> b = new ArrayList<>();
    b.add(new Paragraph("Trunk lean.", "The angle between the line from the hip to the shoulder on the side facing"
        + " the camera and the true vertical, forward positive. The far side is left out: the trunk hides it, and"
        + " the pose model can only guess where it is. The true vertical comes from upright edges of the scene"
        + " (door frames, posts) where enough of them agree near the runner, else it is square to the ground line,"
        + " which runpose fits through the soles of the shoes while each foot is on the ground (shown as the"
        + " ground slope above), so a tilted camera does not change the angle. The finding uses the median over all"
        + " frames; the mean over each stance, from contact to toe-off, is the measure the published groups of"
        + " runners were taken as (Teng & Powers 2015) and is given beside it. Where the lean did not hold one level"
        + " (stretches of 7 steps or more whose medians of that mean lie 5° or more apart), the finding is that of"
        + " the stretch graded worst. On rendered runners, whose joint"
        + " centres are known, runpose's lean was within 2° of theirs. Points set by eye on the video (the middle"
        + " of the hip's outline and the centre of the upper arm's head, or the greater trochanter and the acromion"
        + " a therapist marks) give a line a median 5° less forward on real runners (-2° to +14°, one 20°), and"
        + " 7-10° less on the rendered ones: compare runpose's lean with runpose's, not with a line drawn by hand."));
    b.add(new Paragraph("Lumbar hollow.", "On the runner's outline, a straight line joins the most backward point"
        + " of the buttocks to that of the upper back; the hollow is the deepest point of the back inside that"
        + " line, as a share of the trunk length (hips to shoulders). An arched lower back makes it deeper. Frames"
        + " where an arm swings behind the back are left out."));
    b.add(new Paragraph("Steps.", "Contact and toe-off come from how far each foot is ahead of or behind the hips"
        + " (Zeni et al. 2008), then moved to where the foot's lowest point reaches or leaves the ground. Before"
        + " any measure, swapped left and right limbs are put back, outliers removed, short gaps filled and the"
        + " tracks smoothed" + (lowPassed(a) ? " (" + number(c.signal().cutoffHz()) + " Hz low-pass)."
            : "; not low-passed, as the cut-off asked for is not below half the frame rate.")));
    b.add(new Paragraph("Foot and shank at contact.", "The foot strike angle is the tilt of the shoe's sole against"
        + " the ground in the frame the shoe lands, minus the same at mid-stance, where it lies flat: this takes out"
        + " the shoe's own shape, as a standing trial does in marker studies. Heel first is positive. The sole is the"
        + " bottom edge of the shoe in the person mask between heel and toe; where the mask does not show it, the"
        + " line from the heel to the toe keypoint stands in. The landing is the first frame near the contact whose"
        + " shoe is down on the ground. The shank angle is the line from the knee to the ankle against the true"
        + " vertical at the contact, positive with the ankle ahead of the knee. By hand from a side video both are"
        + " among the most repeatable measures (foot: ICC 0.90-0.99, smallest detectable difference 1.3-2.3°; shank:"
        + " ICC 0.73-0.92, 2.2-4.8°; Dingenen et al. 2018). runpose is not that precise yet. Against the rendered"
        + " runners' rig it read the foot strike angle 1.4-2.0° off on average (single clips up to 8°) and the shank"
        + " angle 3.0-4.0° too high (up to 7°); against real runners digitised by hand, from 2° too low to 8° too"
        + " high for the foot and 3-13° off for the shank (a sprint start out of the blocks: 38°). A foot is about"
        + " 50 pixels long in a 640x480 clip, and the sole turns fastest just as it lands, so a landing seen a frame"
        + " off at 30 frames a second changes the angle by several degrees. Use them only to compare visits filmed"
        + " the same way: a change counts as more than"
        + " measurement error from " + number(DetectableChange.FOOT_STRIKE.value()) + "° for the foot and "
        + number(DetectableChange.SHANK.value()) + "° for the shank (the published smallest detectable difference"
        + " combined with how much runpose's own error varies between clips), and from "
        + number(DetectableChange.LEAN_DEG) + "° for the trunk lean."));
    b.add(new Table(List.of(new Column("Finding", false), new Column("Watch from", true),
        new Column("Excessive from", true), new Column("Basis", false)), List.of(
        new Row(List.of("Forward trunk lean", number(c.leanWatchDeg()) + "°", number(c.leanExcessiveDeg()) + "°",
            "Recreational runners at 3.4 m/s fall into groups of 3.6 ± 2.8° and 10.8 ± 2.2° trunk flexion (Teng &"
                + " Powers 2015); a lean of 8 ± 2° already raised the energy cost of running (Carson et al. 2024)."
                + " No validated cut-off exists; the thresholds can be changed."), null),
        lumbarRow(c)), false));
    b.add(new Note("A finding needs the runner in at least " + Math.round(100 * c.minPoseFraction())
        + " % of the frames from the first to the last in which they were seen, " + c.minSteps() + " steps and a"
        + " side view; the lower back needs 10 frames in which it"
        + " is visible. The outline shows clothing and skin, not the vertebrae; loose clothing hides the back."));
    b.add(new Note("References: Teng H.L., Powers C.M. (2015) Influence of trunk posture on lower extremity energetics"
        + " during running. Med Sci Sports Exerc 47(3):625-630. Carson et al. (2024) PLoS One,"
        + " doi:10.1371/journal.pone.0302249. Souza R.B. (2016) An evidence-based videotaped running biomechanics"
        + " analysis. Phys Med Rehabil Clin N Am 27(1):217-236. Heiderscheit B.C. et al. (2011) Effects of step rate"
        + " manipulation on joint mechanics during running. Med Sci Sports Exerc 43(2):296-302. Zeni J.A. et al."
        + " (2008) Two simple methods for determining gait events during treadmill and overground walking using"
        + " kinematic data. Gait Posture 27(4):710-714. Altman A.R., Davis I.S. (2012) A kinematic method for"
        + " footstrike pattern detection in barefoot and shod runners. Gait Posture 35(2):298-300. Dingenen B. et al."
        + " (2018) Phys Ther Sport 33:40. Van Hooren B. et al. (2023) Scand J Med Sci Sports,"
        + " doi:10.1111/sms.14319."));
    return b;
  }

  /** The lower back's thresholds and their basis: the runner's own baseline, or the thresholds for everyone. */
  private static Row lumbarRow(AnalysisConfig c) {
    LumbarBaseline baseline = c.lumbarBaseline();
    if (baseline != null) {
      return new Row(List.of("Lumbar hyperextension", number(c.lumbarWatchAtPct()) + " %",
          number(c.lumbarExcessiveAtPct()) + " %", String.format(Locale.ROOT, "The same runner's baseline: %s,"
              + " plus %s and %s points. On rendered runners 10° more lumbar extension deepens the hollow by about"
              + " 2.6 points, while the build alone moves it by as much. A prompt for a hands-on assessment, not a"
              + " measurement of the spine.", baseline.source(), number(baseline.watchIncreasePts()),
              number(baseline.excessiveIncreasePts()))), null);
    }
    if (!c.lumbarJudged()) {
      return new Row(List.of("Lumbar hyperextension", "–", "–",
          "Judged only against the same runner's baseline (an earlier analysis: --baseline, or the runner's earlier"
              + " visit in the web app). No published cut-off exists for a video measure of lumbar curvature, and"
              + " the outline's hollow deepens with a fuller build as much as with the back's arch: on rendered"
              + " runners holding the same neutral back it read 2-8 % by build, about what 20° of extension adds to"
              + " one body. A prompt for a hands-on assessment, not a measurement of the spine."), null);
    }
    return new Row(List.of("Lumbar hyperextension", number(c.lumbarWatchPct()) + " %",
        number(c.lumbarExcessivePct()) + " %",
        "Chosen for anyone (--lumbar-watch, --lumbar-excessive). No published cut-off exists for a video measure of"
            + " lumbar curvature; on labelled test clips of a runner of average build a neutral back measures about"
            + " 2.3-4.0 % and 20° more lumbar extension about 9-10 %. A fuller build (buttocks, belly) reads deeper"
            + " with the same back: judge such a runner by the change from an earlier visit (--baseline). A prompt"
            + " for a hands-on assessment, not a measurement of the spine."), null);
  }

  private static double seconds(PostureAnalysis a) {
    var frames = a.frames();
    if (a.video().durationMicros() > 0) {
      return a.video().durationMicros() / 1e6;
    }
    return frames.isEmpty() ? 0 : frames.get(frames.size() - 1).timeSeconds();
  }

  private static String fileName(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }

  private static String fmt(Double v, int decimals) {
    if (v == null) {
      return "\u2013";
    }
    String shown = String.format(Locale.ROOT, "%." + decimals + "f", v);
    // A small negative value rounds to "-0", which reads as a sign where there is none.
    return shown.matches("-0(\\.0+)?") ? shown.substring(1) : shown;
  }

  /** A threshold or setting as people write it: whole numbers without decimals, others to a tenth. */
  public static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
