package org.runpose.gait;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * What kind of gait the foot events show, whether their timing is that of real time, and whether they hang together:
 * a confident wrong cadence is worse than none, so timing that fails a check is withheld with the reason.
 *
 * @param pattern running, walking, or unclear
 * @param dutyFactor median stance time per stride (two steps): below one half means a flight phase (running)
 * @param hipsLowAtMidStanceShare share of steps whose hips were lowest half-way through the stance (running)
 * @param timeBase how the clip's time relates to real time
 * @param slowMotionFactor the factor the user gave, or null
 * @param apparentSlowdown when the timing looks slowed: about how much, from the step period against a usual one
 * @param period the step period from the hips and the feet
 * @param cadenceFromEventsStepsPerMin steps per minute from the accepted steps: half the mean stride of two
 *     consecutive ones (strides more than 20 % off the median one left out: a late contact or a pause), in the
 *     analysis's time (the clip's time divided by the given slow-motion factor)
 * @param cadenceFromHipsStepsPerMin steps per minute from the step period ({@link StepPeriod#cadenceSeconds}), in
 *     the same time
 * @param cadenceStepsPerMin the cadence runpose gives, in the same time: a runner's from the step period (fitted over
 *     the whole clip, finer than a frame) where it agrees with the steps' within what two frames' timing error allows
 *     over the steps counted, else the steps'; a walker's from the steps (the stance leg vaults the hips
 *     with a flat top and a drop at each landing, and a period fitted to a few such bumps is off by several
 *     percent); null where the timing failed a check
 * @param stepsFound candidate steps (contact, toe-off, other foot's contact)
 * @param stepsAccepted of them, the steps whose timing fits the gait (and, in a steady gait, whose length fits
 *     the others': {@link #MAX_STEP_DEVIATION})
 * @param problems the checks the timing failed, in plain language; empty when it hangs together
 */
public record GaitCheck(
    GaitPattern pattern,
    Double dutyFactor,
    Double hipsLowAtMidStanceShare,
    TimeBase timeBase,
    Double slowMotionFactor,
    Double apparentSlowdown,
    StepPeriod period,
    Double cadenceFromEventsStepsPerMin,
    Double cadenceFromHipsStepsPerMin,
    Double cadenceStepsPerMin,
    int stepsFound,
    int stepsAccepted,
    List<String> problems) {

  /** How the clip's time relates to real time. */
  public enum TimeBase {
    /** The clip plays in real time (as far as the gait shows). */
    REAL,
    /** Slowed playback; the user gave the factor, and times are divided by it. */
    SLOWED_BY_FACTOR,
    /** The timing is slower than any runner or walker: slowed playback without a known factor. */
    LOOKS_SLOWED,
    /** The timing is faster than any runner or walker: a time-lapse or sped-up clip. */
    LOOKS_SPED_UP,
    /**
     * No gait to judge the time by: no step period and no timed step, or steps that show neither running nor walking,
     * so neither a runner's nor a walker's pace can say whether the clip plays in real time.
     */
    NOT_JUDGED;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Running step bounds: 300 to 120 steps per minute. */
  static final double MIN_RUNNING_STEP_SECONDS = 0.2;
  static final double MAX_RUNNING_STEP_SECONDS = 0.5;
  /** Running stance, real time: sprinters' shortest to the slowest joggers' longest ground contact. */
  static final double MIN_RUNNING_STANCE_SECONDS = 0.1;
  static final double MAX_RUNNING_STANCE_SECONDS = 0.5;
  /** Walking step bounds: 150 to 60 steps per minute. */
  static final double MIN_WALKING_STEP_SECONDS = 0.4;
  static final double MAX_WALKING_STEP_SECONDS = 1.0;
  /** Walking stance, real time. */
  static final double MIN_WALKING_STANCE_SECONDS = 0.3;
  static final double MAX_WALKING_STANCE_SECONDS = 1.6;
  /**
   * Usual step times, for the apparent slowdown of slowed playback (about 176 and 110 steps a minute), and for how
   * long a video must last to hold a number of steps.
   */
  static final double USUAL_RUNNING_STEP_SECONDS = 0.34;
  public static final double USUAL_WALKING_STEP_SECONDS = 0.55;
  /**
   * Fewest steps for the pattern to be judged on either sign (fewer need both signs clear and agreeing) and for
   * their timing to be given: with one or two, neither a missed contact nor a stray one would show.
   */
  static final int MIN_STEPS = 3;
  /** Shares beyond which one sign alone decides the pattern. */
  static final double CLEAR_HIP_SHARE = 0.25;
  static final double CLEAR_DUTY_MARGIN = 0.08;
  /** Largest share of steps that may fail their bounds or their length before the timing as a whole is not trusted. */
  static final double MAX_REJECTED_SHARE = 0.25;
  /** Largest share of consecutive contacts by the same foot. */
  static final double MAX_ALTERNATION_BREAKS = 0.2;
  /** Largest relative difference between the cadence from the events and from the hips. */
  static final double MAX_CADENCE_DISAGREEMENT = 0.1;
  /**
   * Strides further than this share from the median one hold a late or early contact or a pause, not the cadence:
   * a runner's steps vary by a few percent, and even a limp's left-right difference stays well inside it.
   */
  static final double STEP_OUTLIER_SHARE = 0.2;
  /**
   * A step further than this share from the median of the clip's steps (more than 1.5 times it, or less than half) is
   * not timed at all: half-way to a step with a missed contact (twice the usual) or to one cut short by a stray
   * contact, its stance and flight are those of events that are missing or invented, not of the runner. Judged only
   * among 3 or more steps of one pace ({@link #MAX_STEP_SPREAD}), and never closer than the two events' timing error
   * ({@link #EVENT_ERROR_FRAMES} each) allows.
   */
  static final double MAX_STEP_DEVIATION = 0.5;
  /**
   * Largest spread of the middle half of the timed steps' times, as a share of their median, for them to be one
   * pace: on the labelled real clips at most 0.33 (a sprinter accelerating out of the blocks); a treadmill clip whose
   * playback turns four times slower and back, read as one pace, 0.50.
   */
  static final double MAX_STEP_SPREAD = 0.4;
  /** Timing error of one foot event, in frames: the event-timing target. */
  static final double EVENT_ERROR_FRAMES = 2;

  public GaitCheck {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(timeBase, "timeBase");
    Objects.requireNonNull(period, "period");
    problems = List.copyOf(problems);
    if (stepsAccepted < 0 || stepsAccepted > stepsFound) {
      throw new IllegalArgumentException("steps accepted " + stepsAccepted + " of " + stepsFound);
    }
  }

  /**
   * A judgement of a clip's steps: the check, and for each candidate step whether its timing fits the gait.
   *
   * @param check what the steps show
   * @param accepted one entry per candidate step, in their order
   */
  public record Judgement(GaitCheck check, boolean[] accepted) {
    public Judgement {
      accepted = accepted.clone();
      if (accepted.length != check.stepsFound()) {
        throw new IllegalArgumentException("one acceptance per step: " + accepted.length + " vs "
            + check.stepsFound());
      }
    }

    @Override
    public boolean[] accepted() {
      return accepted.clone();
    }
  }

  /** The check of an analysis written before gait checks existed: real time assumed, as it then was. */
  public static GaitCheck unchecked() {
    return new GaitCheck(GaitPattern.UNCLEAR, null, null, TimeBase.REAL, null, null, new StepPeriod(null, null),
        null, null, null, 0, 0, List.of());
  }

  /**
   * How long a step takes in the video's own time where the timing looks slowed: the step the slowdown was judged
   * from (the step period, or the steps' median where the period was not found); null otherwise.
   */
  public Double videoStepSeconds() {
    return apparentSlowdown == null ? null : apparentSlowdown * usualStepSeconds(pattern);
  }

  /** The usual step of the pattern: a walker's for walking, a runner's otherwise. */
  private static double usualStepSeconds(GaitPattern pattern) {
    return pattern == GaitPattern.WALKING ? USUAL_WALKING_STEP_SECONDS : USUAL_RUNNING_STEP_SECONDS;
  }

  /** Whether the time-based measures (cadence, stance and flight times) can be given in real time. */
  public boolean timingInRealTime() {
    return problems.isEmpty() && (timeBase == TimeBase.REAL || timeBase == TimeBase.SLOWED_BY_FACTOR);
  }

  /**
   * Judges the candidate steps of a clip.
   *
   * @param steps every contact followed by the same foot's toe-off and the other foot's contact, in time order;
   *     times in the analysis's time (the clip's, divided by a given slow-motion factor)
   * @param period the step period from the hips and feet, in the same time
   * @param slowMotionFactor the slow-motion factor the user gave, or null
   * @param alternationBreaks consecutive contacts by the same foot
   * @param contactPairs consecutive contact pairs looked at
   * @param frameSeconds the time between frames, in the same time: how finely the events are timed, so a flight
   *     (or a double support) shorter than this is within the events' error either way
   */
  public static Judgement judge(List<StepTiming> steps, StepPeriod period, Double slowMotionFactor,
      int alternationBreaks, int contactPairs, double frameSeconds) {
    int n = steps.size();
    Double duty = n == 0 ? null : median(steps.stream().mapToDouble(StepTiming::stanceSeconds).toArray())
        / (2 * median(steps.stream().mapToDouble(StepTiming::stepSeconds).toArray()));
    long hipsKnown = steps.stream().filter(s -> s.hipsLowAtMidStance() != null).count();
    Double hipsLow = hipsKnown == 0 ? null
        : steps.stream().filter(s -> Boolean.TRUE.equals(s.hipsLowAtMidStance())).count() / (double) hipsKnown;
    GaitPattern pattern = n >= MIN_STEPS ? pattern(duty, hipsLow)
        : n == 0 ? GaitPattern.UNCLEAR : agreed(duty, hipsLow);

    Double step = period.seconds() != null ? period.seconds()
        : n == 0 ? null : median(steps.stream().mapToDouble(StepTiming::stepSeconds).toArray());
    Double stance = n == 0 ? null : median(steps.stream().mapToDouble(StepTiming::stanceSeconds).toArray());
    TimeBase timeBase = slowMotionFactor != null ? TimeBase.SLOWED_BY_FACTOR
        : step == null || pattern == GaitPattern.UNCLEAR ? TimeBase.NOT_JUDGED : TimeBase.REAL;
    Double slowdown = null;
    List<String> problems = new ArrayList<>();
    if (step != null && pattern != GaitPattern.UNCLEAR) {
      boolean running = pattern == GaitPattern.RUNNING;
      double min = running ? MIN_RUNNING_STEP_SECONDS : MIN_WALKING_STEP_SECONDS;
      double max = running ? MAX_RUNNING_STEP_SECONDS : MAX_WALKING_STEP_SECONDS;
      boolean slow = step > max || (running && stance != null && stance > MAX_RUNNING_STANCE_SECONDS);
      boolean fast = step < min;
      if (slowMotionFactor != null && (slow || fast)) {
        problems.add(String.format(Locale.ROOT, "Even with the slow-motion factor %s the timing is not that of"
            + " a %s (%.0f steps a minute); check the factor.", fmt(slowMotionFactor), running ? "runner" : "walker",
            60 / step));
      } else if (slow) {
        timeBase = TimeBase.LOOKS_SLOWED;
        slowdown = step / usualStepSeconds(pattern);
      } else if (fast) {
        timeBase = TimeBase.LOOKS_SPED_UP;
      }
    }

    if (pattern == GaitPattern.UNCLEAR && n >= MIN_STEPS) {
      problems.add("The steps show neither a runner's time in the air nor a walker's time with both feet down"
          + " clearly enough to tell running from walking, so their timing cannot be checked against either.");
    }
    boolean[] fit = new boolean[n];
    for (int i = 0; i < n; i++) {
      fit[i] = fits(steps.get(i), pattern, timeBase, step, frameSeconds);
    }
    double[] times = IntStream.range(0, n).filter(i -> fit[i]).mapToDouble(i -> steps.get(i).stepSeconds()).toArray();
    String notOnePace = times.length < MIN_STEPS ? null : onePaceProblem(times);
    // Only a steady gait has a typical step to tell a step with a missed or stray contact by.
    double medianStep = times.length < MIN_STEPS || notOnePace != null ? Double.NaN : median(times);
    boolean[] accepted = new boolean[n];
    int rejected = 0;
    int offPace = 0;
    for (int i = 0; i < n; i++) {
      boolean onPace = Double.isNaN(medianStep) || Math.abs(steps.get(i).stepSeconds() - medianStep)
          <= Math.max(MAX_STEP_DEVIATION * medianStep, 2 * EVENT_ERROR_FRAMES * frameSeconds);
      accepted[i] = fit[i] && onPace;
      rejected += accepted[i] ? 0 : 1;
      offPace += fit[i] && !onPace ? 1 : 0;
    }
    if (n > 0 && rejected > MAX_REJECTED_SHARE * n) {
      List<String> why = new ArrayList<>();
      if (rejected > offPace) {
        why.add(pattern == GaitPattern.WALKING
            ? "no time with both feet on the ground, both feet down longer than the step, or a stance out of range"
            : "a toe-off after the other foot's landing, or a stance out of range");
      }
      if (offPace > 0) {
        why.add("a step more than 1.5 times the median step, or less than half of it");
      }
      problems.add(String.format(Locale.ROOT, "%d of %d steps had timing that no %s has (%s); the foot events"
          + " cannot be trusted in this clip.", rejected, n, pattern == GaitPattern.WALKING ? "walker" : "runner",
          String.join("; ", why)));
    }
    if (n - rejected < MIN_STEPS) {
      String timed = n == rejected ? "No step" : "Only " + (n - rejected) + (n - rejected == 1 ? " step" : " steps");
      problems.add(timed + " could be timed; a cadence and stance times need at least " + MIN_STEPS + ".");
    }
    if (contactPairs > 0 && alternationBreaks > MAX_ALTERNATION_BREAKS * contactPairs) {
      problems.add(String.format(Locale.ROOT, "The same foot landed twice in a row %d %s in %d steps: left and"
          + " right feet were not told apart reliably.", alternationBreaks, alternationBreaks == 1 ? "time" : "times",
          contactPairs));
    }
    if (notOnePace != null) {
      problems.add(notOnePace);
    }
    double[] counted = strideHalves(steps, accepted);
    Double eventsCadence = counted.length == 0 ? null : 60 / Arrays.stream(counted).average().orElseThrow();
    Double hipsCadence = period.cadenceSeconds() == null ? null : 60 / period.cadenceSeconds();
    if (eventsCadence != null && hipsCadence != null
        && Math.abs(eventsCadence / hipsCadence - 1) > MAX_CADENCE_DISAGREEMENT) {
      problems.add(String.format(Locale.ROOT, "The cadence from the foot events (%.0f steps a minute) and from"
          + " the rhythm of the hips and feet over the clip (%.0f) differ by %.0f%%: some steps were missed or"
          + " invented.",
          eventsCadence, hipsCadence, 100 * Math.abs(eventsCadence / hipsCadence - 1)));
    }
    Double given = null;
    if (problems.isEmpty()) {
      // Consecutive half-strides share their events: the timing error spreads over about the time they cover.
      double eventsError = EVENT_ERROR_FRAMES * frameSeconds / Arrays.stream(counted).sum();
      given = eventsCadence == null ? hipsCadence : hipsCadence == null || pattern == GaitPattern.WALKING
          ? eventsCadence
          : Math.abs(hipsCadence / eventsCadence - 1) <= eventsError ? hipsCadence : eventsCadence;
    }
    return new Judgement(new GaitCheck(pattern, duty, hipsLow, timeBase, slowMotionFactor, slowdown, period,
        eventsCadence, hipsCadence, given, n, n - rejected, problems), accepted);
  }

  /** Why the steps' times are not one pace, or null when the middle half of them keeps within a steady gait's. */
  private static String onePaceProblem(double[] times) {
    Percentile quartile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    double low = quartile.evaluate(times, 25);
    double high = quartile.evaluate(times, 75);
    double middle = median(times);
    return high - low <= MAX_STEP_SPREAD * middle ? null : String.format(Locale.ROOT, "The steps are not one pace:"
        + " the middle half of them take from %.2f to %.2f s, %.0f%% of their median apart (a steady gait keeps"
        + " within %.0f%%). Steps were missed or invented, the pace changed, or the playback changes speed within the"
        + " clip.", low, high, 100 * (high - low) / middle, 100 * MAX_STEP_SPREAD);
  }

  /**
   * The duty factor and the hips' phase each tell running from walking; where they disagree, the one that is
   * clear decides (the hips' phase needs no toe-off, which is the hardest event to time).
   */
  static GaitPattern pattern(Double duty, Double hipsLow) {
    GaitPattern byDuty = duty == null ? GaitPattern.UNCLEAR : duty < 0.5 ? GaitPattern.RUNNING : GaitPattern.WALKING;
    GaitPattern byHips = hipsLow == null ? GaitPattern.UNCLEAR
        : hipsLow > 0.5 ? GaitPattern.RUNNING : hipsLow < 0.5 ? GaitPattern.WALKING : GaitPattern.UNCLEAR;
    if (byDuty == byHips) {
      return byDuty;
    }
    if (hipsLow != null && Math.abs(hipsLow - 0.5) >= 0.5 - CLEAR_HIP_SHARE) {
      return byHips;
    }
    if (duty != null && Math.abs(duty - 0.5) >= CLEAR_DUTY_MARGIN) {
      return byDuty;
    }
    return GaitPattern.UNCLEAR;
  }

  /** With one or two steps, a pattern only where both signs are clear and say the same. */
  static GaitPattern agreed(Double duty, Double hipsLow) {
    if (duty == null || hipsLow == null || Math.abs(duty - 0.5) < CLEAR_DUTY_MARGIN
        || Math.abs(hipsLow - 0.5) < 0.5 - CLEAR_HIP_SHARE) {
      return GaitPattern.UNCLEAR;
    }
    GaitPattern byDuty = duty < 0.5 ? GaitPattern.RUNNING : GaitPattern.WALKING;
    return byDuty == (hipsLow > 0.5 ? GaitPattern.RUNNING : GaitPattern.WALKING) ? byDuty : GaitPattern.UNCLEAR;
  }

  /** Whether one step's timing fits the gait: bounds in seconds in real time, in steps when the clip is slowed. */
  private static boolean fits(StepTiming s, GaitPattern pattern, TimeBase timeBase, Double step,
      double frameSeconds) {
    double stance = s.stanceSeconds();
    // Slowed or sped-up playback: the bounds scale with the clip's own step period.
    double scale = timeBase == TimeBase.LOOKS_SLOWED || timeBase == TimeBase.LOOKS_SPED_UP
        ? step / usualStepSeconds(pattern) : 1;
    // The other foot lands after this one's mid-stance: both feet down for longer than the step between their
    // landings is no gait, but two landings read at once (a walker who comes into view with both feet down).
    boolean afterMidStance = s.stepSeconds() >= stance / 2;
    return afterMidStance && switch (pattern) {
      case RUNNING -> s.flightSeconds() >= -frameSeconds && stance >= MIN_RUNNING_STANCE_SECONDS * scale
          && stance <= MAX_RUNNING_STANCE_SECONDS * scale;
      case WALKING -> s.flightSeconds() <= frameSeconds && stance >= MIN_WALKING_STANCE_SECONDS * scale
          && stance <= MAX_WALKING_STANCE_SECONDS * scale;
      case UNCLEAR -> stance >= 0.08 * scale && stance <= 0.8 * scale;
    };
  }

  /**
   * Half of each stride (a foot's contact to its next) spanned by two consecutive accepted steps, or the accepted
   * steps themselves where no two follow each other; those further than {@link #STEP_OUTLIER_SHARE} from their
   * median left out. A stride holds a left and a right step, so an event timed early on one side only does not
   * bias it.
   */
  static double[] strideHalves(List<StepTiming> steps, boolean[] accepted) {
    List<Double> halves = new ArrayList<>();
    List<Double> single = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!accepted[i]) {
        continue;
      }
      single.add(steps.get(i).stepSeconds());
      if (i + 1 < steps.size() && accepted[i + 1]
          && steps.get(i + 1).contactSeconds() == steps.get(i).nextContactSeconds()) {
        halves.add((steps.get(i + 1).nextContactSeconds() - steps.get(i).contactSeconds()) / 2);
      }
    }
    return typical((halves.isEmpty() ? single : halves).stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The values within {@link #STEP_OUTLIER_SHARE} of their median. */
  static double[] typical(double[] values) {
    if (values.length == 0) {
      return values;
    }
    double median = median(values);
    return Arrays.stream(values).filter(v -> Math.abs(v - median) <= STEP_OUTLIER_SHARE * median).toArray();
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
  }
}
