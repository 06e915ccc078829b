package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Foot and shank inclination at contact on hand-made points with known answers. */
class ContactAnglesTest {

  private static final BodyFrame RIGHT = new BodyFrame(Direction.RIGHT, 0);
  private static final BodyFrame LEFT = new BodyFrame(Direction.LEFT, 0);

  @Test
  void aFootWithItsToeLiftedIsPositiveWhicheverWayTheRunnerRuns() {
    // Heel at (100, 400), toe 50 px ahead and 10 px higher (image y points down): atan(10/50) = 11.3°.
    assertThat(RIGHT.footInclinationDeg(100, 400, 150, 390)).isCloseTo(11.31, within(0.01));
    assertThat(LEFT.footInclinationDeg(100, 400, 50, 390)).isCloseTo(11.31, within(0.01));
    // Toe lower than the heel: a forefoot landing.
    assertThat(RIGHT.footInclinationDeg(100, 400, 150, 410)).isCloseTo(-11.31, within(0.01));
  }

  @Test
  void theShankIsPositiveWithTheAnkleAheadOfTheKnee() {
    // Knee at (100, 300), ankle 20 px ahead and 100 px lower: atan(20/100) = 11.3°.
    assertThat(RIGHT.shankInclinationDeg(100, 300, 120, 400)).isCloseTo(11.31, within(0.01));
    assertThat(LEFT.shankInclinationDeg(100, 300, 80, 400)).isCloseTo(11.31, within(0.01));
    assertThat(RIGHT.shankInclinationDeg(100, 300, 100, 400)).isCloseTo(0, within(1e-9));
    assertThat(RIGHT.shankInclinationDeg(100, 300, 80, 400)).isCloseTo(-11.31, within(0.01));
  }

  @Test
  void aRolledCameraDoesNotChangeEitherAngle() {
    // The same foot and shank, with the whole picture turned 5° (ground rising to the right).
    BodyFrame rolled = new BodyFrame(Direction.RIGHT, 5);
    double r = Math.toRadians(5);
    double[] heel = rotate(100, 400, r);
    double[] toe = rotate(150, 390, r);
    double[] knee = rotate(100, 300, r);
    double[] ankle = rotate(120, 400, r);
    assertThat(rolled.footInclinationDeg(heel[0], heel[1], toe[0], toe[1])).isCloseTo(11.31, within(0.01));
    assertThat(rolled.shankInclinationDeg(knee[0], knee[1], ankle[0], ankle[1])).isCloseTo(11.31, within(0.01));
  }

  /** Turns an image point about the origin so that a level line rises to the right by {@code rad}. */
  private static double[] rotate(double x, double y, double rad) {
    return new double[] {x * Math.cos(rad) + y * Math.sin(rad), -x * Math.sin(rad) + y * Math.cos(rad)};
  }
}
