package org.runpose.gait;

import java.util.ArrayList;
import java.util.List;

/** Local maxima of a sampled signal that stand out from their surroundings, with sub-sample timing. */
final class Peaks {

  private Peaks() {}

  /** A peak: the sample it is at and its time refined by a parabola through it and its neighbours. */
  record Peak(int sample, double timeSeconds, double value) {}

  /**
   * Finds maxima at least {@code minSeparationSeconds} apart whose prominence (height above the higher of the
   * two lowest points between it and the nearest higher peaks on each side) is at least {@code minProminence}.
   * NaN samples are skipped; a peak must have measured neighbours on both sides.
   */
  static List<Peak> maxima(double[] t, double[] x, double minSeparationSeconds, double minProminence) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 1; i < x.length - 1; i++) {
      if (Double.isNaN(x[i]) || Double.isNaN(x[i - 1]) || Double.isNaN(x[i + 1])) {
        continue;
      }
      if (x[i] > x[i - 1] && x[i] >= x[i + 1]) {
        candidates.add(i);
      }
    }
    candidates.removeIf(i -> prominence(x, i) < minProminence);
    // Keep the highest of peaks that are too close together.
    candidates.sort((a, b) -> Double.compare(x[b], x[a]));
    List<Integer> kept = new ArrayList<>();
    for (int c : candidates) {
      if (kept.stream().allMatch(k -> Math.abs(t[k] - t[c]) >= minSeparationSeconds)) {
        kept.add(c);
      }
    }
    kept.sort(Integer::compare);
    List<Peak> peaks = new ArrayList<>(kept.size());
    for (int i : kept) {
      peaks.add(new Peak(i, refinedTime(t, x, i), x[i]));
    }
    return peaks;
  }

  /**
   * Height above the higher of the two bases. A side that runs into the end of the recording without meeting a
   * higher point has an unknown base and is left out, so a stride cut by the start or end still counts.
   */
  private static double prominence(double[] x, int i) {
    double leftMin = x[i];
    int j = i - 1;
    for (; j >= 0 && !(x[j] > x[i]); j--) {
      if (!Double.isNaN(x[j])) {
        leftMin = Math.min(leftMin, x[j]);
      }
    }
    boolean leftOpen = j < 0;
    double rightMin = x[i];
    int k = i + 1;
    for (; k < x.length && !(x[k] > x[i]); k++) {
      if (!Double.isNaN(x[k])) {
        rightMin = Math.min(rightMin, x[k]);
      }
    }
    boolean rightOpen = k >= x.length;
    if (leftOpen && rightOpen) {
      return x[i] - Math.min(leftMin, rightMin);
    }
    return x[i] - (leftOpen ? rightMin : rightOpen ? leftMin : Math.max(leftMin, rightMin));
  }

  /** Vertex of the parabola through the peak and its neighbours, kept within the neighbours' times. */
  private static double refinedTime(double[] t, double[] x, int i) {
    double denom = x[i - 1] - 2 * x[i] + x[i + 1];
    if (denom >= 0) {
      return t[i];
    }
    double offset = 0.5 * (x[i - 1] - x[i + 1]) / denom; // in samples, within [-0.5, 0.5]
    double dt = offset < 0 ? t[i] - t[i - 1] : t[i + 1] - t[i];
    return t[i] + offset * dt;
  }
}
