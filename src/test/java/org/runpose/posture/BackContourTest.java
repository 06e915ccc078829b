package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;

class BackContourTest {

  /** Shoulders {@code trunkPx} above the hips, everything else at the hips. */
  private static PoseFrame upright(double trunkPx) {
    List<Keypoint> kps = new ArrayList<>();
    for (BodyLandmark lm : BodyLandmark.values()) {
      boolean shoulder = lm == BodyLandmark.LEFT_SHOULDER || lm == BodyLandmark.RIGHT_SHOULDER;
      kps.add(new Keypoint(lm, 100, shoulder ? 300 - trunkPx : 300, 0, 0.9, 0.9));
    }
    return new PoseFrame(0, 0, true, 0.9, true, 1, kps);
  }

  /** Hips at (100, 300), shoulders 200 px above; both elbows at {@code elbow}; the rest at the hips. */
  private static PoseFrame withElbowsAt(double x, double y) {
    List<Keypoint> kps = new ArrayList<>();
    for (BodyLandmark lm : BodyLandmark.values()) {
      boolean shoulder = lm == BodyLandmark.LEFT_SHOULDER || lm == BodyLandmark.RIGHT_SHOULDER;
      boolean elbow = lm == BodyLandmark.LEFT_ELBOW || lm == BodyLandmark.RIGHT_ELBOW;
      kps.add(new Keypoint(lm, elbow ? x : 100, elbow ? y : shoulder ? 100 : 300, 0, 0.9, 0.9));
    }
    return new PoseFrame(0, 0, true, 0.9, true, 1, kps);
  }

  @Test
  void anUpperBackPointOnAnElbowIsTheArmsOutlineNotTheBacks() {
    // Running right: the back is on the left; the upper back's outline point 40 px behind the trunk at 150 px up.
    LumbarTrace trace = new LumbarTrace(15, new LumbarTrace.PointPx(60, 310), new LumbarTrace.PointPx(60, 150),
        new LumbarTrace.PointPx(80, 230), new LumbarTrace.PointPx(60, 230));
    BackReading read = BackReading.shown(trace, 0.5);
    // An elbow swung back 28 px from that point (0.14 trunk lengths): the outline there is the arm's.
    assertThat(read.judged(withElbowsAt(40, 130)).hidden()).isEqualTo(BackReading.Hidden.ARM_BEHIND_BACK);
    // Elbows at the side of the trunk, 54 px from it (0.27 trunk lengths), leave the reading as it is.
    assertThat(read.judged(withElbowsAt(110, 170)).trace()).isEqualTo(trace);
    // Without the frame's keypoints only the arms' clearance from the outline is judged.
    assertThat(read.judged(null).trace()).isEqualTo(trace);
    assertThat(BackReading.shown(trace, 0.05).judged(null).hidden()).isEqualTo(BackReading.Hidden.ARM_BEHIND_BACK);
  }

  @Test
  void aTrunkTooSmallToResolveTheHollowIsNotMeasuredAndSaysSo() {
    // The size is judged before the mask is looked at.
    BackReading small =
        BackContour.read(upright(BackContour.MIN_TRUNK_PX - 1), null, new BodyFrame(Direction.RIGHT, 0));
    assertThat(small.trace()).isNull();
    assertThat(small.hidden()).isEqualTo(BackReading.Hidden.TRUNK_TOO_SMALL);
    assertThat(small.hidden().reason()).isEqualTo("the trunk was too small in the picture (under 64 pixels from hip to"
        + " shoulder): film closer, or at a higher resolution");
  }
}
