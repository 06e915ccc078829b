package org.runpose.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.runpose.pose.BodyLandmark.LEFT_ANKLE;
import static org.runpose.pose.BodyLandmark.LEFT_KNEE;
import static org.runpose.pose.BodyLandmark.LEFT_WRIST;
import static org.runpose.pose.BodyLandmark.NOSE;
import static org.runpose.pose.BodyLandmark.RIGHT_FOOT_INDEX;
import static org.runpose.pose.BodyLandmark.RIGHT_KNEE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.runpose.pose.BodyLandmark;

class KeypointTracksTest {

  private static final SignalConfig C = SignalConfig.DEFAULT;

  @Test
  void fromGivesTheModelsOutputWithNaNWhereNoPoseWasFound() {
    SyntheticRunner runner = new SyntheticRunner(30, 1, 0, 0, 1).lose(10, 12).visibility(LEFT_ANKLE, 5, 6, 0.1);
    KeypointTracks raw = runner.tracks();

    assertThat(raw.size()).isEqualTo(30);
    assertThat(raw.timesSeconds()[3]).isCloseTo(0.1, within(1e-6));
    assertThat(raw.frameIndex(7)).isEqualTo(7);
    assertThat(raw.x(LEFT_KNEE).value(4)).isEqualTo(runner.truth(LEFT_KNEE, 4)[0]);
    assertThat(raw.y(LEFT_KNEE).value(4)).isEqualTo(runner.truth(LEFT_KNEE, 4)[1]);
    assertThat(raw.x(LEFT_ANKLE).isMissing(5)).as("low visibility is kept until cleaning").isFalse();
    assertThat(raw.visibility(LEFT_ANKLE, 5)).isEqualTo(0.1);
    assertThat(raw.x(NOSE).isMissing(10)).isTrue();
    assertThat(raw.y(NOSE).isMissing(11)).isTrue();
    assertThat(raw.visibility(NOSE, 10)).isNaN();
    assertThat(raw.measured(NOSE, 10)).isFalse();
    assertThat(raw.measured(NOSE, 12)).isTrue();
    assertThat(raw.measuredCount(NOSE)).isEqualTo(28);
    assertThat(raw.swapRepairedFrames()).isEmpty();
  }

  @Test
  void cleaningASwappedRunGivesWhatCleaningTheCorrectRunGives() {
    SyntheticRunner correct = new SyntheticRunner(30, 4, 150, 1.5, 2).visibility(RIGHT_KNEE, 0, 120, 0.7);
    SyntheticRunner swapped =
        new SyntheticRunner(30, 4, 150, 1.5, 2)
            .visibility(RIGHT_KNEE, 0, 120, 0.7)
            .exchange(LimbChain.LEG, 40, 45)
            .exchange(LimbChain.LEG, 60, 61)
            .exchange(LimbChain.ARM, 70, 73);
    KeypointTracks expected = correct.tracks().clean(C);
    KeypointTracks actual = swapped.tracks().clean(C);

    for (BodyLandmark l : BodyLandmark.values()) {
      assertThat(actual.x(l).values()).as(l.id()).containsExactly(expected.x(l).values(), within(1e-9));
      assertThat(actual.y(l).values()).as(l.id()).containsExactly(expected.y(l).values(), within(1e-9));
      for (int i = 0; i < actual.size(); i++) {
        assertThat(actual.measured(l, i)).isEqualTo(expected.measured(l, i));
        assertThat(actual.visibility(l, i)).isEqualTo(expected.visibility(l, i));
      }
    }
    List<Integer> repaired = new ArrayList<>(List.of(40, 41, 42, 43, 44, 60, 70, 71, 72));
    assertThat(actual.swapRepairedFrames()).isEqualTo(repaired);
    assertThat(actual.swapRepaired(LimbChain.LEG, 42)).isTrue();
    assertThat(actual.swapRepaired(LimbChain.ARM, 42)).isFalse();
    assertThat(actual.swapRepaired(LimbChain.ARM, 71)).isTrue();
    assertThat(expected.swapRepairedFrames()).isEmpty();
  }

  @Test
  void hiddenAndMisplacedPointsAndShortLossesAreFilledButNotMeasured() {
    SyntheticRunner runner =
        new SyntheticRunner(30, 4, 150, 1, 3)
            .visibility(LEFT_ANKLE, 30, 34, 0.2)
            .displace(LEFT_WRIST, 50, 0, 150)
            .lose(70, 75)
            .lose(90, 110);
    KeypointTracks clean = runner.tracks().clean(C);

    for (int i = 30; i < 34; i++) {
      assertThat(clean.measured(LEFT_ANKLE, i)).isFalse();
      assertThat(clean.x(LEFT_ANKLE).value(i)).isCloseTo(runner.truth(LEFT_ANKLE, i)[0], within(6.0));
    }
    assertThat(clean.measured(LEFT_WRIST, 50)).isFalse();
    assertThat(clean.y(LEFT_WRIST).value(50)).isCloseTo(runner.truth(LEFT_WRIST, 50)[1], within(3.0));
    for (int i = 70; i < 75; i++) {
      assertThat(clean.measured(RIGHT_FOOT_INDEX, i)).isFalse();
      assertThat(clean.y(RIGHT_FOOT_INDEX).value(i)).isCloseTo(runner.truth(RIGHT_FOOT_INDEX, i)[1], within(6.0));
    }
    for (int i = 90; i < 110; i++) {
      assertThat(clean.x(RIGHT_FOOT_INDEX).isMissing(i)).isTrue();
      assertThat(clean.measured(RIGHT_FOOT_INDEX, i)).isFalse();
    }
    // 25 frames lost and 4 hidden; Hampel rejects a few clean samples as well.
    assertThat(clean.measuredCount(LEFT_ANKLE)).isBetween(91 - 6, 91);
  }

  @Test
  void cleanTracksFollowTheTruthMoreCloselyThanTheModel() {
    SyntheticRunner runner = new SyntheticRunner(60, 4, 150, 3, 4);
    KeypointTracks raw = runner.tracks();
    KeypointTracks clean = raw.clean(C);
    for (BodyLandmark l : List.of(LEFT_KNEE, LEFT_ANKLE, LEFT_WRIST, NOSE)) {
      assertThat(rmsError(clean, runner, l)).as(l.id()).isLessThan(0.6 * rmsError(raw, runner, l));
    }
  }

  private static double rmsError(KeypointTracks tracks, SyntheticRunner runner, BodyLandmark l) {
    double sum = 0;
    for (int i = 0; i < tracks.size(); i++) {
      double dx = tracks.x(l).value(i) - runner.truth(l, i)[0];
      double dy = tracks.y(l).value(i) - runner.truth(l, i)[1];
      sum += dx * dx + dy * dy;
    }
    return Math.sqrt(sum / tracks.size());
  }

  @Test
  void aSeriesWithoutFramesOrPosesCleansToNothing() {
    assertThat(new SyntheticRunner(30, 0, 0, 0, 5).tracks().clean(C).size()).isZero();
    KeypointTracks none = new SyntheticRunner(30, 1, 0, 0, 5).lose(0, 30).tracks().clean(C);
    assertThat(IntStream.range(0, none.size()).filter(i -> !none.x(NOSE).isMissing(i))).isEmpty();
    assertThat(none.measuredCount(NOSE)).isZero();
  }
}
