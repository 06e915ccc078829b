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
 * @param value the measured value (median), or null when not assessed
 * @param unit unit of the value and thresholds
 * @param watchAt threshold for watch
 * @param excessiveAt threshold for excessive
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
    double watchAt,
    double excessiveAt,
    int stepsUsed,
    int framesUsed,
    List<Double> timesSeconds,
    String explanation,
    String advice) {

  /** Id of the forward trunk lean finding. */
  public static final String FORWARD_LEAN = "forward-lean";
  /** Id of the lumbar hyperextension finding. */
  public static final String LUMBAR = "lumbar-hyperextension";

  public Flag {
    timesSeconds = List.copyOf(timesSeconds);
  }
}
