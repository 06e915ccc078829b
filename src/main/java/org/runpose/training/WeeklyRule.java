package org.runpose.training;

import java.util.ArrayList;
import java.util.List;
import org.runpose.Severity;

/** A training-load rule that judges each week of the log in turn. */
abstract class WeeklyRule {

  /** A week's check, and the finding when the week broke the rule. */
  record Verdict(WeekCheck check, Finding finding) {
    static Verdict of(WeekCheck check) {
      return new Verdict(check, null);
    }
  }

  private final String id;
  private final String name;
  private final boolean comparesWithEarlierWeeks;

  /**
   * @param id the rule's id in findings and JSON
   * @param name a short name for tables
   * @param comparesWithEarlierWeeks whether the first weeks of a log are its baseline, not judged
   */
  WeeklyRule(String id, String name, boolean comparesWithEarlierWeeks) {
    this.id = id;
    this.name = name;
    this.comparesWithEarlierWeeks = comparesWithEarlierWeeks;
  }

  final String id() {
    return id;
  }

  abstract String title(TrainingRulesConfig config);

  abstract String basis(TrainingRulesConfig config);

  /** Judges week {@code week}; for a comparing rule only weeks with a full window before them. */
  abstract Verdict judge(WeekHistory history, int week);

  final RuleResult evaluate(WeekHistory history) {
    List<WeekCheck> checks = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      Verdict v = comparesWithEarlierWeeks && !history.hasBaseline(i)
          ? Verdict.of(WeekCheck.notAssessed(history.week(i), history.baselineNote()))
          : judge(history, i);
      checks.add(v.check());
      if (v.finding() != null) {
        findings.add(v.finding());
      }
    }
    return new RuleResult(id, name, title(history.config), basis(history.config), checks, findings);
  }

  /** A verdict on a measured week, with a finding when it is over the limit. */
  final Verdict verdict(
      WeekSummary week, Severity severity, double measured, double limit,
      List<String> comparedWith, String headline, String explanation, String advice) {
    WeekCheck check = WeekCheck.measured(week, severity, measured, limit);
    return new Verdict(check, severity.isFinding()
        ? new Finding(id, severity, List.of(week.isoWeek()), comparedWith, measured, limit,
            headline, explanation, advice, Finding.NOT_MEDICAL_ADVICE)
        : null);
  }

  /** Limits are "at most": 33 km after 30 km is +10% even though 33.0 / 30.0 - 1 is a hair more. */
  private static final double ROUNDING = 1e-9;

  /** ok up to {@code watch}, watch up to {@code excessive}, excessive above it. */
  static Severity grade(double value, double watch, double excessive) {
    return value > excessive + ROUNDING ? Severity.EXCESSIVE
        : value > watch + ROUNDING ? Severity.WATCH : Severity.OK;
  }
}
