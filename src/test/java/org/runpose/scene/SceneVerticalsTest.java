package org.runpose.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SceneVerticalsTest {

  /**
   * A grey wall with dark posts leaning {@code leanDeg(x)} (top to the right positive), noise, and a bright figure
   * between x 280 and 360 whose straight edges would mislead.
   */
  private static BufferedImage scene(double[] postsX, java.util.function.DoubleUnaryOperator leanDeg) {
    BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(170, 170, 170));
    g.fillRect(0, 0, 640, 480);
    g.setColor(new Color(50, 50, 60));
    g.setStroke(new BasicStroke(7));
    for (double x : postsX) {
      double t = Math.tan(Math.toRadians(leanDeg.applyAsDouble(x)));
      // Through (x, 240): the top moves right by t per pixel up.
      g.drawLine((int) Math.round(x + t * 200), 40, (int) Math.round(x - t * 200), 440);
    }
    g.setColor(new Color(240, 240, 240));
    g.fillRect(300, 100, 40, 330);
    g.dispose();
    Random rnd = new Random(3);
    for (int i = 0; i < 4000; i++) {
      int x = rnd.nextInt(640);
      int y = rnd.nextInt(480);
      int v = 150 + rnd.nextInt(40);
      img.setRGB(x, y, new Color(v, v, v).getRGB());
    }
    return img;
  }

  private static final double[] PERSON = {280, 80, 360, 450};

  @Test
  void anEdgeFoundInAFrameDecodedSmallerIsScaledToTheVideoKeepingItsAngle() {
    SceneLine small = new SceneLine(7, 100, 20, 103, 220, 150);
    SceneLine video = small.scaled(2);
    assertThat(video).isEqualTo(new SceneLine(7, 200, 40, 206, 440, 300));
    assertThat(video.angleDeg()).isCloseTo(small.angleDeg(), org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void postsOfARolledCameraGiveItsRoll() {
    BufferedImage img = scene(new double[] {60, 150, 480, 580}, x -> 3);
    List<SceneLine> lines = VerticalLines.find(0, img, PERSON);
    assertThat(lines).isNotEmpty();
    assertThat(lines).allSatisfy(l -> assertThat(l.angleDeg()).isCloseTo(3, within(1.0)));
    assertThat(lines).noneMatch(l -> l.midXPx() > 280 && l.midXPx() < 360);
    TrueVertical.Estimate e = TrueVertical.at(lines, 320, 640);
    assertThat(e).isNotNull();
    assertThat(e.angleDeg()).isCloseTo(3, within(0.3));
    assertThat(e.groundSlopeDeg()).isCloseTo(-3, within(0.3));
  }

  @Test
  void convergingVerticalsAreReadWhereTheRunnerIs() {
    // A camera tilted up: verticals lean out toward the edges, 0.01° per pixel from the middle.
    BufferedImage img = scene(new double[] {40, 130, 220, 430, 520, 600}, x -> 0.01 * (x - 320));
    TrueVertical.Estimate e = TrueVertical.at(VerticalLines.find(0, img, PERSON), 500, 640);
    assertThat(e).isNotNull();
    assertThat(e.angleDeg()).isCloseTo(1.8, within(0.4));
  }

  @Test
  void aLeanExtrapolatedBeyondTheEdgesSearchedForIsNotTaken() {
    // Edges converging steeply on the left of the picture (0.05° per pixel), read far out on the right: 22.5°.
    List<SceneLine> lines = List.of(line(50, -5), line(150, 0), line(250, 5), line(350, 10));
    assertThat(TrueVertical.at(lines, 200, 640).angleDeg()).isCloseTo(2.5, within(0.05));
    assertThat(TrueVertical.at(lines, 600, 640)).isNull();
  }

  @Test
  void edgesThatDisagreeAreLeftOutAndTooFewGiveNothing() {
    List<SceneLine> lines = List.of(line(100, 2), line(200, 2.2), line(300, 1.9), line(400, 9), line(500, 2.1));
    assertThat(TrueVertical.at(lines, 320, 640).angleDeg()).isCloseTo(2.05, within(0.1));
    assertThat(TrueVertical.at(lines.subList(0, 2), 320, 640)).isNull();
    // Three edges close together: one lean for the picture, not a slope fitted through their scatter.
    assertThat(TrueVertical.at(List.of(line(470, -1.2), line(500, -0.9), line(530, -0.6)), 100, 640).angleDeg())
        .isCloseTo(-0.9, within(0.01));
    // One edge found again and again (a whiteboard leaning on the wall) is not a scene.
    assertThat(TrueVertical.at(List.of(line(470, 4.5), line(471, 4.4), line(472, 4.6), line(480, 4.5)), 100, 640))
        .isNull();
  }

  @Test
  void aSlantedMachineOutnumberingTheWallsEdgesGivesNoVertical() {
    // A treadmill's uprights lean 9° by design (six edges); the wall behind has four upright ones.
    List<SceneLine> lines = List.of(line(60, -9), line(150, -9.2), line(240, -8.9), line(420, -9.1),
        line(510, -9), line(600, -8.8), line(100, 0.3), line(330, -0.4), line(460, 0.8), line(560, 0.1));
    assertThat(TrueVertical.at(lines, 320, 640)).isNull();
    // Without the wall's edges the machine's would be taken for a camera rolled 9°.
    assertThat(TrueVertical.at(lines.subList(0, 6), 320, 640).angleDeg()).isCloseTo(-9, within(0.1));
  }

  @Test
  void theUprightSetIsTakenWhereItOutnumbersASlantedOne() {
    List<SceneLine> lines = List.of(line(60, 0.4), line(150, 0.6), line(240, 0.5), line(420, 0.3),
        line(510, 0.5), line(600, 0.4), line(100, -9), line(330, -9.3), line(460, -8.8), line(560, -9.1));
    assertVerticalAtMiddle(lines, 0.45);
  }

  @Test
  void unrelatedEdgesLeftOutDoNotMakeARivalSet() {
    // Rolled 4°: six edges of the scene agree; three trees spread across the picture lean every which way.
    List<SceneLine> lines = List.of(line(40, 4), line(140, 4.2), line(240, 3.9), line(400, 4.1), line(500, 3.8),
        line(600, 4), line(90, -5), line(330, 1), line(560, 7.5));
    assertVerticalAtMiddle(lines, 4);
  }

  @Test
  void aRolledCameraKeepsItsVerticalBesideOneObjectThatHappensToStandUpright() {
    // Rolled 6°: five edges of the scene agree on it; three short edges of one slanted object read upright.
    List<SceneLine> lines = List.of(line(60, 6), line(160, 6.2), line(260, 5.8), line(460, 6.1), line(560, 5.9),
        line(330, 0.2, 30), line(380, 0, 30), line(420, 0.1, 30));
    assertVerticalAtMiddle(lines, 6);
    // With as much support as a third of the scene's edges, the same three make it doubtful.
    assertThat(TrueVertical.at(List.of(line(60, 6), line(160, 6.2), line(260, 5.8), line(460, 6.1), line(560, 5.9),
        line(330, 0.2, 60), line(380, 0, 60), line(420, 0.1, 60)), 320, 640)).isNull();
  }

  /** The true vertical read in the middle of a 640 px wide picture leans {@code expectedDeg}. */
  private static void assertVerticalAtMiddle(List<SceneLine> lines, double expectedDeg) {
    TrueVertical.Estimate e = TrueVertical.at(lines, 320, 640);
    assertThat(e).isNotNull();
    assertThat(e.angleDeg()).isCloseTo(expectedDeg, within(0.1));
  }

  private static SceneLine line(double x, double angleDeg) {
    return line(x, angleDeg, 100);
  }

  private static SceneLine line(double x, double angleDeg, int supportPx) {
    double t = Math.tan(Math.toRadians(angleDeg));
    return new SceneLine(0, x + t * 100, 100, x - t * 100, 300, supportPx);
  }
}
