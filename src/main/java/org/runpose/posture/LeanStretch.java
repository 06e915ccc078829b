package org.runpose.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.runpose.Severity;

/**
 * A stretch of a clip over which the trunk held one lean, where the lean did not hold one level through the whole
 * clip: a runner cued to run tall half-way through a recording, one who shows a posture and then another, or one
 * who tires. A median over such a clip describes none of its stretches.
 *
 * @param fromSeconds the first step's contact
 * @param toSeconds the last step's next contact
 * @param steps the steps in the stretch
 * @param leanDeg the median of the steps' lean over stance (forward positive)
 * @param severity the stretch's lean graded with the clip's thresholds
 */
public record LeanStretch(double fromSeconds, double toSeconds, int steps, double leanDeg, Severity severity) {

  /** Fewest steps a stretch holds: the mean of at least 7 steps is stable (Dingenen 2018), as for the trend. */
  static final int MIN_STEPS = SessionTrend.MIN_STEPS;
  /**
   * Smallest difference between the medians of two stretches, degrees: more than twice the change between two
   * recordings that runpose can tell from error ({@link DetectableChange#LEAN_DEG}), and above the largest found by
   * splitting a steadily running clip in two (3.2° over the real clips with 14 or more steps, labelled and not;
   * 11.2° on the one that shows three postures in turn).
   */
  static final double MIN_CHANGE_DEG = 5;
  /** The difference must also stand this many standard errors clear of the steps' own scatter. */
  static final double MIN_STANDARD_ERRORS = 3;

  public LeanStretch {
    if (!(toSeconds >= fromSeconds) || steps < 1 || !Double.isFinite(leanDeg)) {
      throw new IllegalArgumentException("a stretch of " + steps + " steps from " + fromSeconds + " s to "
          + toSeconds + " s leaning " + leanDeg + "°");
    }
    Objects.requireNonNull(severity, "severity");
  }

  /**
   * The stretches of steady lean, found by splitting the steps in two again and again, as long as both parts keep
   * {@link #MIN_STEPS} steps and their medians differ clearly; empty when the lean held one level (or too few steps
   * tell).
   *
   * @param steps the steps measured, in time order
   */
  static List<LeanStretch> of(List<StepMetrics> steps, AnalysisConfig config) {
    List<StepMetrics> leaning = steps.stream().filter(s -> s.leanStanceMeanDeg() != null).toList();
    double[] lean = leaning.stream().mapToDouble(StepMetrics::leanStanceMeanDeg).toArray();
    List<int[]> parts = new ArrayList<>();
    split(lean, 0, lean.length, parts);
    parts = merged(lean, parts);
    if (parts.size() < 2) {
      return List.of();
    }
    List<LeanStretch> out = new ArrayList<>();
    for (int[] p : parts) {
      double median = median(lean, p[0], p[1]);
      out.add(new LeanStretch(leaning.get(p[0]).contactSeconds(), leaning.get(p[1] - 1).nextContactSeconds(),
          p[1] - p[0], median, config.leanSeverity(median)));
    }
    return List.copyOf(out);
  }

  /**
   * Splits steps [from, to) in two where each part lies closest to its own median (least absolute deviations, so a
   * few wild steps do not move the boundary), if the parts differ clearly, and each part again.
   */
  private static void split(double[] lean, int from, int to, List<int[]> parts) {
    int best = -1;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int k = from + MIN_STEPS; k <= to - MIN_STEPS; k++) {
      double cost = deviation(lean, from, k) + deviation(lean, k, to);
      if (cost < bestCost) {
        best = k;
        bestCost = cost;
      }
    }
    if (best < 0 || !apart(lean, from, best, to)) {
      parts.add(new int[] {from, to});
      return;
    }
    split(lean, from, best, parts);
    split(lean, best, to, parts);
  }

  /** Neighbouring parts split at different depths whose medians end up close are joined again. */
  private static List<int[]> merged(double[] lean, List<int[]> parts) {
    List<int[]> out = new ArrayList<>(parts);
    for (int i = 0; i + 1 < out.size(); i++) {
      if (!apart(lean, out.get(i)[0], out.get(i)[1], out.get(i + 1)[1])) {
        out.set(i, new int[] {out.get(i)[0], out.get(i + 1)[1]});
        out.remove(i + 1);
        i = -1;
      }
    }
    return out;
  }

  /** Whether steps [from, at) and [at, to) lean clearly differently. */
  private static boolean apart(double[] lean, int from, int at, int to) {
    double gap = Math.abs(median(lean, at, to) - median(lean, from, at));
    double error = Math.hypot(spread(lean, from, at) / Math.sqrt(at - from), spread(lean, at, to) / Math.sqrt(to - at));
    return gap >= MIN_CHANGE_DEG && gap >= MIN_STANDARD_ERRORS * error;
  }

  /** Sum of the absolute deviations from the median. */
  private static double deviation(double[] x, int from, int to) {
    double m = median(x, from, to);
    return Arrays.stream(x, from, to).map(v -> Math.abs(v - m)).sum();
  }

  /** Robust standard deviation: 1.4826 times the median absolute deviation. */
  private static double spread(double[] x, int from, int to) {
    double m = median(x, from, to);
    double[] deviations = Arrays.stream(x, from, to).map(v -> Math.abs(v - m)).toArray();
    return 1.4826 * median(deviations, 0, deviations.length);
  }

  private static double median(double[] x, int from, int to) {
    double[] part = Arrays.copyOfRange(x, from, to);
    Arrays.sort(part);
    int n = part.length;
    return n % 2 == 1 ? part[n / 2] : (part[n / 2 - 1] + part[n / 2]) / 2;
  }
}
