package org.runpose.posture;

import java.util.Arrays;
import java.util.Collection;

/** Medians and means that ignore missing values. */
public final class Stats {

  private Stats() {}

  /** Median of the finite values, or NaN when there are none. */
  static double median(double[] values) {
    double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** Mean of the finite values from {@code from} up to {@code to} inclusive, or NaN when there are none. */
  static double mean(double[] values, int from, int to) {
    return Arrays.stream(values, from, to + 1).filter(Double::isFinite).average().orElse(Double.NaN);
  }

  /** Median of the non-null finite values, or null. */
  public static Double median(Collection<Double> values) {
    return boxed(median(values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).toArray()));
  }

  static Double boxed(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
