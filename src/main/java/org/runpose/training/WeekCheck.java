package org.runpose.training;

import java.time.LocalDate;
import java.util.Objects;
import org.runpose.Severity;

/**
 * One rule's verdict on one week.
 *
 * @param weekStart the week's Monday
 * @param severity ok, watch, excessive, or not assessed
 * @param measured the value measured, null when not assessed
 * @param limit the limit it was held against, null when not assessed
 * @param note why it was not assessed, or a short remark; empty when there is nothing to say
 */
public record WeekCheck(LocalDate weekStart, Severity severity, Double measured, Double limit, String note) {
  public WeekCheck {
    Objects.requireNonNull(weekStart, "weekStart");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(note, "note");
  }

  static WeekCheck notAssessed(WeekSummary week, String why) {
    return new WeekCheck(week.weekStart(), Severity.NOT_ASSESSED, null, null, why);
  }

  static WeekCheck measured(WeekSummary week, Severity severity, double measured, double limit) {
    return new WeekCheck(week.weekStart(), severity, measured, limit, "");
  }
}
