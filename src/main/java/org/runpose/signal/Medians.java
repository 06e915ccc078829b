package org.runpose.signal;

import java.util.Arrays;

/** Medians shared by the filters. */
final class Medians {

  private Medians() {}

  /** Median of the first {@code n} values, {@code n > 0}; reorders them. */
  static double median(double[] values, int n) {
    Arrays.sort(values, 0, n);
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  /** Median interval between consecutive times {@code t[from..to)}, {@code to - from >= 2}. */
  static double medianStep(double[] t, int from, int to) {
    double[] steps = new double[to - from - 1];
    for (int i = 0; i < steps.length; i++) {
      steps[i] = t[from + i + 1] - t[from + i];
    }
    return median(steps, steps.length);
  }
}
