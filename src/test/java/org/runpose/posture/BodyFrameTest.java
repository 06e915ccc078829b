package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BodyFrameTest {

  @Test
  void levelCameraRunningRight() {
    BodyFrame f = new BodyFrame(Direction.RIGHT, 0);
    assertThat(f.forward(10, 0)).isEqualTo(10);
    assertThat(f.up(0, -10)).isEqualTo(10);
    // Shoulders 10 px ahead of and 100 px above the hips: about 5.7 degrees forward.
    assertThat(f.angleFromVerticalDeg(100, 300, 110, 200)).isCloseTo(Math.toDegrees(Math.atan(0.1)), within(1e-9));
  }

  @Test
  void runningLeftMirrorsTheSign() {
    BodyFrame f = new BodyFrame(Direction.LEFT, 0);
    assertThat(f.angleFromVerticalDeg(100, 300, 90, 200)).isCloseTo(Math.toDegrees(Math.atan(0.1)), within(1e-9));
  }

  @Test
  void aRolledCameraIsCorrected() {
    // Ground rising 5 degrees to the right: a truly vertical trunk looks tilted 5 degrees to the left.
    BodyFrame f = new BodyFrame(Direction.RIGHT, 5);
    double r = Math.toRadians(5);
    double x = 100 - 100 * Math.sin(r);
    double y = 300 - 100 * Math.cos(r);
    assertThat(f.angleFromVerticalDeg(100, 300, x, y)).isCloseTo(0, within(1e-9));
    assertThat(f.up(100 + Math.cos(r) * 50, 300 - Math.sin(r) * 50)).isCloseTo(f.up(100, 300), within(1e-9));
  }

  @Test
  void kneeFlexionIsZeroWhenStraight() {
    assertThat(Angles.flexionDeg(0, 0, 0, 10, 0, 20)).isCloseTo(0, within(1e-9));
    assertThat(Angles.flexionDeg(0, 0, 0, 10, 10, 10)).isCloseTo(90, within(1e-9));
  }
}
