package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
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
  void aSampleWhoseNearHipOrShoulderIsOutsideThePictureOrAtItsEdgeHasNoLean() {
    SyntheticRunner runner = new SyntheticRunner();
    Body body = body(runner);
    BodyFrame frame = new BodyFrame(Direction.RIGHT, 0);
    Side near = Direction.RIGHT.nearSide();
    // A picture whose bottom edge, less the joint's margin, cuts through the band in which the near hip bobs with
    // each step: a hip inside the picture but within the margin of its edge is cut as much as one beyond it.
    double[] lowest = new double[body.size()];
    double[] margin = new double[body.size()];
    for (int i = 0; i < lowest.length; i++) {
      lowest[i] = Math.max(body.y(near.hip(), i), body.y(near.shoulder(), i));
      margin[i] = Body.JOINT_IN_VIEW_TRUNKS * body.trunkLengthPx(i);
    }
    int heightPx = (int) (Stats.median(lowest) + Stats.median(margin));

    double[] lean = body.trunkLeanDeg(frame, 640, heightPx);

    int cut = 0;
    int insideButAtTheEdge = 0;
    for (int i = 0; i < lean.length; i++) {
      boolean atEdge = lowest[i] > heightPx - margin[i];
      assertThat(Double.isNaN(lean[i])).as("sample " + i).isEqualTo(atEdge);
      cut += atEdge ? 1 : 0;
      insideButAtTheEdge += atEdge && lowest[i] <= heightPx ? 1 : 0;
    }
    assertThat(cut).isPositive().isLessThan(lean.length);
    assertThat(insideButAtTheEdge).isPositive();
  }

  @Test
  void aSampleWhoseShoulderIsBelowItsHipHasNoLean() {
    PoseSeries series = new SyntheticRunner().series();
    List<PoseFrame> frames = new ArrayList<>(series.frames());
    PoseFrame f = frames.get(40);
    // The model's points on a picture with a foot alone in it: the near shoulder drawn under the near hip.
    double hipY = f.keypoint(BodyLandmark.RIGHT_HIP).yPx();
    frames.set(40, new PoseFrame(f.index(), f.timestampMicros(), true, f.poseScore(), f.detectorRan(),
        f.peopleDetected(), f.keypoints().stream().map(k -> k.landmark() != BodyLandmark.RIGHT_SHOULDER ? k
            : new Keypoint(k.landmark(), k.xPx(), hipY + 40, k.zPx(), k.visibility(), k.presence())).toList()));
    Body body = new Body(KeypointTracks.from(PoseSeries.of(series.runposeVersion(), series.video(), series.model(),
        series.settings(), frames)));

    double[] lean = body.trunkLeanDeg(new BodyFrame(Direction.RIGHT, 0), 640, 480);

    assertThat(lean[40]).isNaN();
    assertThat(lean[39]).isFinite();
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
