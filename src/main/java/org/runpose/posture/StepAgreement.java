package org.runpose.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Leaves out a per-step angle whose steps disagree too much for their median to mean anything. runpose gives these
 * angles for one use, comparing visits, so the bar is the measure's {@link DetectableChange}: the angle is left out of
 * every step where the 95 % interval of the steps' median, 1.96 x 1.2533 x the steps' robust standard deviation
 * (1.4826 MAD) over the square root of their number, reaches further either way than that. Steps that scatter this
 * much come from a foot or knee the model does not see clearly (a small runner, a skeleton drawn over the video, slowed
 * playback), and a median of them can land anywhere: the same clip mirrored read a foot strike of 18° and 1°.
 */
final class StepAgreement {

  /** The median's standard error over the standard deviation's, for normal errors and many steps. */
  private static final double MEDIAN_EFFICIENCY = 1.2533;
  private static final double MAD_SCALE = 1.4826;
  private static final double Z95 = 1.96;

  /** The per-step angles judged, with what a change between visits must exceed and their scale to its unit. */
  enum Measure {
    FOOT_STRIKE("foot strike angle", StepMetrics::footStrikeDeg, DetectableChange.FOOT_STRIKE, 1),
    SHANK("shank angle at contact", StepMetrics::shankContactDeg, DetectableChange.SHANK, 1),
    KNEE_CONTACT("knee flexion at contact", StepMetrics::kneeFlexionContactDeg, DetectableChange.KNEE_CONTACT, 1),
    KNEE_PEAK("peak knee flexion in stance", StepMetrics::kneeFlexionPeakStanceDeg, DetectableChange.KNEE_PEAK, 1),
    OVERSTRIDE("overstride", StepMetrics::overstride, DetectableChange.OVERSTRIDE, 100);

    private final String words;
    private final Function<StepMetrics, Double> value;
    private final DetectableChange change;
    private final double scale;

    Measure(String words, Function<StepMetrics, Double> value, DetectableChange change, double scale) {
      this.words = words;
      this.value = value;
      this.change = change;
      this.scale = scale;
    }
  }

  private StepAgreement() {}

  /**
   * @param steps the accepted steps
   * @param notes where a sentence on each measure left out is added
   * @return the steps without the measures whose steps disagree
   */
  static List<StepMetrics> judged(List<StepMetrics> steps, List<String> notes) {
    Set<Measure> out = EnumSet.noneOf(Measure.class);
    for (Measure m : Measure.values()) {
      double[] v = steps.stream().map(m.value).filter(x -> x != null).mapToDouble(x -> m.scale * x).toArray();
      if (v.length < 2) {
        continue;
      }
      double half = medianHalfInterval(v);
      if (half > m.change.value()) {
        out.add(m);
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        String unit = m.change.unit();
        // "from 8° to 60°", but "from -5 to 17 points"
        String lowUnit = unit.startsWith(" ") ? "" : unit;
        notes.add(String.format(Locale.ROOT, "The %s is not given: its %d steps read from %.0f%s to %.0f%s, too far"
            + " apart for their middle value to be trusted (it is uncertain by \u00b1%.0f%s, more than the %s a change"
            + " between visits must exceed).", m.words, v.length, sorted[0], lowUnit, sorted[sorted.length - 1], unit,
            half, unit, m.change.written()));
      }
    }
    if (out.isEmpty()) {
      return steps;
    }
    List<StepMetrics> kept = new ArrayList<>();
    steps.forEach(s -> kept.add(s.without(out)));
    return kept;
  }

  /** Half the 95 % interval of the median of these values, from their robust spread. */
  static double medianHalfInterval(double[] values) {
    double median = Stats.median(values);
    double mad = Stats.median(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray());
    return Z95 * MEDIAN_EFFICIENCY * MAD_SCALE * mad / Math.sqrt(values.length);
  }
}
