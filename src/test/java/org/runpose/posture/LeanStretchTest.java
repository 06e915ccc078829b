package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runpose.Severity;
import org.runpose.gait.Side;

class LeanStretchTest {

  private static final double STEP_SECONDS = 0.35;

  /** Steps every 0.35 s whose lean over stance is each of {@code leans} in turn. */
  private static List<StepMetrics> steps(double... leans) {
    List<StepMetrics> out = new ArrayList<>();
    for (int i = 0; i < leans.length; i++) {
      double contact = STEP_SECONDS * i;
      out.add(new StepMetrics(i + 1, i % 2 == 0 ? Side.LEFT : Side.RIGHT, contact, contact + 0.25,
          contact + STEP_SECONDS, 250, 100, null, null, null, null, null, null, null, null, null, null, null,
          leans[i]));
    }
    return out;
  }

  /** {@code n} leans scattered about {@code level} by a standard deviation of {@code sd}, seeded. */
  private static double[] scattered(Random random, int n, double level, double sd) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = level + sd * random.nextGaussian();
    }
    return out;
  }

  private static double[] concat(double[]... parts) {
    return java.util.Arrays.stream(parts).flatMapToDouble(java.util.Arrays::stream).toArray();
  }

  @Test
  void aRunnerShownUprightThenBentThenCuedHasThreeStretches() {
    Random random = new Random(7);
    double[] leans = concat(scattered(random, 15, 1, 2.5), scattered(random, 13, 25, 3),
        scattered(random, 22, 10, 2.5));

    List<LeanStretch> stretches = LeanStretch.of(steps(leans), List.of(), AnalysisConfig.DEFAULT);

    assertThat(stretches).extracting(LeanStretch::steps).containsExactly(15, 13, 22);
    assertThat(stretches).extracting(LeanStretch::severity)
        .containsExactly(Severity.OK, Severity.EXCESSIVE, Severity.WATCH);
    assertThat(stretches.get(0).leanDeg()).isCloseTo(1, within(2.0));
    assertThat(stretches.get(1).leanDeg()).isCloseTo(25, within(2.0));
    assertThat(stretches.get(1).fromSeconds()).isCloseTo(15 * STEP_SECONDS, within(1e-9));
    assertThat(stretches.get(1).toSeconds()).isCloseTo(28 * STEP_SECONDS, within(1e-9));
  }

  @Test
  void aSteadyRunnerHoldsOneLevelAtTheScatterOfRealSteps() {
    // Steadily run real clips' steps scatter by 0.9-2.8° (robust SD) about their level.
    Random random = new Random(11);
    for (double sd : new double[] {1, 3, 5}) {
      for (int clip = 0; clip < 20; clip++) {
        assertThat(LeanStretch.of(steps(scattered(random, 60, 8, sd)), List.of(), AnalysisConfig.DEFAULT))
            .as("scatter %s°, clip %d", sd, clip).isEmpty();
      }
    }
  }

  @Test
  void neighbouringStretchesAlwaysLeanClearlyApart() {
    // Stretches split at different depths of the search can end up side by side with close medians; they are
    // joined again, so no two neighbours lie closer than the bar.
    Random random = new Random(5);
    for (int clip = 0; clip < 3000; clip++) {
      List<double[]> parts = new ArrayList<>();
      for (int s = 2 + random.nextInt(3); s > 0; s--) {
        parts.add(scattered(random, 5 + random.nextInt(11), -5 + 30 * random.nextDouble(),
            0.5 + 3.5 * random.nextDouble()));
      }
      List<LeanStretch> stretches = LeanStretch.of(steps(concat(parts.toArray(double[][]::new))), List.of(),
          AnalysisConfig.DEFAULT);
      for (int i = 1; i < stretches.size(); i++) {
        assertThat(Math.abs(stretches.get(i).leanDeg() - stretches.get(i - 1).leanDeg())).as("clip %d", clip)
            .isGreaterThanOrEqualTo(LeanStretch.MIN_CHANGE_DEG);
      }
    }
  }

  @Test
  void aStretchWhoseFramesSpreadFromUprightToExcessiveIsNoSteadyStretch() {
    double[] halves = concat(new double[10], java.util.stream.DoubleStream.generate(() -> 30).limit(10).toArray());
    List<FrameMetrics> steady = new ArrayList<>();
    List<FrameMetrics> rising = new ArrayList<>();
    for (int i = 0; i < 20 * 10; i++) {
      double t = i * STEP_SECONDS / 10;
      double lean = t < 10 * STEP_SECONDS ? 0 : 30;
      steady.add(new FrameMetrics(i, t, true, lean, null, null));
      // A start from the blocks: the trunk rises from 80° to upright over the first stretch.
      rising.add(new FrameMetrics(i, t, true, t < 10 * STEP_SECONDS ? 80 * (1 - t / (10 * STEP_SECONDS)) : 30,
          null, null));
    }
    assertThat(LeanStretch.of(steps(halves), steady, AnalysisConfig.DEFAULT)).hasSize(2);
    assertThat(LeanStretch.of(steps(halves), rising, AnalysisConfig.DEFAULT)).isEmpty();
  }

  @Test
  void aChangeSmallerThanTheBarOrTooShortIsNoStretch() {
    double[] small = concat(new double[10], java.util.stream.DoubleStream.generate(() -> 4.5).limit(10).toArray());
    assertThat(LeanStretch.of(steps(small), List.of(), AnalysisConfig.DEFAULT)).isEmpty();
    // Three steps are no stretch: among the seven a stretch holds at least, they are outnumbered.
    double[] brief = concat(new double[20], java.util.stream.DoubleStream.generate(() -> 20).limit(3).toArray());
    assertThat(LeanStretch.of(steps(brief), List.of(), AnalysisConfig.DEFAULT)).isEmpty();
  }

  @Test
  void aClearDifferenceWithinWildScatterIsNoStretch() {
    Random random = new Random(3);
    // Steps scattered by 12° (a trunk the pose model did not keep hold of): 6° between the halves is within it.
    double[] wild = concat(scattered(random, 8, 5, 12), scattered(random, 8, 11, 12));
    assertThat(LeanStretch.of(steps(wild), List.of(), AnalysisConfig.DEFAULT)).isEmpty();
  }

  @Test
  void stepsWithoutALeanAreLeftOut() {
    double[] halves = concat(new double[7], java.util.stream.DoubleStream.generate(() -> 12).limit(7).toArray());
    assertThat(LeanStretch.of(steps(halves), List.of(), AnalysisConfig.DEFAULT)).hasSize(2);

    List<StepMetrics> oneWithout = new ArrayList<>(steps(halves));
    StepMetrics s = oneWithout.get(3);
    oneWithout.set(3, new StepMetrics(s.number(), s.side(), s.contactSeconds(), s.toeOffSeconds(),
        s.nextContactSeconds(), s.stanceMs(), s.flightMs(), null, null, null, null, null, null, null, null, null, null,
        null, null));
    // Six steps with a lean before the change: too few for a stretch.
    assertThat(LeanStretch.of(oneWithout, List.of(), AnalysisConfig.DEFAULT)).isEmpty();
  }
}
