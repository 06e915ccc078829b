package org.runpose.eval;

import java.util.ArrayList;
import java.util.List;
import org.runpose.gait.Side;
import org.runpose.posture.BodyFrame;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.StepMetrics;

/**
 * The foot strike angle and the shank angle at contact against the truth: the rendered rig's heel, toe, knee and ankle
 * at each labelled stance's first frame (and, for the foot, its middle frame), measured the way runpose measures its
 * keypoints, medians over the stances of both feet.
 *
 * @param footStrikeTrueDeg median foot strike angle of the rig
 * @param footStrikeMeasuredDeg runpose's median, null when not measured
 * @param shankTrueDeg median shank inclination of the rig at contact
 * @param shankMeasuredDeg runpose's median, null when not measured
 */
public record ContactAngleScore(
    Double footStrikeTrueDeg, Double footStrikeMeasuredDeg, Double shankTrueDeg, Double shankMeasuredDeg) {

  static ContactAngleScore of(ClipLabels labels, Double footStrikeMeasuredDeg, Double shankMeasuredDeg) {
    BodyFrame frame = new BodyFrame(labels.direction(), labels.groundSlopeDeg());
    List<Double> strikes = new ArrayList<>();
    List<Double> shanks = new ArrayList<>();
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
    }
    return new ContactAngleScore(Metrics.median(strikes), footStrikeMeasuredDeg, Metrics.median(shanks),
        shankMeasuredDeg);
  }

  /**
   * The hand-digitised near foot and shank of a real recording against runpose's near-side steps: each contact
   * measured against the labelled true vertical at its frame.
   */
  static ContactAngleScore of(RealLabels labels, RealContactLabels hand, PostureAnalysis analysis) {
    List<Double> strikes = new ArrayList<>();
    List<Double> shanks = new ArrayList<>();
    for (RealContactLabels.Contact c : hand.contacts()) {
      RealLabels.Vertical v = labels.verticalAt(c.contactFrame());
      BodyFrame frame = new BodyFrame(labels.directionAt(c.contactFrame()), v == null ? 0 : v.groundSlopeDeg());
      strikes.add(frame.footInclinationDeg(c.heelPx()[0], c.heelPx()[1], c.toePx()[0], c.toePx()[1])
          - frame.footInclinationDeg(c.midHeelPx()[0], c.midHeelPx()[1], c.midToePx()[0], c.midToePx()[1]));
      shanks.add(frame.shankInclinationDeg(c.kneePx()[0], c.kneePx()[1], c.anklePx()[0], c.anklePx()[1]));
    }
    Side near = analysis.view().direction().nearSide();
    List<StepMetrics> ours = analysis.steps().stream().filter(s -> s.side() == near).toList();
    return new ContactAngleScore(Metrics.median(strikes),
        Metrics.median(ours.stream().map(StepMetrics::footStrikeDeg).filter(d -> d != null).toList()),
        Metrics.median(shanks),
        Metrics.median(ours.stream().map(StepMetrics::shankContactDeg).filter(d -> d != null).toList()));
  }

  private static double foot(BodyFrame frame, ClipLabels.Frame f, Side side) {
    ClipLabels.Point heel = f.keypoints().get(side.heel());
    ClipLabels.Point toe = f.keypoints().get(side.toe());
    return frame.footInclinationDeg(heel.xPx(), heel.yPx(), toe.xPx(), toe.yPx());
  }

  /** runpose's foot strike angle minus the truth; null when either is missing. */
  public Double footStrikeErrorDeg() {
    return footStrikeTrueDeg == null || footStrikeMeasuredDeg == null ? null
        : footStrikeMeasuredDeg - footStrikeTrueDeg;
  }

  /** runpose's shank angle minus the truth; null when either is missing. */
  public Double shankErrorDeg() {
    return shankTrueDeg == null || shankMeasuredDeg == null ? null : shankMeasuredDeg - shankTrueDeg;
  }
}
