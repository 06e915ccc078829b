package org.runpose.gait;

/**
 * The period of a repeating motion from its autocorrelation, e.g. the rise and fall of the hips once per step: a
 * contact the event detector missed does not lower a cadence taken from it, as it would a count of contacts.
 */
public final class Period {

  /** The autocorrelation peak must reach this for the motion to count as periodic. */
  private static final double MIN_CORRELATION = 0.5;

  private Period() {}

  /**
   * @param signal one value per frame (NaN where unknown), sampled every {@code sampleSeconds}
   * @param minSeconds shortest period looked for
   * @param maxSeconds longest period looked for; at least two periods must fit in the signal
   * @return the period in seconds, or null when the signal does not repeat clearly within the range
   */
  public static Double seconds(double[] signal, double sampleSeconds, double minSeconds, double maxSeconds) {
    int minLag = Math.max(1, (int) Math.floor(minSeconds / sampleSeconds));
    int maxLag = (int) Math.ceil(maxSeconds / sampleSeconds);
    if (signal.length < 2 * maxLag + 1) {
      maxLag = (signal.length - 1) / 2;
    }
    if (maxLag <= minLag + 1) {
      return null;
    }
    double mean = 0;
    int n = 0;
    for (double v : signal) {
      if (Double.isFinite(v)) {
        mean += v;
        n++;
      }
    }
    if (n < signal.length / 2) {
      return null;
    }
    mean /= n;
    double[] r = new double[maxLag + 2];
    for (int lag = minLag - 1; lag <= maxLag + 1; lag++) {
      r[lag] = correlation(signal, mean, lag);
    }
    int best = -1;
    for (int lag = minLag; lag <= maxLag; lag++) {
      boolean peak = r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1];
      if (peak && r[lag] >= MIN_CORRELATION && (best < 0 || r[lag] > r[best])) {
        best = lag;
      }
    }
    if (best < 0) {
      return null;
    }
    // A parabola through the peak and its neighbours places it between frames.
    double denominator = r[best - 1] - 2 * r[best] + r[best + 1];
    double offset = denominator < 0 ? 0.5 * (r[best - 1] - r[best + 1]) / denominator : 0;
    return (best + offset) * sampleSeconds;
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
