package org.runpose.compare;

import java.util.Objects;
import org.runpose.Severity;

/**
 * A finding at one visit, graded against that visit's own thresholds.
 *
 * @param value the measured median, or null when not measured
 * @param severity its traffic light; {@link Severity#NOT_ASSESSED} with a value when the visit had no basis to judge
 *     it on (a lumbar hollow without a baseline)
 * @param watchAt the threshold for watch used at that visit, or null when it was not judged
 * @param excessiveAt the threshold for excessive used at that visit, or null with {@code watchAt}
 */
public record FindingState(Double value, Severity severity, Double watchAt, Double excessiveAt) {
  public FindingState {
    Objects.requireNonNull(severity, "severity");
    if (value == null && severity != Severity.NOT_ASSESSED || (watchAt == null) != (excessiveAt == null)
        || value != null && (severity == Severity.NOT_ASSESSED) != (watchAt == null)) {
      throw new IllegalArgumentException("a value is graded against both thresholds, or not graded without them: "
          + value + ", " + severity + ", " + watchAt + ", " + excessiveAt);
    }
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
  }

  /** Measured, but with nothing to judge it against. */
  public boolean unjudged() {
    return value != null && watchAt == null;
  }
}
