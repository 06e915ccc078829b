package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.TestImages;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;

class ExposureTest {

  /** A pose whose keypoints span the box from (100, 50) to (200, 250). */
  private static PoseFrame pose() {
    List<Keypoint> kps = new ArrayList<>();
    for (BodyLandmark lm : BodyLandmark.values()) {
      boolean first = lm.ordinal() == 0;
      kps.add(new Keypoint(lm, first ? 100 : 200, first ? 50 : 250, 0, 0.9, 0.9));
    }
    return new PoseFrame(0, 0, true, 0.9, true, 1, kps);
  }

  @Test
  void greyLevelsAreMeasuredAroundTheRunnerOnly() {
    BufferedImage image = TestImages.filled(400, 300, Color.WHITE);
    Graphics2D g = image.createGraphics();
    // Inside the box: left half black, right half white.
    g.setColor(Color.BLACK);
    g.fillRect(100, 50, 51, 201);
    g.dispose();
    Exposure e = Exposure.measure(image, pose());
    assertThat(e.meanGrey()).isCloseTo(127.5, within(4.0));
    assertThat(e.spreadGrey()).isCloseTo(127.5, within(4.0));
  }

  @Test
  void noPoseNoMeasure() {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
    assertThat(Exposure.measure(image, new PoseFrame(0, 0, false, 0, true, 0, List.of()))).isNull();
  }
}
