package org.runpose.posture;

import java.util.List;
import org.runpose.Severity;

/**
 * A posture finding the runner or therapist should read.
 *
 * @param id {@code forward-lean} or {@code lumbar-hyperextension}
 * @param title short name
 * @param severity traffic light; {@link Severity#NOT_ASSESSED} with the reason in {@code explanation} when the
 *     data do not allow a judgement
 * @param value the measured value (median), or null when it could not be measured; a lumbar hollow measured but
 *     not judged (no baseline, no thresholds) is not assessed with its value
 * @param unit unit of the value and thresholds
 * @param watchAt threshold for watch, or null when the finding has no basis to be judged on
 * @param excessiveAt threshold for excessive, or null with {@code watchAt}
 * @param stepsUsed steps the value rests on
 * @param framesUsed frames the value rests on
 * @param timesSeconds times (step mid-stances or frames) where the value reached the watch threshold
 * @param explanation what was measured and what it means, in plain language
 * @param advice what to do about it
 */
public record Flag(
    String id,
    String title,
    Severity severity,
    Double value,
    String unit,
    Double watchAt,
    Double excessiveAt,
    int stepsUsed,
    int framesUsed,
    List<Double> timesSeconds,
    String explanation,
    String advice) {

  /** The state of a value measured with nothing to judge it against (a lumbar hollow without a baseline). */
  public static final String NOT_JUDGED = "not judged";

  /** Id of the forward trunk lean finding. */
  public static final String FORWARD_LEAN = "forward-lean";
  /** Id of the lumbar hyperextension finding. */
  public static final String LUMBAR = "lumbar-hyperextension";

  /**
   * Fewest steps for a lean as sure as a whole run's. Rendered runners cut to one stride (two steps) read the lean
   * within 1.4° of the truth where the camera was level (tuning renders; 2.7° on the check renders), but one stride
   * seldom shows how level the camera was (found in 9 of 48 cuts), and a camera's roll then goes into the lean whole
   * (4.5° off on the tuning clip filmed with a 4° roll).
   */
  public static final int SURE_LEAN_STEPS = 4;
  /**
   * How close to a threshold a lean from fewer steps is borderline: the margin within which the real-footage target
   * and the flags' scoring take a lean to be a judgement call.
   */
  public static final double ONE_STRIDE_LEAN_MARGIN_DEG = 3;

  public Flag {
    if ((watchAt == null) != (excessiveAt == null)) {
      throw new IllegalArgumentException("a finding has both thresholds or neither");
    }
    timesSeconds = List.copyOf(timesSeconds);
  }

  /** Measured, but with nothing to judge it against (a lumbar hollow without a baseline). */
  public boolean unjudged() {
    return value != null && watchAt == null;
  }

  /** The traffic light in words, {@value #NOT_JUDGED} for a value without a basis. */
  public String stateLabel() {
    return unjudged() ? NOT_JUDGED : severity.label();
  }

  /** Whether this is a trunk lean that lies within its own error of a threshold ({@link #borderlineLine}). */
  public boolean borderline() {
    return borderlineTo() != null;
  }

  /**
   * For a borderline lean, the grade on the other side of the threshold it lies near ("near the excessive line" is a
   * watch near 15°, not one nearly ok); null where it is not borderline.
   */
  public Severity borderlineTo() {
    return !id.equals(FORWARD_LEAN) || value == null || watchAt == null ? null
        : across(severity, borderlineLine(value, watchAt, excessiveAt, stepsUsed), watchAt);
  }

  /** "near the ok line": a borderline lean's words beside its grade, for {@code across} its line. */
  public static String nearLine(Severity across) {
    return "near the " + across.label() + " line";
  }

  /**
   * The grade across {@code line} from {@code severity}, the one a lean holds (graded unrounded, as printed it may sit
   * on the line); null without a line.
   */
  static Severity across(Severity severity, Double line, double watchAt) {
    if (line == null) {
      return null;
    }
    if (line == watchAt) {
      return severity == Severity.OK ? Severity.WATCH : Severity.OK;
    }
    return severity == Severity.EXCESSIVE ? Severity.WATCH : Severity.EXCESSIVE;
  }

  /** How far from a threshold a lean from this many steps can be off: its detectable change, more from one stride. */
  static double leanErrorDeg(int steps) {
    return steps < SURE_LEAN_STEPS ? ONE_STRIDE_LEAN_MARGIN_DEG : DetectableChange.LEAN_DEG;
  }

  /**
   * The threshold, the nearer of the two, that a lean lies less than its own error ({@link #leanErrorDeg}) from, as
   * printed to a tenth of a degree: filmed again, it could fall on the other side. Null where it is clear of both.
   */
  static Double borderlineLine(double leanDeg, double watchDeg, double excessiveDeg, int steps) {
    double shown = Math.round(leanDeg * 10) / 10.0;
    double line = Math.abs(shown - watchDeg) <= Math.abs(shown - excessiveDeg) ? watchDeg : excessiveDeg;
    return Math.abs(shown - line) < leanErrorDeg(steps) ? line : null;
  }
}
