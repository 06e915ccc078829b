package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.Side;

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

  /** Points on the ground in two stances: the left and the right half. */
  private static Double slope(List<double[]> points) {
    int half = points.size() / 2;
    return GroundLine.slopeDegByStance(List.of(points.subList(0, half), points.subList(half, points.size())), LEG_PX);
  }

  @Test
  void theSlopeOfSolesOnTheGround() {
    assertThat(slope(ground(3, 240, 380, 24, 0.3, 1))).isCloseTo(3, within(0.2));
    assertThat(slope(ground(-4, 240, 380, 24, 0.3, 2))).isCloseTo(-4, within(0.2));
  }

  @Test
  void soleEdgesAboveTheGroundAtPushOffAndInTheAirAreLeftOut() {
    // Running right on level ground: the back of each stance ends on the toe (1 to 2 px higher), and a toe-off
    // found late adds a foot rising into the swing behind.
    List<List<double[]>> stances = new ArrayList<>();
    for (int step = 0; step < 4; step++) {
      List<double[]> points = new ArrayList<>(ground(0, 300, 370, 6, 0.3, 10 + step));
      points.add(new double[] {295 - step, 421});
      points.add(new double[] {288 + step, 419.5});
      points.add(new double[] {275, 416});
      points.add(new double[] {255, 409});
      points.add(new double[] {240, 400});
      stances.add(points);
    }
    assertThat(GroundLine.slopeDegByStance(stances, LEG_PX)).isCloseTo(0, within(0.3));
  }

  @Test
  void tooFewPointsOrTooLittleSpreadGiveNoLine() {
    assertThat(slope(ground(2, 240, 380, GroundLine.MIN_POINTS - 1, 0.3, 3))).isNull();
    double spread = 0.9 * GroundLine.MIN_SPREAD * LEG_PX;
    assertThat(slope(ground(2, 300, 300 + spread, 24, 0.3, 4))).isNull();
  }

  @Test
  void oneStanceAloneGivesNoLine() {
    // A walker's foot rolling from heel to toe: its lowest point crosses the shoe's width, and the trace tilts.
    List<double[]> rolling = ground(-5, 470, 530, 12, 0.3, 5);
    assertThat(GroundLine.slopeDegByStance(List.of(rolling, List.of()), LEG_PX)).isNull();
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
  void tracesThatPartFromTheLineThroughAllStancesGiveNoSlope() {
    // A phone carried alongside the runner moves while each foot is down: every trace tilts 8°, while the stances,
    // spread along level ground at heights a few pixels apart, lie about a level line.
    List<List<double[]>> stances = new ArrayList<>();
    double slope = Math.tan(Math.toRadians(-8));
    Random rnd = new Random(7);
    for (int k = 0; k < 8; k++) {
      double height = 420 + 4 * rnd.nextGaussian();
      List<double[]> stance = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        double dx = 5 * i;
        stance.add(new double[] {60 + 70 * k + dx, height + slope * dx});
      }
      stances.add(stance);
    }
    assertThat(GroundLine.slopeDegByStance(stances, LEG_PX)).isNull();
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

  @Test
  void theSolesAfterTheHeelRisesDoNotTiltTheLine() {
    // A treadmill runner running right on level ground, three stances of ten samples: the foot slides back 6 px a
    // sample, and from 60 % of the stance on the heel is up and the lowest edge is the toe's, 1.5 px higher a sample.
    List<GaitEvent> events = new ArrayList<>();
    MaskSample[] maskAt = new MaskSample[60];
    for (int contact = 0; contact < 60; contact += 20) {
      events.add(new GaitEvent(Side.RIGHT, GaitEvent.Kind.CONTACT, contact, contact / 30.0));
      events.add(new GaitEvent(Side.RIGHT, GaitEvent.Kind.TOE_OFF, contact + 10, (contact + 10) / 30.0));
      for (int k = 0; k <= 10; k++) {
        double[] sole = {300 - 6 * k, 420 - 1.5 * Math.max(0, k - 6)};
        maskAt[contact + k] = new MaskSample(contact + k, null, null, null, sole, null, null, null, null);
      }
    }

    List<List<double[]>> stances = PostureAnalyzer.stanceSoles(maskAt, events, Side.RIGHT, 1);

    assertThat(stances).hasSize(3).allSatisfy(s -> assertThat(s).hasSize(6).allMatch(p -> p[1] == 420));
    assertThat(GroundLine.slopeDegByStance(stances, LEG_PX)).isCloseTo(0, within(0.01));
  }

  @Test
  void aFootStandingMuchLongerThanItsUsualStanceIsLeftOutOfTheLine() {
    // A sprinter's front foot on a block pedal 15 px above the track for two seconds, then two running stances of
    // 8 samples on the level track further right.
    List<GaitEvent> events = new ArrayList<>();
    MaskSample[] maskAt = new MaskSample[120];
    int[][] stances = {{0, 60, 120, 405}, {80, 88, 400, 420}, {100, 108, 700, 420}};
    for (int[] st : stances) {
      events.add(new GaitEvent(Side.RIGHT, GaitEvent.Kind.CONTACT, st[0], st[0] / 30.0));
      events.add(new GaitEvent(Side.RIGHT, GaitEvent.Kind.TOE_OFF, st[1], st[1] / 30.0));
      for (int i = st[0]; i <= st[1]; i++) {
        maskAt[i] = new MaskSample(i, null, null, null, new double[] {st[2] + i - st[0], st[3]}, null, null, null,
            null);
      }
    }

    List<List<double[]>> kept = PostureAnalyzer.stanceSoles(maskAt, events, Side.RIGHT, 1);

    assertThat(kept).hasSize(2).allSatisfy(s -> assertThat(s).allMatch(p -> p[1] == 420));
    assertThat(GroundLine.slopeDegByStance(kept, LEG_PX)).isCloseTo(0, within(0.01));
    // Had it counted, the block would have tilted the ground down toward the track.
    List<List<double[]>> all = new ArrayList<>(kept);
    all.add(0, java.util.stream.IntStream.rangeClosed(1, 35).mapToObj(i -> new double[] {120 + i, 405}).toList());
    assertThat(GroundLine.slopeDegByStance(all, LEG_PX)).isLessThan(-1);
    // Against the other stance alone, as with one running stance after the blocks, the block is still left out.
    assertThat(PostureAnalyzer.stanceSoles(maskAt, events.subList(0, 4), Side.RIGHT, 1)).hasSize(1)
        .allSatisfy(st -> assertThat(st).allMatch(p -> p[1] == 420));
  }
}
