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
