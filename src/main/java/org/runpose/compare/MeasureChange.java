package org.runpose.compare;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * One summary measure at two visits.
 *
 * @param id the measure, named like the analysis.json summary field it comes from, with its unit
 * @param label what the report calls it, with its unit
 * @param unit unit of the values and the change
 * @param before median at the first visit, or null when not measured
 * @param after median at the second visit, or null
 * @param change after minus before, between the values as the report shows them (to {@code decimals}), or null
 * @param lowerIsBetter whether lower is better above the watch threshold (trunk lean and lumbar hollow only)
 * @param verdict for those, as for the findings; null for the measures without a better direction
 * @param detectableChange the smallest change that is more than measurement error ({@link DetectableChange}; the
 *     tolerance for trunk lean and lumbar hollow), in the measure's unit; null where runpose has not measured its
 *     own error for the measure
 * @param reading the verdict in a few words; for a measure without a better direction, whether the change is within
 *     measurement error; empty where the error is not known
 * @param decimals how many decimals the report shows
 */
public record MeasureChange(
    String id,
    String label,
    String unit,
    Double before,
    Double after,
    Double change,
    boolean lowerIsBetter,
    Verdict verdict,
    Double detectableChange,
    String reading,
    @JsonIgnore int decimals) {
  public MeasureChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(reading, "reading");
    if (lowerIsBetter != (verdict != null)) {
      throw new IllegalArgumentException(id + ": a verdict is given exactly when lower is better");
    }
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be >= 0: " + decimals);
    }
  }
}
