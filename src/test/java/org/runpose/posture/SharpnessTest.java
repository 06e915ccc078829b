package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.Roi;
import org.runpose.pose.SegmentationMask;
import org.runpose.pose.TestMasks;

class SharpnessTest {

  /** Hips at (200, 300), shoulders 160 px above them; the trunk's sides at x 170 and 230. */
  private static PoseFrame upright() {
    List<Keypoint> kps = new ArrayList<>();
    for (BodyLandmark lm : BodyLandmark.values()) {
      boolean shoulder = lm == BodyLandmark.LEFT_SHOULDER || lm == BodyLandmark.RIGHT_SHOULDER;
      kps.add(new Keypoint(lm, 200, shoulder ? 140 : 300, 0, 0.9, 0.9));
    }
    return new PoseFrame(0, 0, true, 0.9, true, 1, kps);
  }

  private static final SegmentationMask MASK = TestMasks.rectangle(new Roi(200, 220, 320, 0), 256, 170, 100, 230, 320);

  /** A dark trunk on a light wall, its sides crossing over {@code rampPx} pixels as a smear of that length does. */
  private static BufferedImage trunk(double rampPx) {
    BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_3BYTE_BGR);
    for (int x = 0; x < 400; x++) {
      double distance = Math.max(170 - (x + 0.5), (x + 0.5) - 230); // outside the trunk when positive
      double onTrunk = Math.min(1, Math.max(0, 0.5 - distance / Math.max(rampPx, 1e-9)));
      int grey = (int) Math.round(200 - 160 * onTrunk);
      int rgb = grey << 16 | grey << 8 | grey;
      for (int y = 0; y < 400; y++) {
        image.setRGB(x, y, rgb);
      }
    }
    return image;
  }

  @Test
  void aSharpOutlineCrossesInAPixelAndASmearOverItsLength() {
    Sharpness sharp = Sharpness.measure(trunk(0), upright(), MASK);
    Sharpness smeared = Sharpness.measure(trunk(16), upright(), MASK);

    assertThat(sharp.trunkPx()).isCloseTo(160, within(1e-9));
    assertThat(sharp.edgeWidthPx()).isCloseTo(2, within(0.5));
    assertThat(smeared.edgeWidthPx()).isCloseTo(16, within(1.0));
    assertThat(smeared.smearShare()).isCloseTo(Math.sqrt(16 * 16 - 9) / 160, within(0.01));
    assertThat(sharp.smearShare()).isZero();
  }

  @Test
  void aTrunkThatDoesNotStandOutFromItsBackgroundIsNotJudged() {
    BufferedImage flat = new BufferedImage(400, 400, BufferedImage.TYPE_3BYTE_BGR);
    assertThat(Sharpness.measure(flat, upright(), MASK)).isNull();
  }
}
