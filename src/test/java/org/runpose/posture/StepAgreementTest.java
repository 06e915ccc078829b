package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.gait.Side;

class StepAgreementTest {

  /** Steps with the given foot strike angles, a steady knee at contact and an overstride of 0.1 leg lengths. */
  private static List<StepMetrics> steps(double... footStrikeDeg) {
    List<StepMetrics> out = new ArrayList<>();
    for (int i = 0; i < footStrikeDeg.length; i++) {
      out.add(new StepMetrics(i + 1, i % 2 == 0 ? Side.LEFT : Side.RIGHT, 0.35 * i, 0.35 * i + 0.25, 0.35 * (i + 1),
          250, 100, 5.0, 5.0, 5.0, 0.1 + 0.01 * (i % 2), 18.0 + i % 3, 45.0, 0.1, null, 10.0, footStrikeDeg[i], 5.0,
          5.0));
    }
    return out;
  }

  @Test
  void theMediansIntervalComesFromTheStepsRobustSpread() {
    // Median 2, absolute deviations 2, 1, 0, 1, 2: MAD 1.
    assertThat(StepAgreement.medianHalfInterval(new double[] {4, 0, 3, 1, 2}))
        .isCloseTo(1.96 * 1.2533 * 1.4826 / Math.sqrt(5), within(1e-9));
    // One wild step does not move it: the median and the MAD ignore it.
    assertThat(StepAgreement.medianHalfInterval(new double[] {4, 0, 3, 1, 2, 2, 60}))
        .isLessThan(StepAgreement.medianHalfInterval(new double[] {4, 0, 3, 1, 2}));
  }

  @Test
  void stepsThatAgreeKeepTheirAngles() {
    List<StepMetrics> steady = steps(9, 11, 8, 12, 10, 10, 9, 11);
    List<String> notes = new ArrayList<>();

    assertThat(StepAgreement.judged(steady, notes)).isSameAs(steady);
    assertThat(notes).isEmpty();
  }

  @Test
  void anAngleTheStepsDisagreeOnIsLeftOutOfEveryStepWithAReason() {
    // Foot strike angles scattered over 75°, as a small runner's feet under another program's skeleton read.
    List<StepMetrics> scattered = steps(18.4, 60, 9.3, 22.8, -15, 40);
    List<String> notes = new ArrayList<>();

    List<StepMetrics> judged = StepAgreement.judged(scattered, notes);

    assertThat(judged).allMatch(s -> s.footStrikeDeg() == null);
    assertThat(judged).extracting(StepMetrics::kneeFlexionContactDeg)
        .containsExactlyElementsOf(scattered.stream().map(StepMetrics::kneeFlexionContactDeg).toList());
    assertThat(judged).extracting(StepMetrics::overstride)
        .containsExactlyElementsOf(scattered.stream().map(StepMetrics::overstride).toList());
    assertThat(notes).singleElement().asString()
        .startsWith("The foot strike angle is not given: its 6 steps read from -15° to 60°")
        .contains("more than the " + DetectableChange.FOOT_STRIKE.written());
  }

  @Test
  void moreStepsMakeTheSameScatterAMedianToTrust() {
    double[] six = {0, 30, 5, 25, 10, 20};
    double[] many = new double[60];
    for (int i = 0; i < many.length; i++) {
      many[i] = six[i % six.length];
    }

    assertThat(StepAgreement.judged(steps(six), new ArrayList<>())).allMatch(s -> s.footStrikeDeg() == null);
    assertThat(StepAgreement.judged(steps(many), new ArrayList<>())).allMatch(s -> s.footStrikeDeg() != null);
  }

  @Test
  void anOverstrideTheStepsDisagreeOnIsWrittenInPointsOfLegLength() {
    List<StepMetrics> steps = new ArrayList<>();
    double[] overstride = {-0.05, 0.17};
    for (int i = 0; i < overstride.length; i++) {
      steps.add(new StepMetrics(i + 1, Side.LEFT, i, i + 0.25, i + 0.35, 250, 100, 5.0, 5.0, 5.0, overstride[i], null,
          null, 0.1, null, null, null, null, 5.0));
    }
    List<String> notes = new ArrayList<>();

    assertThat(StepAgreement.judged(steps, notes)).allMatch(s -> s.overstride() == null);
    assertThat(notes).singleElement().asString()
        .startsWith("The overstride is not given: its 2 steps read from -5 to 17 points");
  }
}
