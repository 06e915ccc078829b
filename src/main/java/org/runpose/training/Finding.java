package org.runpose.training;

import java.util.List;
import java.util.Objects;
import org.runpose.Severity;

/**
 * A broken rule: which, how badly, in which week, the numbers, and what to do.
 *
 * @param ruleId the rule's id, e.g. {@code long-run-share}
 * @param severity {@link Severity#WATCH} or {@link Severity#EXCESSIVE}
 * @param weeks the ISO week(s) concerned, e.g. {@code 2024-W10}
 * @param comparedWith the earlier weeks the week was measured against (empty when none)
 * @param measured the measured value, in the rule's own terms (a share, an increase, a ratio, weeks)
 * @param limit the limit it broke
 * @param headline the finding in a line, e.g. "Weekly distance +40% (limit +10%)"
 * @param explanation what happened, in plain words and the runner's units
 * @param advice what to do about it
 * @param note that this is not medical advice
 */
public record Finding(
    String ruleId,
    Severity severity,
    List<String> weeks,
    List<String> comparedWith,
    double measured,
    double limit,
    String headline,
    String explanation,
    String advice,
    String note) {

  public static final String NOT_MEDICAL_ADVICE =
      "General training guidance, not medical advice: see a physiotherapist or doctor about pain or injury.";

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!severity.isFinding()) {
      throw new IllegalArgumentException("a finding is 'watch' or 'excessive', was " + severity);
    }
    weeks = List.copyOf(weeks);
    comparedWith = List.copyOf(comparedWith);
    if (weeks.isEmpty()) {
      throw new IllegalArgumentException("a finding names at least one week");
    }
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(note, "note");
  }
}
