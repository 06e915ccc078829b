package org.runpose.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.runpose.Severity;
import org.runpose.posture.Flag;

/** The report as text tables: one row per clip, the keypoint errors per joint, then the overall scores. */
public final class EvalTable {

  private static final String[] HEADER = {"clip", "pose", "dir", "roll true/ours", "lean true", "ours", "error",
      "change err (vs)", "lumbar true", "ours", "flag true/ours", "contacts med/max fr", "toe-offs med/max fr",
      "cadence ours (err)", "foot strike true/ours", "shank true/ours", "knee contact true/ours",
      "knee peak true/ours", "hip ext true/ours", "overstride % true/ours"};

  private EvalTable() {}

  public static void print(EvalReport report, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ClipResult r : report.clips()) {
      rows.add(r.failed() ? failedRow(r.clip()) : row(r.clip(), r.score()));
    }
    printAligned(rows, out);
    for (ClipResult r : report.clips()) {
      if (r.failed()) {
        out.println(r.clip() + " FAILED: " + r.error());
      }
    }
    for (String side : List.of("near", "far")) {
      out.println();
      out.println("Keypoint error, " + side + " side, median/p90 px:");
      printAligned(jointRows(report, side), out);
    }
    out.println();
    Overall o = report.overall();
    out.printf(Locale.ROOT, "Overall: %d clip%s, %d failed; runner found in %s of the frames.%n", o.clips(),
        o.clips() == 1 ? "" : "s", o.failed(), o.detectionRate() == null ? "n/a" : pct(o.detectionRate()));
    for (Target t : o.targets()) {
      out.printf(Locale.ROOT, "  %-5s %-18s %s: %s%n", t.met() == null ? "n/a" : t.met() ? "met" : "MISS",
          t.name(), t.requirement(), t.result());
    }
  }

  private static String[] row(String clip, ClipScore s) {
    LeanScore lean = s.lean();
    FlagScore flag = s.leanFlag();
    return new String[] {
      clip,
      pct(s.detectionRate()),
      s.direction().measured().id() + (s.direction().correct() ? "" : " WRONG"),
      num(s.roll().trueDeg(), 1) + "/" + num(s.roll().measuredDeg(), 1)
          + (s.roll().source().equals("foot contacts") ? "" : " (" + s.roll().source() + ")"),
      num(lean.trueDeg(), 1),
      num(lean.measuredDeg(), 1),
      signed(lean.errorDeg()),
      lean.referenceClip() == null ? "n/a" : signed(lean.relativeErrorDeg()) + " (" + lean.referenceClip() + ")",
      num(s.lumbar().trueDeg(), 0) + "°",
      s.lumbar().measuredDepthPct() == null ? "n/a" : num(s.lumbar().measuredDepthPct(), 1) + "%",
      flag.truth().label() + "/" + flag.measured().label()
          + (!flag.scored() ? " not scored" : flag.correct() ? " ok" : " WRONG"),
      timing(s.contacts()),
      timing(s.toeOffs()),
      s.cadence().measuredStepsPerMin() == null ? "n/a"
          : num(s.cadence().measuredStepsPerMin(), 1) + " (" + signed(s.cadence().errorStepsPerMin()) + ")",
      num(s.contactAngles().footStrikeTrueDeg(), 1) + "/" + num(s.contactAngles().footStrikeMeasuredDeg(), 1),
      num(s.contactAngles().shankTrueDeg(), 1) + "/" + num(s.contactAngles().shankMeasuredDeg(), 1),
      num(s.contactAngles().kneeContactTrueDeg(), 1) + "/" + num(s.contactAngles().kneeContactMeasuredDeg(), 1),
      num(s.contactAngles().kneePeakTrueDeg(), 1) + "/" + num(s.contactAngles().kneePeakMeasuredDeg(), 1),
      num(s.contactAngles().hipExtensionTrueDeg(), 1) + "/" + num(s.contactAngles().hipExtensionMeasuredDeg(), 1),
      num(s.contactAngles().overstrideTruePct(), 1) + "/" + num(s.contactAngles().overstrideMeasuredPct(), 1)};
  }

  private static final String[] REAL_HEADER = {"clip", "split", "pose", "dir", "gait true/ours", "time",
      "contacts found", "contact err med/max", "toe-off err med/max", "steps ok", "cadence true/ours",
      "lean true/ours (err)", "landmarks/ours (err)", "slope true/ours (err)", "lumbar", "foot strike true/ours",
      "shank true/ours", "knee contact true/ours", "hip ext true/ours", "overstride % true/ours"};

  /**
   * The real recordings: one row per clip (event errors in frames of the clip), the clips that failed or are
   * missing, then the targets of each split.
   */
  public static void printReal(RealReport report, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(REAL_HEADER);
    for (RealResult r : report.clips()) {
      if (r.score() != null) {
        rows.add(realRow(r));
      } else {
        String[] row = new String[REAL_HEADER.length];
        java.util.Arrays.fill(row, "");
        row[0] = r.clip();
        row[1] = r.split();
        row[2] = r.missing() ? "missing" : "FAILED";
        rows.add(row);
      }
    }
    printAligned(rows, out);
    for (RealResult r : report.clips()) {
      if (r.score() != null && r.score().lumbarNote() != null) {
        out.println(r.clip() + " lumbar: " + r.score().lumbarNote());
      }
      if (r.failed()) {
        out.println(r.clip() + " FAILED: " + r.error());
      } else if (r.missing()) {
        out.println(r.clip() + " missing: no clip with SHA-256 " + r.sha256() + " (" + r.source()
            + "); see tools/real-clips/README.md");
      }
    }
    for (String split : List.of("tuning", "check")) {
      List<Target> targets = split.equals("tuning") ? report.tuning() : report.check();
      out.println();
      out.println("Real recordings, " + split + " clips:");
      for (Target t : targets) {
        out.printf(Locale.ROOT, "  %-5s %-17s %s: %s%n", t.met() == null ? "n/a" : t.met() ? "met" : "MISS",
            t.name(), t.requirement(), t.result());
      }
    }
  }

  private static String leanCell(LeanScore lean) {
    return lean == null ? "n/a" : num(lean.trueDeg(), 1) + "/" + num(lean.measuredDeg(), 1) + " ("
        + signed(lean.errorDeg()) + ")";
  }

  private static String[] realRow(RealResult r) {
    RealScore s = r.score();
    ContactTiming c = s.contacts();
    return new String[] {
      r.clip(),
      r.split(),
      pct((double) s.framesWithPose() / s.frames()),
      s.direction().measured().id() + (s.direction().correct() ? "" : " WRONG"),
      s.gaitTrue() + "/" + s.gaitMeasured() + (s.gaitCorrect() ? "" : " WRONG"),
      (s.slowMotionTrue() ? "slowed/" : "real/") + s.timeBase() + (s.slowMotionCorrect() ? "" : " WRONG"),
      c.matched() + "/" + c.scored(),
      errors(c),
      errors(s.toeOffs()),
      s.stepsAccepted() + "/" + s.stepsFound(),
      s.cadence() == null ? "n/a" : num(s.cadence().trueStepsPerMin(), 0) + "/"
          + (s.cadence().measuredStepsPerMin() == null ? "withheld" : num(s.cadence().measuredStepsPerMin(), 0)),
      leanCell(s.lean()),
      leanCell(s.leanLandmarks()),
      num(s.groundSlope().trueDeg(), 1) + "/" + num(s.groundSlope().measuredDeg(), 1) + " ("
          + signed(s.groundSlope().errorDeg()) + ")" + (s.groundSlope().source().equals("foot contacts") ? ""
              : " " + s.groundSlope().source()),
      s.lumbarNote() != null ? "not assessed" : num(s.lumbarDepthPct(), 1) + "% "
          + (s.lumbarFlag() == Severity.NOT_ASSESSED ? Flag.NOT_JUDGED : s.lumbarFlag().label()),
      angles(s.contactAngles() == null ? null : s.contactAngles().footStrikeTrueDeg(),
          s.contactAngles() == null ? null : s.contactAngles().footStrikeMeasuredDeg()),
      angles(s.contactAngles() == null ? null : s.contactAngles().shankTrueDeg(),
          s.contactAngles() == null ? null : s.contactAngles().shankMeasuredDeg()),
      angles(s.contactAngles() == null ? null : s.contactAngles().kneeContactTrueDeg(),
          s.contactAngles() == null ? null : s.contactAngles().kneeContactMeasuredDeg()),
      angles(s.contactAngles() == null ? null : s.contactAngles().hipExtensionTrueDeg(),
          s.contactAngles() == null ? null : s.contactAngles().hipExtensionMeasuredDeg()),
      angles(s.contactAngles() == null ? null : s.contactAngles().overstrideTruePct(),
          s.contactAngles() == null ? null : s.contactAngles().overstrideMeasuredPct())};
  }

  /** "true/ours", or "not labelled" without a truth. */
  private static String angles(Double truth, Double ours) {
    return truth == null ? "not labelled" : num(truth, 1) + "/" + num(ours, 1);
  }

  /** {@link #errors}, and how many events were not found. */
  private static String timing(ContactTiming t) {
    return errors(t) + (t.missed() == 0 ? "" : " (" + t.missed() + " of " + t.scored() + " missed)");
  }

  /** Median and largest timing error of the events matched, in frames. */
  private static String errors(ContactTiming t) {
    return t.matched() == 0 ? "n/a" : num(t.medianAbsErrorFrames(), 1) + "/" + num(t.maxAbsErrorFrames(), 1);
  }

  private static String[] failedRow(String clip) {
    String[] row = new String[HEADER.length];
    java.util.Arrays.fill(row, "");
    row[0] = clip;
    row[1] = "FAILED";
    return row;
  }

  private static List<String[]> jointRows(EvalReport report, String side) {
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[ClipScorer.JOINTS.size() + 1];
    header[0] = "clip";
    for (int j = 0; j < ClipScorer.JOINTS.size(); j++) {
      header[j + 1] = ClipScorer.JOINTS.get(j);
    }
    rows.add(header);
    for (ClipResult r : report.clips()) {
      if (!r.failed()) {
        rows.add(jointRow(r.clip(), r.score().joints(), side, true));
      }
    }
    rows.add(jointRow("all clips", report.overall().joints(), side, false));
    return rows;
  }

  /** @param sided whether the joint names carry left/right ({@code right_knee}) or not ({@code knee}) */
  private static String[] jointRow(String name, List<JointError> joints, String side, boolean sided) {
    String[] row = new String[ClipScorer.JOINTS.size() + 1];
    row[0] = name;
    for (int j = 0; j < ClipScorer.JOINTS.size(); j++) {
      String joint = ClipScorer.JOINTS.get(j);
      row[j + 1] = joints.stream()
          .filter(e -> e.side().equals(side) && (sided ? e.joint().endsWith("_" + joint) : e.joint().equals(joint)))
          .findFirst()
          .map(e -> e.medianPx() == null ? "n/a" : num(e.medianPx(), 1) + "/" + num(e.p90Px(), 1))
          .orElse("n/a");
    }
    return row;
  }

  private static void printAligned(List<String[]> rows, PrintWriter out) {
    int[] width = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == 0 ? "" : "  ").append(i == 0 ? pad(row[i], width[i]) : padLeft(row[i], width[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(width - s.length()) + s;
  }

  private static String pct(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
  }

  private static String num(Double v, int decimals) {
    return v == null ? "n/a" : noNegativeZero(String.format(Locale.ROOT, "%." + decimals + "f", v));
  }

  private static String signed(Double v) {
    return v == null ? "n/a" : noNegativeZero(String.format(Locale.ROOT, "%+.1f", v));
  }

  /** A value that rounds to zero is shown without a sign, which would suggest a direction it does not have. */
  private static String noNegativeZero(String formatted) {
    return formatted.matches("[-+]0(\\.0*)?") ? formatted.substring(1) : formatted;
  }
}
