package org.runpose.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
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
   * splitting a steadily running clip in two (3.2° over the real clips with 14 or more steps, labelled and not,
   * where the one that shows three postures in turn splits by 11.2°).
   */
  static final double MIN_CHANGE_DEG = 5;
  /**
   * The split is placed where the two parts fit their own medians best, out of every place the steps allow, so
   * the half-width of one comparison's 95 % interval would often be crossed by chance: twice it keeps a runner whose
   * steps scatter by 5° (more than any steadily run real clip's, 0.9-2.8°) to one level in 97-98 of 100 simulated
   * clips of 30 or 60 steps, against 86-93 of 100 with it once.
   */
  static final double INTERVALS = 2;

  public LeanStretch {
    if (!(toSeconds >= fromSeconds) || steps < 1 || !Double.isFinite(leanDeg)) {
      throw new IllegalArgumentException("a stretch of " + steps + " steps from " + fromSeconds + " s to "
          + toSeconds + " s leaning " + leanDeg + "°");
    }
    Objects.requireNonNull(severity, "severity");
  }

  /** The stretches in a line: "1.1° from 0.2 to 5.7 s (ok), then 21.9° from 5.7 to 11.7 s (excessive)". */
  public static String listed(List<LeanStretch> stretches) {
    return stretches.stream().map(s -> String.format(Locale.ROOT, "%s from %.1f to %.1f s (%s)", Flags.deg(s.leanDeg()),
        s.fromSeconds(), s.toSeconds(), s.severity().label())).collect(Collectors.joining(", then "));
  }

  /**
   * The stretches of steady lean, found by splitting the steps in two again and again, as long as both parts keep
   * {@link #MIN_STEPS} steps and their medians differ clearly; empty when the lean held one level (or too few steps
   * tell), and when the frames of a stretch spread themselves over more than lies between an upright trunk and an
   * excessive lean ({@link Flags#MAX_LEAN_SPREAD_DEG}): no steady running (a start from the blocks, a stop).
   *
   * @param steps the steps measured, in time order
   * @param frames the frames measured, in time order
   */
  static List<LeanStretch> of(List<StepMetrics> steps, List<FrameMetrics> frames, AnalysisConfig config) {
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
      double from = leaning.get(p[0]).contactSeconds();
      double to = Math.max(from, leaning.get(p[1] - 1).nextContactSeconds());
      double[] spread = Flags.middleHalf(frames.stream()
          .filter(f -> f.timeSeconds() >= from && f.timeSeconds() <= to).toList(), FrameMetrics::leanDeg);
      if (spread != null && spread[1] - spread[0] > Flags.MAX_LEAN_SPREAD_DEG) {
        return List.of();
      }
      out.add(new LeanStretch(from, to, p[1] - p[0], median, config.leanSeverity(median)));
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

  /**
   * Whether steps [from, at) and [at, to) lean clearly differently: by {@link #MIN_CHANGE_DEG}, and by more than
   * {@link #INTERVALS} times the half-width of the 95 % interval of the difference of their medians, from the steps'
   * own scatter.
   */
  private static boolean apart(double[] lean, int from, int at, int to) {
    double gap = Math.abs(median(lean, at, to) - median(lean, from, at));
    double interval = Math.hypot(StepAgreement.medianHalfInterval(Arrays.copyOfRange(lean, from, at)),
        StepAgreement.medianHalfInterval(Arrays.copyOfRange(lean, at, to)));
    return gap >= MIN_CHANGE_DEG && gap > INTERVALS * interval;
  }

  /** Sum of the absolute deviations from the median. */
  private static double deviation(double[] x, int from, int to) {
    double m = median(x, from, to);
    return Arrays.stream(x, from, to).map(v -> Math.abs(v - m)).sum();
  }

  private static double median(double[] x, int from, int to) {
    return Stats.median(Arrays.copyOfRange(x, from, to));
  }
}
