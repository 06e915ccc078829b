package org.runpose.gait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PeriodTest {

  private static double[] bounce(double periodSeconds, double fps, int samples, double noise, long seed) {
    Random random = new Random(seed);
    double[] x = new double[samples];
    for (int i = 0; i < samples; i++) {
      // A hip that bounces with a sharper dip at each landing than a sine: harmonics as in running.
      double phase = 2 * Math.PI * i / fps / periodSeconds;
      x[i] = 10 * Math.cos(phase) + 3 * Math.cos(2 * phase) + noise * random.nextGaussian();
    }
    return x;
  }

  private static double[] times(int samples, double fps) {
    double[] t = new double[samples];
    for (int i = 0; i < samples; i++) {
      t[i] = i / fps;
    }
    return t;
  }

  @Test
  void findsTheStepPeriodBetweenFrames() {
    double[] hips = bounce(60.0 / 176, 30, 90, 0.5, 1);
    assertThat(Period.seconds(times(90, 30), hips, 0.22, 0.6)).isCloseTo(60.0 / 176, within(0.004));
  }

  @Test
  void aGapInTheSignalDoesNotChangeIt() {
    double[] hips = bounce(0.32, 60, 180, 0.5, 2);
    for (int i = 70; i < 85; i++) {
      hips[i] = Double.NaN;
    }
    assertThat(Period.seconds(times(180, 60), hips, 0.22, 0.6)).isCloseTo(0.32, within(0.004));
  }

  @Test
  void noiseHasNoPeriod() {
    double[] noise = bounce(0.3, 30, 90, 0, 3);
    Random random = new Random(4);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = random.nextGaussian();
    }
    assertThat(Period.seconds(times(90, 30), noise, 0.22, 0.6)).isNull();
  }

  @Test
  void tooShortASignalHasNoPeriod() {
    assertThat(Period.seconds(times(12, 30), bounce(0.34, 30, 12, 0, 5), 0.22, 0.6)).isNull();
  }
}
