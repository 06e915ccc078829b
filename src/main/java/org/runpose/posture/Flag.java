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

  /** The threshold a trunk lean is borderline at ({@link #borderlineLine}); null for other findings or a clear lean. */
  public Double borderlineAt() {
    return id.equals(FORWARD_LEAN) && value != null && watchAt != null
        ? borderlineLine(value, watchAt, excessiveAt) : null;
  }

  /**
   * The threshold, the nearer of the two, that a lean lies within the measure's own error of: filmed again, it could
   * fall on the other side. The error is the lean's detectable change, which the labelled renders' errors stay
   * within. Null where the lean is clear of both.
   */
  static Double borderlineLine(double leanDeg, double watchDeg, double excessiveDeg) {
    double line = Math.abs(leanDeg - watchDeg) <= Math.abs(leanDeg - excessiveDeg) ? watchDeg : excessiveDeg;
    return Math.abs(leanDeg - line) < DetectableChange.LEAN_DEG ? line : null;
  }
}
