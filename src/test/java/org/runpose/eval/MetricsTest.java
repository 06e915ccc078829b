package org.runpose.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runpose.Severity;
import org.runpose.gait.Side;
import org.runpose.posture.AnalysisConfig;

class MetricsTest {

  private static final double FPS = 30;

  @Test
  void medianAndPercentilesInterpolateBetweenOrderStatistics() {
    double[] v = {4, 1, 3, 2};
    assertThat(Metrics.median(v)).isEqualTo(2.5);
    assertThat(Metrics.percentile(v, 90)).isCloseTo(3.7, within(1e-12)); // 1 + 0.9 * 3 = 3.7th smallest of 1..4
    assertThat(Metrics.percentile(new double[] {5}, 90)).isEqualTo(5);
    assertThat(Metrics.median(new double[] {1, Double.NaN, 3, 2})).isEqualTo(2);
    assertThat(Metrics.median(new double[0])).isNull();
    assertThat(Metrics.median(List.of(7.0, 1.0, 4.0))).isEqualTo(4);
  }

  @Test
  void correlationNeedsThreePairsThatVary() {
    assertThat(Metrics.pearson(new double[] {0, 10, 20}, new double[] {1, 2, 3})).isCloseTo(1, within(1e-12));
    assertThat(Metrics.pearson(new double[] {0, 10, 20}, new double[] {3, 2, 1})).isCloseTo(-1, within(1e-12));
    assertThat(Metrics.pearson(new double[] {0, 10}, new double[] {1, 2})).isNull();
    assertThat(Metrics.pearson(new double[] {0, 0, 0}, new double[] {1, 2, 3})).isNull();
  }

  @Test
  void increasingComparesTheMedianOfEachTrueValue() {
    assertThat(Metrics.increasing(new double[] {0, 0, 0, 10, 20}, new double[] {3, 9, 2.5, 4, 5})).isTrue();
    assertThat(Metrics.increasing(new double[] {20, 0, 10}, new double[] {5, 3, 4})).isTrue();
    assertThat(Metrics.increasing(new double[] {0, 10, 20}, new double[] {3, 5, 4})).isFalse();
    assertThat(Metrics.increasing(new double[] {0, 10}, new double[] {3, 3})).isFalse();
    // The same spine through a camera looking down: a truth 0.4° off is the same level.
    assertThat(Metrics.increasing(new double[] {-0.42, 0, 0, 15}, new double[] {4.7, 2.8, 3.2, 6.5})).isTrue();
    assertThat(Metrics.increasing(new double[] {0, 0}, new double[] {1, 2})).isNull();
  }

  @Test
  void leanFlagIsGradedWithTheAnalysisThresholdsAndLeftOutNearThem() {
    AnalysisConfig c = AnalysisConfig.DEFAULT; // watch 8, excessive 15
    assertThat(Metrics.leanFlag(c, 5, Severity.OK)).isEqualTo(new FlagScore(Severity.OK, Severity.OK, true, true));
    assertThat(Metrics.leanFlag(c, 5, Severity.WATCH).correct()).isFalse();
    assertThat(Metrics.leanFlag(c, -5, Severity.OK).correct()).isTrue();
    assertThat(Metrics.leanFlag(c, 11.5, Severity.WATCH).correct()).isTrue();
    assertThat(Metrics.leanFlag(c, 18, Severity.EXCESSIVE).correct()).isTrue();
    assertThat(Metrics.leanFlag(c, 18, Severity.NOT_ASSESSED).correct()).isFalse();
    FlagScore nearWatch = Metrics.leanFlag(c, 10, Severity.OK);
    assertThat(nearWatch.truth()).isEqualTo(Severity.WATCH);
    assertThat(nearWatch.scored()).isFalse();
    assertThat(nearWatch.correct()).isNull();
    assertThat(Metrics.leanFlag(c, 13, Severity.WATCH).scored()).isFalse();
  }

  @Test
  void labelContactsAndToeOffsAreTheStartsAndEndsOfStanceRunsTimedBetweenFrames() {
    // frame:            0      1      2     3     4     5     6     7      8
    List<ClipLabels.Frame> frames = frames(Side.RIGHT, Side.RIGHT, null, null, Side.LEFT, Side.LEFT, Side.RIGHT,
        null, Side.RIGHT);
    assertThat(Metrics.labelContacts(frames)).containsExactly(
        new FootTime(Side.LEFT, midway(3, 4)), new FootTime(Side.RIGHT, midway(5, 6)),
        new FootTime(Side.RIGHT, midway(7, 8)));
    assertThat(Metrics.labelToeOffs(frames)).containsExactly(
        new FootTime(Side.RIGHT, midway(1, 2)), new FootTime(Side.LEFT, midway(5, 6)),
        new FootTime(Side.RIGHT, midway(6, 7)));
  }

  @Test
  void eachTrueContactMatchesTheNearestMeasuredOneOfTheSameFoot() {
    double stride = 20 / FPS;
    List<FootTime> truth = List.of(new FootTime(Side.RIGHT, 4 / FPS), new FootTime(Side.LEFT, 10 / FPS),
        new FootTime(Side.RIGHT, 20 / FPS), new FootTime(Side.LEFT, 30 / FPS), new FootTime(Side.RIGHT, 40 / FPS),
        new FootTime(Side.LEFT, 50 / FPS));
    List<FootTime> measured = List.of(
        new FootTime(Side.LEFT, 11 / FPS), // 1 frame late
        new FootTime(Side.RIGHT, 19.5 / FPS), new FootTime(Side.LEFT, 19.8 / FPS), // the left one is not a match
        new FootTime(Side.LEFT, 27 / FPS), new FootTime(Side.LEFT, 28.5 / FPS), // the nearer of the two
        new FootTime(Side.RIGHT, 52 / FPS)); // 12 frames off: beyond half a stride, so the true one was missed
    // The clip's last frame is 53: contacts at 4 and 50 are within a quarter stride (5 frames) of its ends.
    ContactTiming t = Metrics.matchContacts(truth, measured, stride, 0, 53 / FPS, FPS);
    assertThat(t.contacts()).extracting(ContactTiming.Match::side)
        .containsExactly(Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT, Side.RIGHT, Side.LEFT);
    assertThat(t.contacts()).extracting(ContactTiming.Match::atClipEnd)
        .containsExactly(true, false, false, false, false, true);
    assertThat(t.contacts().get(1).trueFrame()).isCloseTo(10, within(1e-9));
    assertThat(t.contacts().get(0).errorFrames()).isNull();
    assertThat(t.contacts().get(1).errorFrames()).isCloseTo(1, within(1e-9));
    assertThat(t.contacts().get(2).errorFrames()).isCloseTo(-0.5, within(1e-9));
    assertThat(t.contacts().get(3).errorFrames()).isCloseTo(-1.5, within(1e-9));
    assertThat(t.contacts().get(4).errorFrames()).isNull();
    assertThat(t.contacts().get(5).errorFrames()).isNull();
    assertThat(t.scored()).isEqualTo(4);
    assertThat(t.matched()).isEqualTo(3);
    assertThat(t.missed()).isEqualTo(1);
    assertThat(t.medianAbsErrorFrames()).isCloseTo(1, within(1e-9));
    assertThat(t.maxAbsErrorFrames()).isCloseTo(1.5, within(1e-9));
  }

  @Test
  void pooledTimingsKeepEveryClipsContacts() {
    ContactTiming all = ContactTiming.pool(List.of(
        new ContactTiming(List.of(match(false, 1.0), match(false, -2.0), match(false, null), match(true, 9.0))),
        new ContactTiming(List.of(match(false, 0.5), match(false, 0.25), match(true, null)))));
    assertThat(all.contacts()).hasSize(7);
    assertThat(all.scored()).isEqualTo(5);
    assertThat(all.missed()).isEqualTo(1);
    assertThat(all.maxAbsErrorFrames()).isEqualTo(2);
    assertThat(all.medianAbsErrorFrames()).isEqualTo(0.75);
    ContactTiming none = new ContactTiming(List.of(match(false, null)));
    assertThat(none.medianAbsErrorFrames()).isNull();
    assertThat(none.maxAbsErrorFrames()).isNull();
  }

  private static ContactTiming.Match match(boolean atClipEnd, Double errorFrames) {
    return new ContactTiming.Match(Side.LEFT, 10, atClipEnd, errorFrames);
  }

  private static double midway(int frameBefore, int frame) {
    return (frameBefore / FPS + frame / FPS) / 2;
  }

  private static List<ClipLabels.Frame> frames(Side... stances) {
    List<ClipLabels.Frame> frames = new ArrayList<>();
    for (int i = 0; i < stances.length; i++) {
      frames.add(new ClipLabels.Frame(i, i / FPS, stances[i], Map.of()));
    }
    return frames;
  }
}
