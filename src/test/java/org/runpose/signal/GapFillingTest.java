package org.runpose.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GapFillingTest {

  private static final double NAN = Double.NaN;

  /** Removes the samples within {@code [fromSeconds, fromSeconds + seconds)}. */
  private static double[] withGap(double[] t, double[] x, double fromSeconds, double seconds) {
    double[] out = x.clone();
    for (int i = 0; i < t.length; i++) {
      if (t[i] >= fromSeconds - 1e-9 && t[i] < fromSeconds + seconds - 1e-9) {
        out[i] = NAN;
      }
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void fillsAFifthOfASecondButNotHalfASecondAtAnyFrameRate(double fps) {
    double[] t = Signals.uniformTimes(fps, 3);
    double[] x = Signals.sample(t, Signals::stride);
    double[] gaps = withGap(t, withGap(t, x, 0.5, 0.2), 1.5, 0.5);

    Track filled = GapFilling.fill(new Track(t, gaps), SignalConfig.DEFAULT.maxGapSeconds());

    for (int i = 0; i < t.length; i++) {
      if (t[i] >= 1.5 - 1e-9 && t[i] < 2 - 1e-9) {
        assertThat(filled.isMissing(i)).as("t=%s", t[i]).isTrue();
      } else {
        assertThat(filled.value(i)).as("t=%s", t[i]).isCloseTo(x[i], within(0.1));
      }
    }
  }

  @Test
  void followsTheCurveAcrossAPeakWhereAStraightLineWouldCutTheCorner() {
    double[] t = Signals.uniformTimes(30, 2);
    double[] x = Signals.sample(t, Signals::stride);
    int peak = 24;
    int before = peak - 4;
    int after = peak + 3;
    double[] gappy = x.clone();
    for (int i = before + 1; i < after; i++) {
      gappy[i] = NAN;
    }
    Track filled = GapFilling.fill(new Track(t, gappy), 0.25);
    double chordAtPeak = x[before] + (x[after] - x[before]) * (t[peak] - t[before]) / (t[after] - t[before]);

    double chordMiss = x[peak] - chordAtPeak;
    assertThat(x[peak]).isGreaterThan(0.99);
    assertThat(chordMiss).isGreaterThan(0.45);
    for (int i = before; i <= after; i++) {
      assertThat(filled.value(i)).isCloseTo(x[i], within(chordMiss / 3));
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void bridgesOverAStillPointsNoiseStayNearTheNoiseLevel(double fps) {
    Random random = new Random(12);
    double[] t = Signals.uniformTimes(fps, 1);
    int missing = (int) Math.floor(0.25 * fps) - 1;
    double sumSquares = 0;
    for (int trial = 0; trial < 500; trial++) {
      double[] x = Signals.sample(t, s -> random.nextGaussian());
      for (int i = 8; i < 8 + missing; i++) {
        x[i] = NAN;
      }
      Track filled = GapFilling.fill(new Track(t, x), 0.25);
      for (int i = 8; i < 8 + missing; i++) {
        sumSquares += filled.value(i) * filled.value(i);
      }
    }
    assertThat(Math.sqrt(sumSquares / (500 * missing))).isLessThan(1.2);
  }

  @Test
  void reproducesAParabolaExactlyAtVariableFrameRate() {
    double[] t = {0, 0.03, 0.07, 0.1, 0.14, 0.17, 0.2, 0.26, 0.3};
    double[] x = Signals.sample(t, s -> 3 * s * s - 2 * s + 1);
    double[] gappy = x.clone();
    gappy[3] = NAN;
    gappy[4] = NAN;
    gappy[5] = NAN;
    Track filled = GapFilling.fill(new Track(t, gappy), 0.25);
    for (int i = 0; i < t.length; i++) {
      assertThat(filled.value(i)).isCloseTo(x[i], within(1e-12));
    }
  }

  @Test
  void bridgesIsolatedSamplesWithAStraightLine() {
    double[] t = {0, 0.1, 0.2, 0.3, 0.4, 0.5};
    Track filled = GapFilling.fill(new Track(t, new double[] {NAN, 1, NAN, NAN, 4, NAN}), 0.3);
    assertThat(filled.values()).containsExactly(new double[] {NAN, 1, 2, 3, 4, NAN}, within(1e-12));
  }

  @Test
  void leavesLeadingAndTrailingGapsAndLongGapsMissing() {
    double[] t = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7};
    double[] x = {NAN, NAN, 1, NAN, NAN, NAN, 2, NAN};
    Track filled = GapFilling.fill(new Track(t, x), 0.35);
    assertThat(filled.values()).containsExactly(x);
  }

  @Test
  void aGapOfExactlyTheLimitIsFilledDespiteMicrosecondRounding() {
    double[] t = Signals.uniformTimes(30, 1);
    double[] x = Signals.sample(t, s -> 2 * s);
    double[] gappy = x.clone();
    for (int i = 4; i < 10; i++) {
      gappy[i] = NAN;
    }
    // 30 fps timestamps: samples 3 and 10 are 0.233333 s apart.
    Track filled = GapFilling.fill(new Track(t, gappy), t[10] - t[3]);
    assertThat(filled.values()).containsExactly(x, within(1e-9));
    assertThat(GapFilling.fill(new Track(t, gappy), t[10] - t[3] - 1e-5).isMissing(5)).isTrue();
  }

  @Test
  void zeroMaxGapFillsNothing() {
    double[] x = {1, NAN, 3};
    assertThat(GapFilling.fill(new Track(new double[] {0, 0.1, 0.2}, x), 0).values()).containsExactly(x);
  }
}
