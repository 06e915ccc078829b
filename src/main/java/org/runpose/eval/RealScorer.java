package org.runpose.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.runpose.gait.GaitCheck;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.Side;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.posture.Direction;
import org.runpose.posture.FootEvent;
import org.runpose.posture.Flag;
import org.runpose.posture.FrameMetrics;
import org.runpose.posture.PostureAnalysis;

/** Scores one real recording's analysis against its hand annotation. */
final class RealScorer {

  /** Timing targets: 2 frames at up to 30 fps (67 ms), 3 at 60 fps (50 ms). */
  static final double TOLERANCE_FRAMES_30 = 2;
  static final double TOLERANCE_FRAMES_60 = 3;
  /** A usual running cadence, to tell how much a slowed clip is slowed from its labelled cadence. */
  static final double USUAL_CADENCE_STEPS_PER_MIN = 170;

  private RealScorer() {}

  /**
   * @param contacts the foot and shank digitised at contacts, or null
   * @param landmarks the second pass's trunk points, or none
   */
  static RealScore score(RealLabels labels, RealContactLabels contacts, List<RealLabels.TrunkPoint> landmarks,
      PoseSeries series, PostureAnalysis analysis) {
    List<PoseFrame> poses = series.frames();
    double[] times = ClipScorer.framesTimesSeconds(series, labels.frames());
    double fps = (times.length - 1) / (times[times.length - 1] - times[0]);
    List<FootTime> trueContacts = labelled(labels, times, GaitEvent.Kind.CONTACT);
    List<FootTime> trueToeOffs = labelled(labels, times, GaitEvent.Kind.TOE_OFF);
    double stride = strideSeconds(trueContacts);
    double first = times[labels.fromFrame()];
    double last = times[labels.toFrame()];
    CadenceScore cadence =
        cadence(ofAnalysedPass(labels, analysis, times, trueContacts),
            measuredCadence(labels, analysis, first, times[labels.lastFrameOfLabelledShots()]));
    Flag lumbar = analysis.flag(Flag.LUMBAR);
    return new RealScore(
        labels.source(), poses.size(), series.summary().framesWithPose(),
        DirectionScore.of(analysedDirection(labels, analysis), analysis.view().direction()),
        labels.gait(), analysis.gait().pattern().id(), labels.slowMotion(), analysis.gait().timeBase().id(),
        toleranceFrames(labels, fps, cadence),
        Metrics.matchContacts(trueContacts, measured(analysis, GaitEvent.Kind.CONTACT), stride, first, last, fps),
        Metrics.matchContacts(trueToeOffs, measured(analysis, GaitEvent.Kind.TOE_OFF), stride, first, last, fps),
        cadence,
        analysis.gait().stepsFound(), analysis.gait().stepsAccepted(),
        lean(labels, labels.trunk(), analysis), lean(labels, landmarks, analysis),
        analysis.summary().leanStanceMeanDeg(),
        RealScore.GroundScore.of(groundSlopeDeg(labels), analysis.view().rollDeg(), analysis.view().rollSource()),
        contacts == null ? null : ContactAngleScore.of(labels, contacts, analysis, times, stride),
        lumbar.value(), lumbar.severity(),
        lumbar.value() == null ? lumbar.explanation() : null,
        analysis.insufficientReasons(), analysis.gait().problems());
  }

  /**
   * The timing target in the clip's frames. On a slowed clip the same real time spans more frames: the slowdown is
   * taken from the labelled cadence ({@code cadence}, or null) against a usual running cadence (no slowed clip states
   * its factor).
   */
  static double toleranceFrames(RealLabels labels, double fps, CadenceScore cadence) {
    double frames = fps > 45 ? TOLERANCE_FRAMES_60 : TOLERANCE_FRAMES_30;
    if (labels.slowMotion() && cadence != null && cadence.trueStepsPerMin() < USUAL_CADENCE_STEPS_PER_MIN) {
      frames *= USUAL_CADENCE_STEPS_PER_MIN / cadence.trueStepsPerMin();
    }
    return frames;
  }

  /**
   * The labelled events of one kind inside the labelled range, each timed midway between its frame and the one
   * before.
   */
  static List<FootTime> labelled(RealLabels labels, double[] times, GaitEvent.Kind kind) {
    List<FootTime> out = new ArrayList<>();
    for (RealLabels.Event e : labels.events()) {
      if (e.kind() == kind && e.frame() > 0 && e.frame() >= labels.fromFrame() && e.frame() <= labels.toFrame()) {
        out.add(new FootTime(labels.side(e), (times[e.frame() - 1] + times[e.frame()]) / 2));
      }
    }
    return out;
  }

  private static List<FootTime> measured(PostureAnalysis analysis, GaitEvent.Kind kind) {
    return analysis.eventsOfAllPasses().stream().filter(e -> e.kind() == kind)
        .map(e -> new FootTime(e.side(), e.timeSeconds())).toList();
  }

  /** Median time between a foot's consecutive labelled contacts; two steps of the median step when too few. */
  static double strideSeconds(List<FootTime> contacts) {
    List<Double> same = new ArrayList<>();
    List<Double> any = new ArrayList<>();
    for (int i = 1; i < contacts.size(); i++) {
      any.add(contacts.get(i).timeSeconds() - contacts.get(i - 1).timeSeconds());
      for (int j = i - 1; j >= 0; j--) {
        if (contacts.get(j).side() == contacts.get(i).side()) {
          same.add(contacts.get(i).timeSeconds() - contacts.get(j).timeSeconds());
          break;
        }
      }
    }
    Double stride = Metrics.median(same);
    Double step = Metrics.median(any);
    return stride != null ? stride : step != null ? 2 * step : 1;
  }

  /**
   * runpose's cadence, or, on a clip edited from shots of which only some are labelled, the cadence of runpose's own
   * contacts within the labelled range, counted as the labels' are: its cadence of the whole clip mixes in the paces
   * of the other shots. Withheld stays withheld.
   */
  static Double measuredCadence(RealLabels labels, PostureAnalysis analysis, double first, double last) {
    Double given = analysis.gait().cadenceStepsPerMin();
    if (given == null || !labels.shotsOutsideRange()) {
      return given;
    }
    CadenceScore own = cadence(measured(analysis, GaitEvent.Kind.CONTACT).stream()
        .filter(c -> c.timeSeconds() >= first && c.timeSeconds() <= last).toList(), null);
    return own == null ? null : own.trueStepsPerMin();
  }

  /**
   * Labelled cadence from the mean stride (a contact to the same foot's next), of those within 30 % of the median,
   * against runpose's: a gap (a turn, feet hidden), a contact missed or found twice, or a stretch at another pace
   * (playback that speeds up) is left out. Strides, not steps: a limping walker's short and long steps both count.
   * Steps where no foot lands twice.
   */
  static CadenceScore cadence(List<FootTime> contacts, Double measured) {
    List<Double> steps = new ArrayList<>();
    for (int i = 1; i < contacts.size(); i++) {
      steps.add(contacts.get(i).timeSeconds() - contacts.get(i - 1).timeSeconds());
    }
    Double medianStep = Metrics.median(steps);
    List<Double> strides = new ArrayList<>();
    for (int i = 1; i < contacts.size(); i++) {
      for (int j = i - 1; j >= 0; j--) {
        // A step well under the usual one is a contact found twice: the strides across it are left out.
        if (steps.get(j) < 0.7 * medianStep) {
          break;
        }
        if (contacts.get(j).side() == contacts.get(i).side()) {
          strides.add(contacts.get(i).timeSeconds() - contacts.get(j).timeSeconds());
          break;
        }
      }
    }
    int perSpan = strides.isEmpty() ? 1 : 2;
    List<Double> spans = strides.isEmpty() ? steps : strides;
    Double median = Metrics.median(spans);
    if (median == null) {
      return null;
    }
    double span = spans.stream().filter(d -> Math.abs(d - median) <= 0.3 * median)
        .mapToDouble(Double::doubleValue).average().orElse(median);
    return CadenceScore.of(60 * perSpan / span, measured);
  }


  /**
   * The labelled contacts of the pass runpose analysed, when the person turns round and runpose left the other passes
   * out (they hold under a tenth as many of its frames): the passes can differ in pace. Else all of them.
   */
  static List<FootTime> ofAnalysedPass(RealLabels labels, PostureAnalysis analysis, double[] times,
      List<FootTime> contacts) {
    if (labels.passes().size() < 2) {
      return contacts;
    }
    long[] found = new long[labels.passes().size()];
    analysis.frames().stream().filter(FrameMetrics::found).forEach(f -> {
      for (int p = 0; p < found.length; p++) {
        if (labels.passes().get(p).fromFrame() <= f.index() && f.index() <= labels.passes().get(p).toFrame()) {
          found[p]++;
        }
      }
    });
    int kept = 0;
    for (int p = 1; p < found.length; p++) {
      kept = found[p] > found[kept] ? p : kept;
    }
    if (10 * (Arrays.stream(found).sum() - found[kept]) >= found[kept]) {
      return contacts;
    }
    RealLabels.Pass pass = labels.passes().get(kept);
    return contacts.stream().filter(c -> c.timeSeconds() >= times[Math.max(0, pass.fromFrame() - 1)]
        && c.timeSeconds() <= times[pass.toFrame()]).toList();
  }

  /**
   * The labelled direction of the frames runpose analysed: of the pass holding most of them, when the person turns
   * round and runpose keeps one pass.
   */
  static Direction analysedDirection(RealLabels labels, PostureAnalysis analysis) {
    long right = analysis.frames().stream().filter(FrameMetrics::found)
        .filter(f -> labels.directionAt(f.index()) == Direction.RIGHT).count();
    long found = analysis.frames().stream().filter(FrameMetrics::found).count();
    return found == 0 ? labels.direction() : 2 * right > found ? Direction.RIGHT
        : 2 * right < found ? Direction.LEFT : labels.direction();
  }

  /**
   * Median lean of hand-digitised near-side points from the labelled vertical, against runpose's median lean over
   * the same frames; null without points.
   */
  static LeanScore lean(RealLabels labels, List<RealLabels.TrunkPoint> points, PostureAnalysis analysis) {
    List<Double> truth = new ArrayList<>();
    List<Double> ours = new ArrayList<>();
    Map<Integer, FrameMetrics> byIndex = new HashMap<>();
    analysis.frames().forEach(f -> byIndex.put(f.index(), f));
    for (RealLabels.TrunkPoint p : points) {
      RealLabels.Vertical v = labels.verticalAt(p.frame());
      FrameMetrics m = byIndex.get(p.frame());
      if (v == null || m == null || m.leanDeg() == null) {
        continue;
      }
      truth.add(leanDeg(p, v, labels.directionAt(p.frame())));
      ours.add(m.leanDeg());
    }
    Double t = Metrics.median(truth);
    return t == null ? null : LeanScore.of(t, Metrics.median(ours));
  }

  /** Angle of hip to shoulder from the scene's vertical, forward positive. */
  static double leanDeg(RealLabels.TrunkPoint p, RealLabels.Vertical v, Direction direction) {
    double ux = v.topXPx() - v.bottomXPx();
    double uy = v.topYPx() - v.bottomYPx();
    double norm = Math.hypot(ux, uy);
    ux /= norm;
    uy /= norm;
    // The image's rightward direction turned to match the vertical, then pointed the way the person heads.
    double fx = -uy * direction.sign();
    double fy = ux * direction.sign();
    double dx = p.shoulderXPx() - p.hipXPx();
    double dy = p.shoulderYPx() - p.hipYPx();
    return Math.toDegrees(Math.atan2(dx * fx + dy * fy, dx * ux + dy * uy));
  }

  /** The labelled ground slope: the median over the frames the verticals cover, weighted by their frames. */
  static double groundSlopeDeg(RealLabels labels) {
    List<Double> slopes = new ArrayList<>();
    for (RealLabels.Vertical v : labels.verticals()) {
      for (int f = v.fromFrame(); f <= v.toFrame(); f++) {
        slopes.add(v.groundSlopeDeg());
      }
    }
    Double m = Metrics.median(slopes);
    return m == null ? 0 : m;
  }
}
