package org.runpose.gait;

import java.util.Arrays;

/**
 * The period of a repeating motion from its autocorrelation, e.g. the rise and fall of the hips once per step: a
 * contact the event detector missed does not lower a cadence taken from it, as it would a count of contacts.
 */
public final class Period {

  /** The autocorrelation peak must reach this for the motion to count as periodic. */
  private static final double MIN_CORRELATION = 0.5;
  /**
   * A shorter lag whose peak reaches this share of the best one is the period: two or three periods correlate
   * about as well as one, and the fundamental is the one wanted.
   */
  private static final double FUNDAMENTAL_SHARE = 0.85;

  private Period() {}

  /**
   * The period of a signal sampled at the given times (seconds, increasing, possibly unevenly: a variable frame
   * rate or dropped frames). The signal is first resampled onto an even grid at the median sampling interval, so the
   * period is measured in real time, not in samples.
   *
   * @param times sample times, seconds
   * @param signal one value per sample (NaN where unknown)
   * @param minSeconds shortest period looked for
   * @param maxSeconds longest period looked for; at least two periods must fit in the signal
   * @return the period in seconds, or null when the signal does not repeat clearly within the range
   */
  public static Double seconds(double[] times, double[] signal, double minSeconds, double maxSeconds) {
    double step = evenStep(times, signal);
    return step > 0 ? evenlySampled(resample(times, signal, step), step, minSeconds, maxSeconds) : null;
  }

  /** The even grid's interval for a signal: the median sampling interval; 0 with fewer than 3 samples. */
  private static double evenStep(double[] times, double[] signal) {
    if (times.length != signal.length) {
      throw new IllegalArgumentException("one time per sample: " + times.length + " vs " + signal.length);
    }
    return times.length < 3 ? 0 : medianInterval(times);
  }

  /**
   * How well a signal matches itself {@code lagSeconds} later: its autocorrelation at that lag (the nearest whole
   * sample), from -1 to 1, on the same even grid as {@link #seconds}; NaN when too little of it is known.
   */
  static double correlationAt(double[] times, double[] signal, double lagSeconds) {
    double step = evenStep(times, signal);
    if (!(step > 0)) {
      return Double.NaN;
    }
    double[] even = resample(times, signal, step);
    double mean = knownMean(even);
    int lag = (int) Math.round(lagSeconds / step);
    return Double.isFinite(mean) && lag > 0 && lag < even.length ? correlation(even, mean, lag) : Double.NaN;
  }

  /**
   * @param signal one value per sample (NaN where unknown), sampled every {@code sampleSeconds}
   * @return the period in seconds, or null when the signal does not repeat clearly within the range
   */
  static Double evenlySampled(double[] signal, double sampleSeconds, double minSeconds, double maxSeconds) {
    int minLag = Math.max(1, (int) Math.floor(minSeconds / sampleSeconds));
    int maxLag = (int) Math.ceil(maxSeconds / sampleSeconds);
    if (signal.length < 2 * maxLag + 1) {
      maxLag = (signal.length - 1) / 2;
    }
    if (maxLag <= minLag + 1) {
      return null;
    }
    double mean = knownMean(signal);
    if (Double.isNaN(mean)) {
      return null;
    }
    double[] r = new double[maxLag + 2];
    for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
      r[lag] = correlation(signal, mean, lag);
    }
    int best = -1;
    for (int lag = minLag; lag <= maxLag; lag++) {
      if (isPeak(r, lag) && r[lag] >= MIN_CORRELATION && (best < 0 || r[lag] > r[best])) {
        best = lag;
      }
    }
    if (best < 0) {
      return null;
    }
    for (int lag = minLag; lag < best; lag++) {
      if (isPeak(r, lag) && r[lag] >= FUNDAMENTAL_SHARE * r[best]) {
        best = lag;
        break;
      }
    }
    // A parabola through the peak and its neighbours places it between samples.
    double denominator = r[best - 1] - 2 * r[best] + r[best + 1];
    double offset = denominator < 0 ? 0.5 * (r[best - 1] - r[best + 1]) / denominator : 0;
    return (best + offset) * sampleSeconds;
  }

  /** Mean of the known samples; NaN when fewer than half of them are known, too few to tell a period by. */
  private static double knownMean(double[] signal) {
    double[] known = Arrays.stream(signal).filter(Double::isFinite).toArray();
    return known.length < signal.length / 2 || known.length == 0 ? Double.NaN : Arrays.stream(known).average()
        .orElseThrow();
  }

  private static boolean isPeak(double[] r, int lag) {
    return r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1];
  }

  private static double medianInterval(double[] times) {
    double[] d = new double[times.length - 1];
    for (int i = 1; i < times.length; i++) {
      d[i - 1] = times[i] - times[i - 1];
    }
    Arrays.sort(d);
    return d[d.length / 2];
  }

  /** Linear interpolation onto {@code t0 + k * step}; NaN where either neighbour is unknown or across a hole. */
  private static double[] resample(double[] times, double[] signal, double step) {
    int count = (int) Math.floor((times[times.length - 1] - times[0]) / step + 1e-9) + 1;
    double[] out = new double[count];
    int j = 0;
    for (int k = 0; k < count; k++) {
      double t = times[0] + k * step;
      while (j < times.length - 2 && times[j + 1] < t) {
        j++;
      }
      double span = times[j + 1] - times[j];
      double frac = span > 0 ? Math.min(1, Math.max(0, (t - times[j]) / span)) : 0;
      // A stretch of lost frames is not bridged with a straight line, which would invent a motion.
      out[k] = span > 2.5 * step ? Double.NaN : signal[j] + frac * (signal[j + 1] - signal[j]);
    }
    return out;
  }

  /** Normalised correlation of the signal with itself shifted by {@code lag}, over the samples both have. */
  private static double correlation(double[] x, double mean, int lag) {
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i + lag < x.length; i++) {
      double a = x[i] - mean;
      double b = x[i + lag] - mean;
      if (Double.isFinite(a) && Double.isFinite(b)) {
        xy += a * b;
        xx += a * a;
        yy += b * b;
      }
    }
    return xx > 0 && yy > 0 ? xy / Math.sqrt(xx * yy) : 0;
  }
}
