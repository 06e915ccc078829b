package org.runpose.compare;

import java.util.Objects;
import org.runpose.Severity;

/**
 * A finding at one visit, graded against that visit's own thresholds.
 *
 * @param value the measured median, or null when not assessed
 * @param severity its traffic light
 * @param watchAt the threshold for watch used at that visit
 * @param excessiveAt the threshold for excessive used at that visit
 */
public record FindingState(Double value, Severity severity, double watchAt, double excessiveAt) {
  public FindingState {
    Objects.requireNonNull(severity, "severity");
    if ((value == null) != (severity == Severity.NOT_ASSESSED)) {
      throw new IllegalArgumentException("a value needs a severity and a severity a value: " + value + ", "
          + severity);
    }
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite: " + value);
    }
  }
}
