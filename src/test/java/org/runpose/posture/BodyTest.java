package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.signal.KeypointTracks;
import org.runpose.signal.SignalConfig;

class BodyTest {

  private static Body body(SyntheticRunner runner) {
    return new Body(KeypointTracks.from(runner.series()).clean(SignalConfig.DEFAULT));
  }

  @Test
  void aFootWhoseHeelIsNeverSeenKeepsItsHeightFromTheToe() {
    SyntheticRunner seen = new SyntheticRunner();
    SyntheticRunner heelUnseen = new SyntheticRunner();
    heelUnseen.unseen = BodyLandmark.RIGHT_HEEL;
    BodyFrame level = new BodyFrame(Direction.RIGHT, 0);
    // The synthetic heel and toe are at one height, so the toe alone gives the same answer.
    assertThat(body(heelUnseen).footHeight(level, Side.RIGHT))
        .containsExactly(body(seen).footHeight(level, Side.RIGHT), within(1e-6));
  }

  @Test
  void theLeanIsTheLineTimesTheGainFromTheTrueVerticalInBothDirectionsAndWithARoll() {
    for (Direction direction : Direction.values()) {
      for (double rollDeg : new double[] {0, 4}) {
        for (double leanDeg : new double[] {0, 18}) {
          Body body = body(runner(direction, rollDeg, leanDeg));
          BodyFrame frame = new BodyFrame(direction, rollDeg);
          double[] line = line(body, frame);

          String what = direction + ", roll " + rollDeg + ", lean " + leanDeg;
          assertThat(Stats.median(line)).as(what).isCloseTo(leanDeg / Body.LEAN_GAIN, within(0.2));
          assertThat(Stats.median(body.trunkLeanDeg(frame, 640, 480))).as(what).isCloseTo(leanDeg, within(0.1));
        }
      }
    }
  }

  @Test
  void theLimbsPullOnTheNearHipIsTakenOutOfTheLean() {
    for (Direction direction : Direction.values()) {
      for (double rollDeg : new double[] {0, 4}) {
        SyntheticRunner runner = runner(direction, rollDeg, 7);
        runner.limbPull = true;
        Body body = body(runner);
        BodyFrame frame = new BodyFrame(direction, rollDeg);

        double[] line = line(body, frame);
        double[] lean = body.trunkLeanDeg(frame, 640, 480);

        String what = direction + ", roll " + rollDeg;
        // The pulled line swings by about 2° in a stride; the lean keeps the line's median, times the gain, and under a
        // third of the swing (what is left comes from smoothing the fast-moving knee in the cleaned tracks).
        assertThat(spread(line)).as(what).isGreaterThan(1.8);
        assertThat(spread(lean) / Body.LEAN_GAIN).as(what).isLessThan(spread(line) / 3);
        assertThat(Stats.median(lean)).as(what).isCloseTo(Body.LEAN_GAIN * Stats.median(line), within(1e-9));
      }
    }
  }

  @Test
  void aViewTurningFromTheRunnersFrontToTheirBackDoesNotTurnTheLean() {
    for (Direction direction : Direction.values()) {
      SyntheticRunner turning = runner(direction, 0, 7);
      // From 24° to the front to 24° to the back over the 4 s: a runner crossing a phone's view at 5 m.
      turning.turnDegPerSecond = 12;
      Body body = body(turning);
      Body side = body(runner(direction, 0, 7));
      BodyFrame frame = new BodyFrame(direction, 0);

      double[] line = line(body, frame);
      double[] lean = body.trunkLeanDeg(frame, 640, 480);
      double[] sideLean = side.trunkLeanDeg(frame, 640, 480);

      // The near shoulder's offset from the near hip (0.10 m times the sine of the turn over a 0.55 m trunk) turns
      // the line by about 8° over the clip; the lean stays within half a degree of a side view's in every sample.
      assertThat(spread(line)).as(direction.toString()).isGreaterThan(7);
      for (int i = 0; i < lean.length; i++) {
        assertThat(lean[i]).as(direction + ", sample " + i).isCloseTo(sideLean[i], within(0.5));
      }
    }
  }

  @Test
  void aSampleWhoseNearHipOrShoulderIsOutsideThePictureHasNoLean() {
    SyntheticRunner runner = new SyntheticRunner();
    Body body = body(runner);
    BodyFrame frame = new BodyFrame(Direction.RIGHT, 0);
    Side near = Direction.RIGHT.nearSide();
    // A picture whose bottom edge cuts through the band in which the near hip bobs with each step.
    double[] lowest = new double[body.size()];
    for (int i = 0; i < lowest.length; i++) {
      lowest[i] = Math.max(body.y(near.hip(), i), body.y(near.shoulder(), i));
    }
    int heightPx = (int) Stats.median(lowest);

    double[] lean = body.trunkLeanDeg(frame, 640, heightPx);

    int cut = 0;
    for (int i = 0; i < lean.length; i++) {
      assertThat(Double.isNaN(lean[i])).as("sample " + i).isEqualTo(lowest[i] > heightPx);
      cut += lowest[i] > heightPx ? 1 : 0;
    }
    assertThat(cut).isPositive().isLessThan(lean.length);
  }

  private static SyntheticRunner runner(Direction direction, double rollDeg, double leanDeg) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.direction = direction;
    runner.rollDeg = rollDeg;
    runner.leanDeg = leanDeg;
    return runner;
  }

  /** The near side's hip-to-shoulder line of every sample, as the model's points give it. */
  private static double[] line(Body body, BodyFrame frame) {
    double[] line = new double[body.size()];
    for (int i = 0; i < line.length; i++) {
      line[i] = body.trunkLineDeg(frame, i);
    }
    return line;
  }

  private static double spread(double[] v) {
    return Arrays.stream(v).max().orElseThrow() - Arrays.stream(v).min().orElseThrow();
  }
}
