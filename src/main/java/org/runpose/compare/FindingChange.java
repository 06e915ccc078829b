package org.runpose.compare;

import java.util.Objects;

/**
 * One posture finding at two visits.
 *
 * @param id the finding's id, as in analysis.json ({@code forward-lean}, {@code lumbar-hyperextension})
 * @param title its name
 * @param unit unit of the values, the change and the tolerance
 * @param tolerance smallest change that counts as a change
 * @param before the finding at the first visit
 * @param after the finding at the second visit
 * @param change after minus before, to a tenth as judged; null when not assessed at either visit
 * @param verdict improved, worse, unchanged or not assessed
 * @param summary the verdict in one plain sentence with the values
 */
public record FindingChange(
    String id,
    String title,
    String unit,
    double tolerance,
    FindingState before,
    FindingState after,
    Double change,
    Verdict verdict,
    String summary) {
  public FindingChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(summary, "summary");
    if ((change == null) != (verdict == Verdict.NOT_ASSESSED)) {
      throw new IllegalArgumentException("a change needs a verdict and a verdict a change");
    }
  }
}
