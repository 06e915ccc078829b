package org.runpose.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.posture.Angles;
import org.runpose.posture.BodyFrame;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.posture.StepMetrics;

/**
 * The foot strike angle, the shank angle and the knee flexion at contact, and the knee's largest flexion in stance,
 * against the truth: the rendered rig's hip, knee, ankle, heel and toe at each labelled stance's first frame (and, for
 * the foot, its middle frame; for the peak, every frame of it), measured the way runpose measures its keypoints,
 * medians over the stances of both feet; the knee and hip angles, which need the hip, over the near leg's stances, as
 * runpose measures them.
 *
 * @param footStrikeTrueDeg median foot strike angle of the rig
 * @param footStrikeMeasuredDeg runpose's median, null when not measured
 * @param shankTrueDeg median shank inclination of the rig at contact
 * @param shankMeasuredDeg runpose's median, null when not measured
 * @param kneeContactTrueDeg median knee flexion of the rig's near leg at contact, from its hip, knee and ankle in the
 *     picture (on a real recording, at the contacts whose hip was digitised); null without such contacts
 * @param kneeContactMeasuredDeg runpose's median, null when not measured
 * @param kneePeakTrueDeg median of the rig's largest knee flexion in each stance of the near leg, or null
 * @param kneePeakMeasuredDeg runpose's median, null when not measured
 * @param hipExtensionTrueDeg median of the rig's near thigh behind its near-side trunk line at each of the near
 *     leg's stances' last frame (toe-off; on a real recording, at the toe-offs digitised by hand), or null
 * @param hipExtensionMeasuredDeg runpose's median, null when not measured
 * @param overstrideTruePct median of the rig's heel ahead of its hips' midpoint at contact, in % of its leg length
 *     (thigh plus shank in the picture; on a real recording, the near heel ahead of the digitised near hip, in % of
 *     that contact's thigh plus shank), or null
 * @param overstrideMeasuredPct runpose's median, null when not measured
 */
public record ContactAngleScore(
    Double footStrikeTrueDeg, Double footStrikeMeasuredDeg, Double shankTrueDeg, Double shankMeasuredDeg,
    Double kneeContactTrueDeg, Double kneeContactMeasuredDeg, Double kneePeakTrueDeg, Double kneePeakMeasuredDeg,
    Double hipExtensionTrueDeg, Double hipExtensionMeasuredDeg, Double overstrideTruePct,
    Double overstrideMeasuredPct) {

  static ContactAngleScore of(ClipLabels labels, PostureSummary measured) {
    BodyFrame frame = new BodyFrame(labels.direction(), labels.groundSlopeDeg());
    List<Double> strikes = new ArrayList<>();
    List<Double> shanks = new ArrayList<>();
    List<Double> kneesAtContact = new ArrayList<>();
    List<Double> kneePeaks = new ArrayList<>();
    List<Double> hipExtensions = new ArrayList<>();
    List<Double> overstrides = new ArrayList<>();
    double legPx = legLengthPx(labels);
    Side near = labels.direction().nearSide();
    List<ClipLabels.Frame> frames = labels.frames();
    for (int i = 0; i < frames.size(); i++) {
      Side side = frames.get(i).stance();
      if (side == null || (i > 0 && frames.get(i - 1).stance() == side)) {
        continue;
      }
      int end = i;
      while (end + 1 < frames.size() && frames.get(end + 1).stance() == side) {
        end++;
      }
      // A stance cut by the clip's start or end has no contact, or no mid-stance, in view.
      if (i == 0 || end == frames.size() - 1) {
        continue;
      }
      ClipLabels.Frame contact = frames.get(i);
      ClipLabels.Frame mid = frames.get((i + end) / 2);
      strikes.add(foot(frame, contact, side) - foot(frame, mid, side));
      ClipLabels.Point knee = contact.keypoints().get(side.knee());
      ClipLabels.Point ankle = contact.keypoints().get(side.ankle());
      shanks.add(frame.shankInclinationDeg(knee.xPx(), knee.yPx(), ankle.xPx(), ankle.yPx()));
      if (side == near) {
        kneesAtContact.add(knee(contact, side));
        double peak = Double.NEGATIVE_INFINITY;
        for (int k = i; k <= end; k++) {
          peak = Math.max(peak, knee(frames.get(k), side));
        }
        kneePeaks.add(peak);
        ClipLabels.Frame toeOff = frames.get(end);
        double thighBehind = frame.angleFromVerticalDeg(point(toeOff, side.knee()).xPx(),
            point(toeOff, side.knee()).yPx(), point(toeOff, side.hip()).xPx(), point(toeOff, side.hip()).yPx());
        double lean = frame.angleFromVerticalDeg(point(toeOff, near.hip()).xPx(), point(toeOff, near.hip()).yPx(),
            point(toeOff, near.shoulder()).xPx(), point(toeOff, near.shoulder()).yPx());
        hipExtensions.add(thighBehind - lean);
      }
      ClipLabels.Point heel = point(contact, side.heel());
      ClipLabels.Point leftHip = point(contact, Side.LEFT.hip());
      ClipLabels.Point rightHip = point(contact, Side.RIGHT.hip());
      overstrides.add(100 * (frame.forward(heel.xPx(), heel.yPx())
          - frame.forward((leftHip.xPx() + rightHip.xPx()) / 2, (leftHip.yPx() + rightHip.yPx()) / 2)) / legPx);
    }
    return new ContactAngleScore(Metrics.median(strikes), measured.footStrikeDeg(), Metrics.median(shanks),
        measured.shankContactDeg(), Metrics.median(kneesAtContact), measured.kneeFlexionContactDeg(),
        Metrics.median(kneePeaks), measured.kneeFlexionPeakStanceDeg(), Metrics.median(hipExtensions),
        measured.hipExtensionToeOffDeg(), Metrics.median(overstrides),
        measured.overstride() == null ? null : 100 * measured.overstride());
  }

  private static ClipLabels.Point point(ClipLabels.Frame f, BodyLandmark lm) {
    return f.keypoints().get(lm);
  }

  /** The rig's thigh plus shank in the picture, median over the frames and both legs, as runpose measures its own. */
  private static double legLengthPx(ClipLabels labels) {
    List<Double> lengths = new ArrayList<>();
    for (ClipLabels.Frame f : labels.frames()) {
      for (Side s : Side.values()) {
        ClipLabels.Point hip = point(f, s.hip());
        ClipLabels.Point knee = point(f, s.knee());
        ClipLabels.Point ankle = point(f, s.ankle());
        lengths.add(Math.hypot(hip.xPx() - knee.xPx(), hip.yPx() - knee.yPx())
            + Math.hypot(knee.xPx() - ankle.xPx(), knee.yPx() - ankle.yPx()));
      }
    }
    return Metrics.median(lengths);
  }

  /** The rig's knee flexion in the picture, as runpose measures its keypoints'. */
  private static double knee(ClipLabels.Frame f, Side side) {
    ClipLabels.Point hip = f.keypoints().get(side.hip());
    ClipLabels.Point knee = f.keypoints().get(side.knee());
    ClipLabels.Point ankle = f.keypoints().get(side.ankle());
    return Angles.flexionDeg(hip.xPx(), hip.yPx(), knee.xPx(), knee.yPx(), ankle.xPx(), ankle.yPx());
  }

  /**
   * The hand-digitised near foot, shank, knee and hip of a real recording against runpose's near-side step at the same
   * contact (or toe-off): each measured against the labelled true vertical at its frame, and each median taken over
   * the pairs where both give the measure. The hand digitised some of the contacts (every other one on long clips);
   * runpose's other steps are not scored.
   *
   * @param frameSeconds the time of each labelled frame in runpose's time base
   * @param strideSeconds the labelled stride: a step further than half of it from a labelled event is another one's
   */
  static ContactAngleScore of(RealLabels labels, RealContactLabels hand, PostureAnalysis analysis,
      double[] frameSeconds, double strideSeconds) {
    Side near = analysis.view().direction().nearSide();
    List<StepMetrics> ours = analysis.steps().stream().filter(s -> s.side() == near).toList();
    Pairs strikes = new Pairs();
    Pairs shanks = new Pairs();
    Pairs knees = new Pairs();
    Pairs overstrides = new Pairs();
    for (RealContactLabels.Contact c : hand.contacts()) {
      StepMetrics step = nearest(ours, StepMetrics::contactSeconds, eventSeconds(frameSeconds, c.contactFrame()),
          strideSeconds / 2);
      RealLabels.Vertical v = labels.verticalAt(c.contactFrame());
      BodyFrame frame = new BodyFrame(labels.directionAt(c.contactFrame()), v == null ? 0 : v.groundSlopeDeg());
      strikes.add(frame.footInclinationDeg(c.heelPx()[0], c.heelPx()[1], c.toePx()[0], c.toePx()[1])
          - frame.footInclinationDeg(c.midHeelPx()[0], c.midHeelPx()[1], c.midToePx()[0], c.midToePx()[1]),
          step == null ? null : step.footStrikeDeg());
      shanks.add(frame.shankInclinationDeg(c.kneePx()[0], c.kneePx()[1], c.anklePx()[0], c.anklePx()[1]),
          step == null ? null : step.shankContactDeg());
      double[] hip = c.hipPx();
      if (hip != null) {
        knees.add(Angles.flexionDeg(hip[0], hip[1], c.kneePx()[0], c.kneePx()[1], c.anklePx()[0], c.anklePx()[1]),
            step == null ? null : step.kneeFlexionContactDeg());
        double legPx = Math.hypot(hip[0] - c.kneePx()[0], hip[1] - c.kneePx()[1])
            + Math.hypot(c.kneePx()[0] - c.anklePx()[0], c.kneePx()[1] - c.anklePx()[1]);
        overstrides.add(100 * (frame.forward(c.heelPx()[0], c.heelPx()[1]) - frame.forward(hip[0], hip[1])) / legPx,
            step == null || step.overstride() == null ? null : 100 * step.overstride());
      }
    }
    Pairs hipExtensions = new Pairs();
    for (RealContactLabels.ToeOff t : hand.toeOffs()) {
      StepMetrics step = nearest(ours, StepMetrics::toeOffSeconds, eventSeconds(frameSeconds, t.toeOffFrame()),
          strideSeconds / 2);
      RealLabels.Vertical v = labels.verticalAt(t.toeOffFrame());
      BodyFrame frame = new BodyFrame(labels.directionAt(t.toeOffFrame()), v == null ? 0 : v.groundSlopeDeg());
      double thighBehind = frame.angleFromVerticalDeg(t.kneePx()[0], t.kneePx()[1], t.hipPx()[0], t.hipPx()[1]);
      double lean = frame.angleFromVerticalDeg(t.hipPx()[0], t.hipPx()[1], t.shoulderPx()[0], t.shoulderPx()[1]);
      hipExtensions.add(thighBehind - lean, step == null ? null : step.hipExtensionToeOffDeg());
    }
    return new ContactAngleScore(strikes.truth(), strikes.ours(), shanks.truth(), shanks.ours(), knees.truth(),
        knees.ours(), null, null, hipExtensions.truth(), hipExtensions.ours(), overstrides.truth(), overstrides.ours());
  }

  /** A labelled event between its frame and the one before it. */
  private static double eventSeconds(double[] frameSeconds, int frame) {
    return frame > 0 ? (frameSeconds[frame - 1] + frameSeconds[frame]) / 2 : frameSeconds[frame];
  }

  /** The step whose time is nearest {@code seconds}, within {@code withinSeconds}; or null. */
  private static StepMetrics nearest(List<StepMetrics> steps, ToDoubleFunction<StepMetrics> time, double seconds,
      double withinSeconds) {
    StepMetrics best = null;
    for (StepMetrics s : steps) {
      double d = Math.abs(time.applyAsDouble(s) - seconds);
      if (d <= withinSeconds && (best == null || d < Math.abs(time.applyAsDouble(best) - seconds))) {
        best = s;
      }
    }
    return best;
  }

  /**
   * A measure by hand and runpose's at the same events; each median over the events where both give it. Where
   * runpose gives it at none, the hand's over all its events, beside none of runpose's.
   */
  private static final class Pairs {
    private final List<Double> hand = new ArrayList<>();
    private final List<Double> truth = new ArrayList<>();
    private final List<Double> ours = new ArrayList<>();

    void add(double handValue, Double ourValue) {
      hand.add(handValue);
      if (ourValue != null) {
        truth.add(handValue);
        ours.add(ourValue);
      }
    }

    Double truth() {
      return Metrics.median(ours.isEmpty() ? hand : truth);
    }

    Double ours() {
      return Metrics.median(ours);
    }
  }

  private static double foot(BodyFrame frame, ClipLabels.Frame f, Side side) {
    ClipLabels.Point heel = f.keypoints().get(side.heel());
    ClipLabels.Point toe = f.keypoints().get(side.toe());
    return frame.footInclinationDeg(heel.xPx(), heel.yPx(), toe.xPx(), toe.yPx());
  }

  /** runpose's foot strike angle minus the truth; null when either is missing. */
  public Double footStrikeErrorDeg() {
    return error(footStrikeMeasuredDeg, footStrikeTrueDeg);
  }

  /** runpose's knee flexion at contact minus the truth; null when either is missing. */
  public Double kneeContactErrorDeg() {
    return error(kneeContactMeasuredDeg, kneeContactTrueDeg);
  }

  /** runpose's peak knee flexion in stance minus the truth; null when either is missing. */
  public Double kneePeakErrorDeg() {
    return error(kneePeakMeasuredDeg, kneePeakTrueDeg);
  }

  /** runpose's hip extension at toe-off minus the truth; null when either is missing. */
  public Double hipExtensionErrorDeg() {
    return error(hipExtensionMeasuredDeg, hipExtensionTrueDeg);
  }

  /** runpose's overstride minus the truth, percentage points of leg length; null when either is missing. */
  public Double overstrideErrorPct() {
    return error(overstrideMeasuredPct, overstrideTruePct);
  }

  /** runpose's shank angle minus the truth; null when either is missing. */
  public Double shankErrorDeg() {
    return error(shankMeasuredDeg, shankTrueDeg);
  }

  private static Double error(Double measured, Double truth) {
    return measured == null || truth == null ? null : measured - truth;
  }
}
