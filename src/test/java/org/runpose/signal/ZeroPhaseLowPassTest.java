package org.runpose.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.me.berndporr.iirj.Butterworth;

class ZeroPhaseLowPassTest {

  private static final SignalConfig C = SignalConfig.DEFAULT;

  private static Track lowPass(Track track) {
    return ZeroPhaseLowPass.filter(track, C.cutoffHz(), C.filterOrderPerPass(), C.padSeconds());
  }

  /** Gain of the forward-backward filter at {@code hz}: the squared magnitude of one pass, from iirj itself. */
  private static double zeroPhaseGain(double hz, double rateHz) {
    Butterworth b = new Butterworth();
    b.lowPass(C.filterOrderPerPass(), rateHz, C.cutoffHz());
    double m = b.response(hz / rateHz).abs();
    return m * m;
  }

  /** Largest |filtered - gain * input| over samples with times in {@code [from, to]}. */
  private static double maxError(Track filtered, Track input, double gain, double from, double to) {
    double max = 0;
    for (int i = 0; i < filtered.size(); i++) {
      double t = filtered.timeSeconds(i);
      if (t >= from && t <= to) {
        max = Math.max(max, Math.abs(filtered.value(i) - gain * input.value(i)));
      }
    }
    return max;
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void passesAStrideWithItsGainNoLagAndUndistortedEnds(double fps) {
    Track in = Signals.strideTrack(Signals.uniformTimes(fps, 4));
    double gain = zeroPhaseGain(Signals.STRIDE_HZ, fps);
    Track out = lowPass(in);

    assertThat(gain).isCloseTo(1, within(0.01));
    assertThat(maxError(out, in, gain, 0.5, 3.5)).isLessThan(1e-3);
    assertThat(maxError(out, in, gain, 0, 4)).isLessThan(0.03);
  }

  @Test
  void paddingKeepsTheEndsThatAPlainForwardBackwardPassPullsTowardZero() {
    Track in = Signals.strideTrack(Signals.uniformTimes(30, 4));
    double gain = zeroPhaseGain(Signals.STRIDE_HZ, 30);
    double[] plain = in.values();
    for (int pass = 0; pass < 2; pass++) {
      Butterworth b = new Butterworth();
      b.lowPass(C.filterOrderPerPass(), 30, C.cutoffHz());
      for (int i = 0; i < plain.length; i++) {
        plain[i] = b.filter(plain[i]);
      }
      for (int i = 0, j = plain.length - 1; i < j; i++, j--) {
        double tmp = plain[i];
        plain[i] = plain[j];
        plain[j] = tmp;
      }
    }
    assertThat(maxError(in.withValues(plain), in, gain, 0.5, 3.5)).isLessThan(1e-3);
    assertThat(maxError(in.withValues(plain), in, gain, 0, 4)).isGreaterThan(0.3);
    assertThat(maxError(lowPass(in), in, gain, 0, 4)).isLessThan(0.03);
  }

  @Test
  void aStrideFilteredAt30And60FpsHasTheSameAmplitudeAndEnds() {
    Track at30 = lowPass(Signals.strideTrack(Signals.uniformTimes(30, 4)));
    Track at60 = lowPass(Signals.strideTrack(Signals.uniformTimes(60, 4)));
    assertThat(amplitude(at60)).isCloseTo(amplitude(at30), within(0.01 * amplitude(at30)));
    for (int i = 0; i < at30.size(); i++) {
      assertThat(at60.value(2 * i)).isCloseTo(at30.value(i), within(0.03));
    }
  }

  private static double amplitude(Track t) {
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (double v : t.values()) {
      max = Math.max(max, v);
      min = Math.min(min, v);
    }
    return (max - min) / 2;
  }

  @Test
  void keepsAStrideAndRemovesJitterAsTheFrequencyResponseSays() {
    // The filter's own response is the reference: 1.2 Hz passes, 12 Hz is cut to its squared-magnitude gain.
    double fps = 60;
    double[] t = Signals.uniformTimes(fps, 5);
    Track in =
        new Track(t, Signals.sample(t, s -> Math.sin(2 * Math.PI * 1.2 * s) + 0.3 * Math.cos(2 * Math.PI * 12 * s)));
    Track out = lowPass(in);
    double slow = zeroPhaseGain(1.2, fps);
    double fast = zeroPhaseGain(12, fps);
    assertThat(fast).isLessThan(0.07);
    for (int i = 0; i < t.length; i++) {
      if (t[i] > 1 && t[i] < 4) {
        double expected = slow * Math.sin(2 * Math.PI * 1.2 * t[i]) + fast * 0.3 * Math.cos(2 * Math.PI * 12 * t[i]);
        assertThat(out.value(i)).isCloseTo(expected, within(1e-3));
      }
    }
  }

  @Test
  void variableFrameRateFiltersLikeUniform() {
    double[] t = Signals.jitteredTimes(30, 4, 0.3, new Random(7));
    Track in = Signals.strideTrack(t);
    Track out = lowPass(in);
    assertThat(maxError(out, in, zeroPhaseGain(Signals.STRIDE_HZ, 30), 0, 4)).isLessThan(0.03);
  }

  @Test
  void aDroppedFrameIsBridgedByTheResampling() {
    double[] all = Signals.uniformTimes(30, 3);
    double[] t = new double[all.length - 1];
    System.arraycopy(all, 0, t, 0, 40);
    System.arraycopy(all, 41, t, 40, all.length - 41);
    Track in = Signals.strideTrack(t);
    assertThat(maxError(lowPass(in), in, zeroPhaseGain(Signals.STRIDE_HZ, 30), 0, 3)).isLessThan(0.03);
  }

  @Test
  void missingSamplesSplitTheTrackIntoRunsFilteredAlone() {
    double[] t = Signals.uniformTimes(30, 4);
    double[] x = Signals.sample(t, Signals::stride);
    for (int i = 50; i < 60; i++) {
      x[i] = Double.NaN;
    }
    Track out = lowPass(new Track(t, x));
    double[] firstTimes = Arrays.copyOfRange(t, 0, 50);
    Track first = lowPass(new Track(firstTimes, Arrays.copyOfRange(x, 0, 50)));
    for (int i = 0; i < t.length; i++) {
      if (i < 50) {
        assertThat(out.value(i)).isEqualTo(first.value(i));
      } else if (i < 60) {
        assertThat(out.isMissing(i)).isTrue();
      } else {
        assertThat(out.value(i)).isCloseTo(x[i], within(0.03));
      }
    }
  }

  @Test
  void runsShorterThanThePaddingKeepTheirValues() {
    double[] t = Signals.uniformTimes(30, 2);
    double[] x = new Random(8).doubles(t.length).toArray();
    x[10] = Double.NaN;
    x[20] = Double.NaN;
    Track out = lowPass(new Track(t, x));
    assertThat(Arrays.copyOfRange(out.values(), 0, 21)).containsExactly(Arrays.copyOfRange(x, 0, 21));
    assertThat(out.value(40)).isNotEqualTo(x[40]);
  }

  @Test
  void aCutoffAtOrAboveNyquistLeavesTheTrackAlone() {
    double[] t = Signals.uniformTimes(10, 3);
    double[] x = new Random(9).doubles(t.length).toArray();
    assertThat(ZeroPhaseLowPass.filter(new Track(t, x), 5, 2, 0.5).values()).containsExactly(x);
  }

  @Test
  void aConstantStaysConstantToTheEnds() {
    double[] t = Signals.uniformTimes(30, 2);
    Track out = lowPass(new Track(t, Signals.sample(t, s -> 412.5)));
    for (double v : out.values()) {
      assertThat(v).isCloseTo(412.5, within(1e-9));
    }
  }
}
