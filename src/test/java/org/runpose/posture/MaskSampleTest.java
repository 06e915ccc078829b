package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.Roi;
import org.runpose.pose.SegmentationMask;
import org.runpose.pose.TestMasks;

class MaskSampleTest {

  /** A right foot with its ankle at (200, 400), heel at (190, 420) and toe at (240, 425); the rest at the hips. */
  private static PoseFrame foot() {
    List<Keypoint> kps = new ArrayList<>();
    for (BodyLandmark lm : BodyLandmark.values()) {
      double[] p = switch (lm) {
        case RIGHT_ANKLE -> new double[] {200, 400};
        case RIGHT_HEEL -> new double[] {190, 420};
        case RIGHT_FOOT_INDEX -> new double[] {240, 425};
        default -> new double[] {200, 250};
      };
      kps.add(new Keypoint(lm, p[0], p[1], 0, 0.9, 0.9));
    }
    return new PoseFrame(0, 0, true, 0.9, true, 1, kps);
  }

  /** The shoe as the mask shows it: from x 185 to 245, down to {@code soleYPx}. */
  private static SegmentationMask shoe(double soleYPx) {
    return TestMasks.rectangle(new Roi(215, 400, 200, 0), 256, 185, 380, 245, soleYPx);
  }

  @Test
  void theSoleIsTheMasksLowestEdgeUnderTheFoot() {
    double[] sole = MaskSample.lowest(MaskSample.shoeBottom(foot(), shoe(430), Side.RIGHT, 480));
    assertThat(sole[1]).isCloseTo(430, within(1.0));
  }

  @Test
  void aShoeTheFramesBottomEdgeCutsShowsNoSole() {
    // The frame ends at row 428: the mask runs on beyond it, so the lowest point would be a guess.
    assertThat(MaskSample.shoeBottom(foot(), shoe(430), Side.RIGHT, 428)).isNull();
  }

  @Test
  void theSolesSlopeIsThatOfTheShoesBottomEdgeBetweenHeelAndToe() {
    for (double slopeDeg : new double[] {0, 15, -10}) {
      double rise = Math.tan(Math.toRadians(slopeDeg));
      // The heel's back curls up 12 px behind the heel keypoint: outside the heel-to-toe span, it does not count.
      SegmentationMask tilted = TestMasks.region(new Roi(215, 400, 200, 0), 256, (x, y) -> x >= 180 && x <= 245
          && y >= 380 && y <= 430 - rise * (x - 190) - (x < 190 ? 2 * (190 - x) : 0));
      PoseFrame pose = foot();
      double measured = MaskSample.soleSlopeDeg(pose, Side.RIGHT, MaskSample.shoeBottom(pose, tilted, Side.RIGHT,
          480));
      assertThat(measured).as("sole at %s°", slopeDeg).isCloseTo(slopeDeg, within(1.0));
    }
  }

  @Test
  void aShoeWithTooFewColumnsOfSoleGivesNoSlope() {
    List<double[]> threeColumns = List.of(new double[] {200.5, 430}, new double[] {201.5, 430},
        new double[] {202.5, 430});
    assertThat(MaskSample.soleSlopeDeg(foot(), Side.RIGHT, threeColumns)).isNull();
  }
}
