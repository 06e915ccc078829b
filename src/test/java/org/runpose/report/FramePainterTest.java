package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.runpose.TestImages;
import org.runpose.Severity;
import org.runpose.pose.BodyLandmark;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.Direction;
import org.runpose.posture.FrameMetrics;
import org.runpose.posture.LumbarTrace;
import org.runpose.posture.Skeleton;
import org.runpose.posture.ViewCheck;

class FramePainterTest {

  private static final Color BACKGROUND = new Color(0x80, 0x80, 0x80);

  /** Hips at (hipX, hipY), shoulders {@code trunkPx} away at {@code leanDeg} from the image vertical, forward right. */
  private static Skeleton trunk(double hipX, double hipY, double trunkPx, double leanDeg) {
    double[] x = new double[BodyLandmark.COUNT];
    double[] y = new double[BodyLandmark.COUNT];
    Arrays.fill(x, Double.NaN);
    Arrays.fill(y, Double.NaN);
    double sx = hipX + trunkPx * Math.sin(Math.toRadians(leanDeg));
    double sy = hipY - trunkPx * Math.cos(Math.toRadians(leanDeg));
    for (BodyLandmark lm : new BodyLandmark[] {BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP}) {
      x[lm.ordinal()] = hipX;
      y[lm.ordinal()] = hipY;
    }
    for (BodyLandmark lm : new BodyLandmark[] {BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER}) {
      x[lm.ordinal()] = sx;
      y[lm.ordinal()] = sy;
    }
    return new Skeleton(3, x, y);
  }

  private static FramePainter painter(double rollDeg) {
    return painter(rollDeg, AnalysisConfig.DEFAULT);
  }

  private static FramePainter painter(double rollDeg, AnalysisConfig config) {
    return new FramePainter(new ViewCheck(Direction.RIGHT, "video", rollDeg, "user", 0.05, 0.05, true), config,
        false);
  }

  private static FrameMetrics metrics(double leanDeg) {
    return new FrameMetrics(3, 0.1, true, leanDeg, 5.0, "right");
  }

  private static boolean close(Color a, Color b, int tolerance) {
    return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
        && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
  }

  private static Color at(BufferedImage img, double x, double y) {
    return new Color(img.getRGB((int) Math.round(x), (int) Math.round(y)));
  }

  @Test
  void drawsOnACopyOfTheSameSize() {
    BufferedImage frame = TestImages.filled(640, 480, BACKGROUND);
    byte[] before = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData().clone();
    BufferedImage out = painter(0).paint(frame, trunk(320, 300, 100, 12), metrics(12));
    assertThat(out).isNotSameAs(frame);
    assertThat(out.getWidth()).isEqualTo(640);
    assertThat(out.getHeight()).isEqualTo(480);
    assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
    assertThat(((DataBufferByte) frame.getRaster().getDataBuffer()).getData()).isEqualTo(before);
  }

  @Test
  void trunkLineIsColouredByTheLeansSeverity() {
    for (double lean : new double[] {4, 12, 20}) {
      Severity severity = AnalysisConfig.DEFAULT.leanSeverity(lean);
      BufferedImage out = painter(0).paint(
          TestImages.filled(640, 480, BACKGROUND), trunk(320, 300, 100, lean), metrics(lean));
      // Along the line from hips to shoulders, clear of the hip and shoulder dots.
      for (double t = 0.3; t <= 0.7; t += 0.1) {
        double x = 320 + t * 100 * Math.sin(Math.toRadians(lean));
        double y = 300 - t * 100 * Math.cos(Math.toRadians(lean));
        assertThat(close(at(out, x, y), Theme.badge(severity), 12)).as("lean %s at t=%.1f: %s", lean, t, at(out, x, y))
            .isTrue();
      }
    }
  }

  @Test
  void verticalFollowsTheCameraRoll() {
    double hipX = 320;
    double hipY = 330;
    double trunk = 100;
    // At 1.15 trunk lengths above the hips: beyond the shoulders and the arc, on the vertical only.
    double along = 1.15 * trunk;
    for (double roll : new double[] {0, 10}) {
      BufferedImage out = painter(roll).paint(
          TestImages.filled(640, 480, BACKGROUND), trunk(hipX, hipY, trunk, 25), metrics(25));
      double r = Math.toRadians(roll);
      double onX = hipX - along * Math.sin(r);
      double onY = hipY - along * Math.cos(r);
      assertThat(changedNear(out, onX, onY, 2)).as("vertical at roll %s", roll).isTrue();
      // The image's pixel column through the hips carries the line only when there is no roll.
      assertThat(changedNear(out, hipX, hipY - along, 2)).as("pixel column at roll %s", roll).isEqualTo(roll == 0);
    }
  }

  private static boolean changedNear(BufferedImage img, double x, double y, int radius) {
    for (int dx = -radius; dx <= radius; dx++) {
      for (int dy = -radius; dy <= radius; dy++) {
        if (!close(at(img, x + dx, y + dy), BACKGROUND, 6)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void linesAndLabelsGrowWithTheFrame() {
    int small = trunkWidthPx(640, 480);
    int large = trunkWidthPx(1920, 1080);
    assertThat((double) large / small).isBetween(1.8, 2.8);
  }

  /** Width of the drawn trunk line across a pixel row half-way up it. */
  private static int trunkWidthPx(int width, int height) {
    double k = height / 480.0;
    BufferedImage out = painter(0).paint(
        TestImages.filled(width, height, BACKGROUND), trunk(width / 2.0, 300 * k, 100 * k, 0), metrics(0));
    int row = (int) Math.round(250 * k);
    Color line = Theme.badge(Severity.OK);
    int count = 0;
    for (int x = 0; x < width; x++) {
      if (close(new Color(out.getRGB(x, row)), line, 40)) {
        count++;
      }
    }
    return count;
  }

  @Test
  void labelsSitOnDarkPanels() {
    BufferedImage light = TestImages.filled(640, 480, Color.WHITE);
    BufferedImage out = painter(0).paint(light, trunk(320, 300, 100, 10), metrics(10));
    // The readout at the top left and the legend at the top right darken the white frame behind their text.
    assertThat(at(out, 20, 13).getRed()).isLessThan(100);
    assertThat(at(out, 620, 13).getRed()).isLessThan(100);
  }

  @Test
  void missingPointsAreLeftOut() {
    double[] none = new double[BodyLandmark.COUNT];
    Arrays.fill(none, Double.NaN);
    BufferedImage out = painter(0).paint(TestImages.filled(640, 480, BACKGROUND), new Skeleton(3, none, none),
        new FrameMetrics(3, 0.1, true, null, null, null));
    assertThat(at(out, 320, 240)).isEqualTo(BACKGROUND);
  }

  @Test
  void stillAddsATitleStripBelowTheFrame() {
    FramePainter p = painter(0);
    BufferedImage painted = p.paint(TestImages.filled(640, 480, BACKGROUND), trunk(320, 300, 100, 12), metrics(12));
    BufferedImage still = p.still(painted, "Most forward lean", "2.43 s");
    assertThat(still.getWidth()).isEqualTo(640);
    assertThat(still.getHeight()).isGreaterThan(480);
    assertThat(still.getRGB(320, 200)).isEqualTo(painted.getRGB(320, 200));
    assertThat(new Color(still.getRGB(639, still.getHeight() - 1))).isEqualTo(Theme.INK);
  }

  @Test
  void lumbarHollowIsDrawnWhereItWasMeasuredInItsSeverityColour() {
    LumbarTrace deep = new LumbarTrace(9.0, new LumbarTrace.PointPx(290, 310), new LumbarTrace.PointPx(290, 220),
        new LumbarTrace.PointPx(300, 265), new LumbarTrace.PointPx(290, 265));
    AnalysisConfig judged = AnalysisConfig.DEFAULT.withLumbarThresholds(4.0, 6.0);
    BufferedImage out = painter(0, judged).paint(
        TestImages.filled(640, 480, BACKGROUND), trunk(320, 300, 100, 0), metrics(0), deep);
    assertThat(close(at(out, 295, 265), Theme.badge(Severity.EXCESSIVE), 40)).as("the hollow, red").isTrue();
    assertThat(close(at(out, 290, 240), Color.WHITE, 40)).as("the chord, white").isTrue();
    // Without a baseline or thresholds the hollow is drawn, in the colour of what was not judged.
    BufferedImage unjudged = painter(0).paint(
        TestImages.filled(640, 480, BACKGROUND), trunk(320, 300, 100, 0), metrics(0), deep);
    assertThat(close(at(unjudged, 295, 265), Theme.badge(Severity.NOT_ASSESSED), 40)).as("the hollow, grey")
        .isTrue();
    BufferedImage without = painter(0).paint(
        TestImages.filled(640, 480, BACKGROUND), trunk(320, 300, 100, 0), metrics(0));
    assertThat(close(at(without, 295, 265), BACKGROUND, 10)).isTrue();
  }

  @Test
  void aFrameWithoutMeasuresSaysSoAndWithFacesBlurredHidesEverything() {
    BufferedImage frame = TestImages.filled(640, 480, BACKGROUND);
    BufferedImage said = painter(0).unmeasured(frame, 8.33, 250);
    // The corner panel is drawn; the rest of the picture is left as it was.
    assertThat(close(at(said, 20, 20), BACKGROUND, 10)).isFalse();
    assertThat(close(at(said, 320, 300), BACKGROUND, 0)).isTrue();

    BufferedImage stripes = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 480; y++) {
      for (int x = 0; x < 640; x++) {
        stripes.setRGB(x, y, x % 2 == 0 ? 0xFFFFFF : 0x000000);
      }
    }
    FramePainter blurring = new FramePainter(new ViewCheck(Direction.RIGHT, "video", 0, "user", 0.05, 0.05, true),
        AnalysisConfig.DEFAULT, true);
    BufferedImage hidden = blurring.unmeasured(stripes, 8.33, 250);
    // One-pixel stripes become blocks of their mean grey, away from the panel too.
    assertThat(at(hidden, 400, 300)).isEqualTo(at(hidden, 401, 300));
    assertThat(close(at(hidden, 400, 300), new Color(0x80, 0x80, 0x80), 2)).isTrue();
  }
}
