package org.runpose.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HampelFilterTest {

  private static final double HALF_WINDOW_SECONDS = SignalConfig.DEFAULT.hampelWindowSeconds();
  private static final double SIGMAS = SignalConfig.DEFAULT.hampelSigmas();

  private static Track noisyStride(double[] t, double noise, long seed) {
    Random random = new Random(seed);
    double[] x = Signals.sample(t, Signals::stride);
    for (int i = 0; i < x.length; i++) {
      x[i] += noise * random.nextGaussian();
    }
    return new Track(t, x);
  }

  private static int[] missing(Track track) {
    return IntStream.range(0, track.size()).filter(track::isMissing).toArray();
  }

  /** Indices rejected from ten seconds of a jittery stride with {@code by} added to {@code frames} samples. */
  private static int[] rejectedWithGlitch(double fps, double atSeconds, int frames, double by, long seed) {
    double[] t = Signals.uniformTimes(fps, 10);
    double[] x = noisyStride(t, 0.01, seed).values();
    int from = (int) Math.round(atSeconds * fps);
    for (int i = from; i < from + frames; i++) {
      x[i] += by;
    }
    return missing(HampelFilter.rejectOutliers(new Track(t, x), HALF_WINDOW_SECONDS, SIGMAS));
  }

  private static int[] indices(double fps, double atSeconds, int frames) {
    int from = (int) Math.round(atSeconds * fps);
    return IntStream.range(from, from + frames).toArray();
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void removesASpikeAtATurnOfTheStrideAndFewOthers(double fps) {
    assertThat(rejectedWithGlitch(fps, 1.2, 1, 1, 1))
        .contains(indices(fps, 1.2, 1))
        .hasSizeLessThan(1 + (int) (10 * fps / 100));
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void removesAGlitchLastingTheSameTimeAtEitherFrameRateWhereTheStrideIsFastest(double fps) {
    // 1/15 s: two frames at 30 fps, four at 60, where the unit sine climbs by 0.6 in that time.
    int frames = (int) Math.round(fps / 15);
    assertThat(rejectedWithGlitch(fps, 1.32, frames, -0.8, 2))
        .contains(indices(fps, 1.32, frames))
        .hasSizeLessThan(frames + (int) (10 * fps / 100));
  }

  @Test
  void atHighFrameRatesTheTrendThinsItsWindowAndStillCatchesAGlitch() {
    assertThat(rejectedWithGlitch(240, 1.32, 8, 0.8, 11))
        .contains(indices(240, 1.32, 8))
        .hasSizeLessThan(8 + 10 * 240 / 100);
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void rejectsFewSamplesOfAJitteryStride(double fps) {
    Track in = noisyStride(Signals.uniformTimes(fps, 10), 0.01, 3);
    assertThat(missing(HampelFilter.rejectOutliers(in, HALF_WINDOW_SECONDS, SIGMAS)).length)
        .isLessThan(in.size() / 200);
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void rejectsFewSamplesOfAStillPointsNoise(double fps) {
    double[] t = Signals.uniformTimes(fps, 30);
    Random random = new Random(10);
    Track in = new Track(t, Signals.sample(t, s -> 200 + random.nextGaussian()));
    assertThat(missing(HampelFilter.rejectOutliers(in, HALF_WINDOW_SECONDS, SIGMAS)).length)
        .isLessThan(in.size() / 70);
  }

  /**
   * A heel seen from the side on a treadmill, in pixels: carried back by the belt at a steady speed through the
   * stance (40 % of the stride), then swung forward three times as fast, turning sharply at landing and take-off.
   */
  private static Track heel(double fps, long seed) {
    double[] t = Signals.uniformTimes(fps, 10);
    Random random = new Random(seed);
    double[] x = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      double phase = (t[i] * Signals.STRIDE_HZ) % 1;
      x[i] = (phase < 0.4 ? 100 * (1 - phase / 0.4) : 100 * (phase - 0.4) / 0.6) + 0.5 * random.nextGaussian();
    }
    return new Track(t, x);
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void keepsTheSharpTurnsOfAHeelAtLandingAndTakeOff(double fps) {
    Track in = heel(fps, 6);
    assertThat(missing(HampelFilter.rejectOutliers(in, HALF_WINDOW_SECONDS, SIGMAS)).length)
        .isLessThan(in.size() / 50);
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void stillRemovesAGlitchOfAHeelAtItsTurn(double fps) {
    double[] x = heel(fps, 7).values();
    // Landing: the heel is furthest forward at the start of every stride.
    int landing = (int) Math.round(fps / Signals.STRIDE_HZ * 5);
    int frames = (int) Math.round(fps / 30);
    for (int i = landing; i < landing + frames; i++) {
      x[i] += 30;
    }
    Track in = new Track(Signals.uniformTimes(fps, 10), x);
    assertThat(missing(HampelFilter.rejectOutliers(in, HALF_WINDOW_SECONDS, SIGMAS)))
        .contains(indices(fps, landing / fps, frames));
  }

  @Test
  void missingSamplesStayMissingAndOutOfTheWindows() {
    double nan = Double.NaN;
    double[] t = {0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4};
    double[] x = {1.01, nan, 1.19, 1.31, 9, 1.49, nan, 1.71, 1.79};
    Track out = HampelFilter.rejectOutliers(new Track(t, x), 0.15, 3);
    assertThat(out.values()).containsExactly(1.01, nan, 1.19, 1.31, nan, 1.49, nan, 1.71, 1.79);
  }

  @Test
  void aSampleWithFewerThanFourOthersInItsWindowIsNotJudged() {
    double nan = Double.NaN;
    double[] x = {1, nan, 50, nan, 1, 2};
    assertThat(HampelFilter.rejectOutliers(new Track(new double[] {0, 1, 2, 3, 4, 5}, x), 2, 3).values())
        .containsExactly(x);
  }

  @Test
  void agreesWithABruteForceHampelAtVariableFrameRate() {
    Random random = new Random(4);
    double[] t = Signals.jitteredTimes(30, 20, 0.3, random);
    double[] x = noisyStride(t, 0.05, 5).values();
    for (int i = 0; i < x.length; i++) {
      double u = random.nextDouble();
      x[i] = u < 0.05 ? Double.NaN : u < 0.1 ? x[i] + 3 * random.nextGaussian() : x[i];
    }
    Track out = HampelFilter.rejectOutliers(new Track(t, x), HALF_WINDOW_SECONDS, SIGMAS);
    Track reference = new Track(t, bruteForce(t, x, HALF_WINDOW_SECONDS, SIGMAS));
    assertThat(missing(out)).containsExactly(missing(reference));
    assertThat(missing(out).length).isGreaterThan(missing(new Track(t, x)).length + x.length / 40);
  }

  /** The definition, computed from scratch for every sample, pass after pass. */
  private static double[] bruteForce(double[] t, double[] x, double half, double sigmas) {
    double[] out = x.clone();
    for (int pass = 0; pass < 3; pass++) {
      double[] in = out.clone();
      double[] residuals = IntStream.range(0, in.length).mapToDouble(i -> residual(t, in, i, half)).toArray();
      for (int i = 0; i < in.length; i++) {
        final int centre = i;
        double[] spread =
            IntStream.range(0, in.length)
                .filter(j -> Math.abs(t[j] - t[centre]) <= 5 * half + 1e-6 && !Double.isNaN(residuals[j]))
                .mapToDouble(j -> Math.abs(residuals[j]))
                .toArray();
        if (spread.length < 4) {
          continue;
        }
        double sd = 1.4826 * median(spread);
        double limit = sigmas * sd;
        double straightness = Math.min(2, sigmas) * sd;
        if (Math.abs(residuals[i]) > limit && !continuesASide(t, in, i, -1, half, limit, straightness)
            && !continuesASide(t, in, i, 1, half, limit, straightness)) {
          out[i] = Double.NaN;
        }
      }
    }
    return out;
  }

  /** Distance of sample {@code i} from the repeated-median line of the other samples of its window. */
  private static double residual(double[] t, double[] x, int i, double half) {
    int[] others =
        IntStream.range(0, x.length)
            .filter(j -> j != i && Math.abs(t[j] - t[i]) <= half + 1e-6 && !Double.isNaN(x[j]))
            .toArray();
    boolean bothSides =
        Arrays.stream(others).anyMatch(j -> t[j] - t[i] <= -half / 2)
            && Arrays.stream(others).anyMatch(j -> t[j] - t[i] >= half / 2);
    if (Double.isNaN(x[i]) || others.length < 4 || !bothSides) {
      return Double.NaN;
    }
    double[] line = line(t, x, others);
    return x[i] - line[0] - line[1] * t[i];
  }

  /**
   * Whether the samples within the half-window on one side of {@code i} (3 at least) lie within {@code straightness}
   * of their repeated-median line, and sample {@code i} within {@code limit} of it.
   */
  private static boolean continuesASide(
      double[] t, double[] x, int i, int side, double half, double limit, double straightness) {
    int[] run =
        IntStream.range(0, x.length)
            .filter(j -> (j - i) * side > 0 && Math.abs(t[j] - t[i]) <= half + 1e-6 && !Double.isNaN(x[j]))
            .toArray();
    if (run.length < 3) {
      return false;
    }
    double[] line = line(t, x, run);
    return Arrays.stream(run).allMatch(j -> Math.abs(x[j] - line[0] - line[1] * t[j]) <= straightness)
        && Math.abs(x[i] - line[0] - line[1] * t[i]) <= limit;
  }

  /** Siegel's repeated-median line through the samples {@code at}: {intercept at t = 0, slope}. */
  private static double[] line(double[] t, double[] x, int[] at) {
    double slope =
        median(
            Arrays.stream(at)
                .mapToDouble(
                    j ->
                        median(
                            Arrays.stream(at)
                                .filter(k -> k != j)
                                .mapToDouble(k -> (x[k] - x[j]) / (t[k] - t[j]))
                                .toArray()))
                .toArray());
    return new double[] {median(Arrays.stream(at).mapToDouble(j -> x[j] - slope * t[j]).toArray()), slope};
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
