package org.runpose.gait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StepPeriodTest {

  private static double[] times(int n, double fps) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i / fps;
    }
    return t;
  }

  /** A signal repeating every {@code period} seconds, with a second harmonic as a runner's hips have. */
  private static double[] wave(double[] t, double period) {
    double[] x = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      double phase = 2 * Math.PI * t[i] / period;
      x[i] = 10 * Math.cos(phase) + 3 * Math.cos(2 * phase);
    }
    return x;
  }

  @Test
  void hipsOnceAStepAndFeetOnceAStrideAgree() {
    double[] t = times(150, 30);
    StepPeriod p = StepPeriod.of(t, wave(t, 0.34), wave(t, 0.68));
    assertThat(p.seconds()).isCloseTo(0.34, within(0.01));
  }

  @Test
  void slowedPlaybackIsFoundOverTheWholeRange() {
    // Ten times slowed: a step of 3.4 s of video.
    double[] t = times(900, 30);
    StepPeriod p = StepPeriod.of(t, wave(t, 3.4), wave(t, 6.8));
    assertThat(p.seconds()).isCloseTo(3.4, within(0.05));
  }

  @Test
  void hipsThatRiseOnceAStrideGiveHalfTheFeetsStride() {
    double[] t = times(150, 30);
    StepPeriod p = StepPeriod.of(t, wave(t, 0.68), wave(t, 0.68));
    assertThat(p.seconds()).isCloseTo(0.34, within(0.01));
  }

  @Test
  void hipsThatRepeatMoreSlowlyThanAStrideFollowTheCameraNotTheGait() {
    // A camera that tilts up and down every 6 s as it follows a walker whose feet pass each other every 1.6 s.
    double[] t = times(400, 30);
    StepPeriod p = StepPeriod.of(t, wave(t, 6), wave(t, 1.6));
    assertThat(p.hipStepSeconds()).isCloseTo(6, within(0.1));
    assertThat(p.seconds()).isCloseTo(0.8, within(0.02));
  }

  @Test
  void withoutRepeatingHipsTheFeetAloneGiveTheStep() {
    double[] t = times(150, 30);
    double[] flat = new double[t.length];
    assertThat(new StepPeriod(null, 0.7).seconds()).isCloseTo(0.35, within(1e-9));
    assertThat(StepPeriod.of(t, flat, wave(t, 0.7)).hipStepSeconds()).isNull();
  }

  /**
   * Feet passing each other every {@code stride} seconds, the step of the left foot ahead {@code leftReach} times as
   * long as the right's, as a pose model that exchanges the legs at random (seeded) a third of the frames sees them.
   */
  private static double[] feetExchanged(double[] t, double stride, double leftReach) {
    java.util.Random random = new java.util.Random(7);
    double[] x = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      double apart = 40 * Math.sin(2 * Math.PI * t[i] / stride);
      x[i] = (apart > 0 ? leftReach * apart : apart) * (random.nextInt(3) == 0 ? -1 : 1);
    }
    return x;
  }

  @Test
  void legsExchangedAtRandomHideTheFeetsStrideButNotHowFarApartTheyAre() {
    double[] t = times(180, 30);
    double[] flat = new double[t.length];
    double[] feet = feetExchanged(t, 0.97, 1);
    assertThat(Period.seconds(t, feet, 0.4, 16)).isNull();
    assertThat(StepPeriod.of(t, flat, feet).seconds()).isCloseTo(0.485, within(0.02));
    // Where the hips repeat, they set the step alone, as before: the distance is the last resort.
    assertThat(StepPeriod.of(t, wave(t, 0.485), feet).feetStrideSeconds()).isNull();
  }

  @Test
  void feetApartByStepsOfTwoLengthsGiveTheirStrideNotTwice() {
    // One leg reaching 30 % further: the distance repeats best once a stride, and a step later it is alike again.
    double[] t = times(180, 30);
    double[] feet = feetExchanged(t, 0.97, 1.3);
    assertThat(StepPeriod.strideFromFeetDistance(t, feet)).isCloseTo(0.97, within(0.04));
  }

  @Test
  void theCadenceIsCountedByTheFeetWhereTheyAgreeWithTheHips() {
    // Hips disturbed by a following camera read 4 % fast; the feet's stride is the finer measure.
    assertThat(new StepPeriod(0.3083, 0.643).cadenceSeconds()).isEqualTo(0.3215, within(1e-12));
    // Feet whose stride is neither about two of the hips' periods nor one or less are not the step: the hips'
    // period stands.
    assertThat(new StepPeriod(0.34, 0.5).cadenceSeconds()).isEqualTo(0.34);
    assertThat(new StepPeriod(0.34, null).cadenceSeconds()).isEqualTo(0.34);
    assertThat(new StepPeriod(null, 0.7).cadenceSeconds()).isEqualTo(0.35, within(1e-12));
    assertThat(new StepPeriod(null, null).cadenceSeconds()).isNull();
  }

  @Test
  void hipsThatRepeatFasterThanTheStepsAreNotTheStep() {
    // A slouched walker whose hips bob at 0.24 s while the feet pass each other every 1.18 s: the hips' period would
    // make a real-time walk look sped up.
    assertThat(new StepPeriod(0.24, 1.183).seconds()).isEqualTo(0.5915, within(1e-12));
    // Within the agreement the hips' own period stands.
    assertThat(new StepPeriod(0.34, 0.74).seconds()).isEqualTo(0.34);
  }
}
