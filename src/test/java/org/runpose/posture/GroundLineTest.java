package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroundLineTest {

  private static final double LEG_PX = 140;

  /** Sole points on ground rising {@code rollDeg} toward the image right, with mask noise. */
  private static List<double[]> ground(double rollDeg, double fromX, double toX, int n, double noisePx, long seed) {
    Random rnd = new Random(seed);
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double x = fromX + (toX - fromX) * i / (n - 1);
      points.add(new double[] {x, 420 - Math.tan(Math.toRadians(rollDeg)) * (x - 300) + noisePx * rnd.nextGaussian()});
    }
    return points;
  }

  @Test
  void theSlopeOfSolesOnTheGround() {
    assertThat(GroundLine.slopeDeg(ground(3, 240, 380, 24, 0.3, 1), LEG_PX)).isCloseTo(3, within(0.2));
    assertThat(GroundLine.slopeDeg(ground(-4, 240, 380, 24, 0.3, 2), LEG_PX)).isCloseTo(-4, within(0.2));
  }

  @Test
  void soleEdgesAboveTheGroundAtPushOffAndInTheAirAreLeftOut() {
    // Running right on level ground: the back of each stance ends on the toe (1 to 2 px higher), and a toe-off
    // found late adds a foot rising into the swing behind.
    List<double[]> points = new ArrayList<>();
    for (int step = 0; step < 4; step++) {
      points.addAll(ground(0, 300, 370, 6, 0.3, 10 + step));
      points.add(new double[] {295 - step, 421});
      points.add(new double[] {288 + step, 419.5});
      points.add(new double[] {275, 416});
      points.add(new double[] {255, 409});
      points.add(new double[] {240, 400});
    }
    assertThat(GroundLine.slopeDeg(points, LEG_PX)).isCloseTo(0, within(0.3));
  }

  @Test
  void tooFewPointsOrTooLittleSpreadGiveNoLine() {
    assertThat(GroundLine.slopeDeg(ground(2, 240, 380, GroundLine.MIN_POINTS - 1, 0.3, 3), LEG_PX)).isNull();
    double spread = 0.9 * GroundLine.MIN_SPREAD * LEG_PX;
    assertThat(GroundLine.slopeDeg(ground(2, 300, 300 + spread, 24, 0.3, 4), LEG_PX)).isNull();
  }

  @Test
  void stancesThatTraceTheLineGiveItsSlopeWhateverTheirHeights() {
    // A camera following the runner rises and falls: each stance's sole trace sits at its own height, all at 2°.
    List<List<double[]>> stances = new ArrayList<>();
    double slope = Math.tan(Math.toRadians(-2));
    for (int k = 0; k < 5; k++) {
      List<double[]> stance = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        double x = 400 - 12 * i;
        stance.add(new double[] {x, 380 + 15 * (k % 3) + slope * x});
      }
      stances.add(stance);
    }
    assertThat(GroundLine.slopeDegByStance(stances, LEG_PX)).isCloseTo(2, within(0.1));
  }

  @Test
  void stancesStandingStillAreFittedTogether() {
    // A fixed camera, the runner crossing: each sole stays put, the stances lie along the 1.5° ground.
    List<List<double[]>> stances = new ArrayList<>();
    double slope = Math.tan(Math.toRadians(-1.5));
    for (int k = 0; k < 6; k++) {
      List<double[]> stance = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        double x = 100 + 150 * k + 0.3 * i;
        stance.add(new double[] {x, 420 + slope * x});
      }
      stances.add(stance);
    }
    assertThat(GroundLine.slopeDegByStance(stances, LEG_PX)).isCloseTo(1.5, within(0.1));
  }
}
