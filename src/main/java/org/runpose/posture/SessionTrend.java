package org.runpose.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How the running changed within one long clip: the first third against the last, each measure judged against its
 * measurement error. Fatigue shows late in a run as more trunk flexion or a longer overstride.
 *
 * @param firstToSeconds the first third runs from the first frame with the runner to here
 * @param lastFromSeconds the last third runs from here to the last frame with the runner
 * @param firstSteps steps measured in the first third
 * @param lastSteps steps measured in the last third
 * @param measures each measure in both thirds; empty when either third has too few steps
 * @param summary the trend in one or two sentences, or why it was not judged
 */
public record SessionTrend(double firstToSeconds, double lastFromSeconds, int firstSteps, int lastSteps,
    List<Measure> measures, String summary) {

  /** Clips up to this long, in seconds, have no trend: a few minutes of running are what tire a runner. */
  public static final double MIN_CLIP_SECONDS = 60;
  /** Fewest steps in each third: the mean of at least 7 steps is stable (Dingenen 2018). */
  public static final int MIN_STEPS = 7;

  private static final String FORWARD = "more forward";
  private static final String BACK = "less forward";
  private static final String HIGHER = "higher";
  private static final String LOWER = "lower";
  private static final String DEGREES = "\u00b0";

  public SessionTrend {
    measures = List.copyOf(measures);
    Objects.requireNonNull(summary, "summary");
  }

  /**
   * One measure in the first and the last third.
   *
   * @param id named like the analysis.json summary field it comes from
   * @param label what the report calls it, with its unit
   * @param first median over the first third, or null
   * @param last median over the last third, or null
   * @param change last minus first, as shown (to a tenth), or null
   * @param detectableChange the smallest change that is more than measurement error, or null where runpose's own
   *     error for the measure is not measured
   * @param reading the change in a few words; empty where the error is not known
   */
  public record Measure(String id, String label, Double first, Double last, Double change, Double detectableChange,
      String reading) {
    public Measure {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(reading, "reading");
    }
  }

  /**
   * The trend of a clip longer than {@link #MIN_CLIP_SECONDS}, or null for a shorter one.
   *
   * @param frames the frame measures, in time order
   * @param steps the steps measured
   */
  static SessionTrend of(List<FrameMetrics> frames, List<StepMetrics> steps) {
    List<FrameMetrics> seen = frames.stream().filter(FrameMetrics::found).toList();
    if (seen.isEmpty()) {
      return null;
    }
    double start = seen.get(0).timeSeconds();
    double end = seen.get(seen.size() - 1).timeSeconds();
    if (end - start <= MIN_CLIP_SECONDS) {
      return null;
    }
    double firstTo = start + (end - start) / 3;
    double lastFrom = end - (end - start) / 3;
    List<StepMetrics> early = steps.stream().filter(s -> s.contactSeconds() < firstTo).toList();
    List<StepMetrics> late = steps.stream().filter(s -> s.contactSeconds() >= lastFrom).toList();
    if (early.size() < MIN_STEPS || late.size() < MIN_STEPS) {
      return new SessionTrend(firstTo, lastFrom, early.size(), late.size(), List.of(), String.format(Locale.ROOT,
          "Early and late in the run not compared: %d steps were measured in the first third and %d in the last,"
              + " and each needs at least %d.", early.size(), late.size(), MIN_STEPS));
    }
    List<Measure> m = new ArrayList<>();
    m.add(judged("leanDeg", "Trunk lean, median of all frames (\u00b0)",
        frameMedian(seen, f -> f.timeSeconds() < firstTo), frameMedian(seen, f -> f.timeSeconds() >= lastFrom),
        DetectableChange.LEAN_DEG, DEGREES, FORWARD, BACK));
    m.add(judged("leanMidStanceDeg", "Trunk lean at mid-stance (\u00b0)", median(early, StepMetrics::leanMidStanceDeg),
        median(late, StepMetrics::leanMidStanceDeg), DetectableChange.LEAN_DEG, DEGREES, FORWARD, BACK));
    m.add(judged("overstridePct", "Overstride (% of leg length)", percent(median(early, StepMetrics::overstride)),
        percent(median(late, StepMetrics::overstride)), DetectableChange.OVERSTRIDE, "further ahead",
        "less far ahead"));
    m.add(judged("footStrikeDeg", "Foot strike angle (\u00b0)", median(early, StepMetrics::footStrikeDeg),
        median(late, StepMetrics::footStrikeDeg), DetectableChange.FOOT_STRIKE, HIGHER, LOWER));
    m.add(judged("shankContactDeg", "Shank angle at contact (\u00b0)", median(early, StepMetrics::shankContactDeg),
        median(late, StepMetrics::shankContactDeg), DetectableChange.SHANK, HIGHER, LOWER));
    m.add(judged("kneeFlexionContactDeg", "Knee flexion at contact (\u00b0)",
        median(early, StepMetrics::kneeFlexionContactDeg), median(late, StepMetrics::kneeFlexionContactDeg),
        DetectableChange.KNEE_CONTACT, "more bent", "straighter"));
    return new SessionTrend(firstTo, lastFrom, early.size(), late.size(), m, summary(m.get(0), m.get(1)));
  }

  /** What the trunk did, from the lean of all frames, or at mid-stance when the frames give none. */
  private static String summary(Measure frames, Measure midStance) {
    Measure lean = frames.change() != null ? frames : midStance;
    if (lean.change() == null) {
      return "Early and late in the run: the trunk lean was not measured in both thirds.";
    }
    String limit = number(lean.detectableChange()) + "\u00b0";
    double change = lean.change();
    if (Math.abs(change) < lean.detectableChange()) {
      return String.format(Locale.ROOT, "The trunk lean held from the first third of the run to the last (%s\u00b0"
          + " to %s\u00b0, within the %s measurement error).", number(lean.first()), number(lean.last()), limit);
    }
    return change > 0
        ? String.format(Locale.ROOT, "The trunk leaned %s\u00b0 more forward in the last third of the run than in"
            + " the first (%s\u00b0 to %s\u00b0, more than the %s measurement error). Fatigue often shows this way:"
            + " core and hip endurance work helps the trunk stay upright late in a run.", number(change),
            number(lean.first()), number(lean.last()), limit)
        : String.format(Locale.ROOT, "The trunk leaned %s\u00b0 less forward in the last third of the run than in"
            + " the first (%s\u00b0 to %s\u00b0, more than the %s measurement error).", number(-change),
            number(lean.first()), number(lean.last()), limit);
  }

  /** A measure whose change is judged; {@code up} and {@code down} name a rise and a fall of it. */
  private static Measure judged(String id, String label, Double first, Double last, DetectableChange error,
      String up, String down) {
    return judged(id, label, first, last, error.value(), error.unit(), up, down);
  }

  private static Measure judged(String id, String label, Double first, Double last, double detectable, String unit,
      String up, String down) {
    Double change = change(first, last);
    String limit = number(detectable) + unit;
    String reading = change == null ? "" : Math.abs(change) < detectable
        ? "within measurement error (under " + limit + ")"
        : (change > 0 ? up : down) + " late in the run, by more than the measurement error (" + limit + ")";
    return new Measure(id, label, first, last, change, detectable, reading);
  }

  private static Measure plain(String id, String label, Double first, Double last) {
    return new Measure(id, label, first, last, change(first, last), null, "");
  }

  private static Double frameMedian(List<FrameMetrics> frames, Predicate<FrameMetrics> in) {
    return Stats.median(frames.stream().filter(in).map(FrameMetrics::leanDeg).filter(Objects::nonNull).toList());
  }

  private static Double median(List<StepMetrics> steps, Function<StepMetrics, Double> measure) {
    return Stats.median(steps.stream().map(measure).filter(Objects::nonNull).toList());
  }

  private static Double percent(Double share) {
    return share == null ? null : 100 * share;
  }

  /** The change between the values as shown, to a tenth. */
  private static Double change(Double first, Double last) {
    return first == null || last == null ? null : (Math.round(10 * last) - Math.round(10 * first)) / 10.0;
  }

  private static String number(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.equals("-0.0") ? "0.0" : s;
  }
}
