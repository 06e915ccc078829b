package org.runpose.training;

import org.runpose.Severity;

/**
 * Speed work comes only after weeks of easy running. Judged at the first speed-work week of the log
 * and the first after each break (weeks in a row without running), when the base counts from zero.
 */
final class SpeedWorkBaseRule extends WeeklyRule {

  static final String ID = "speed-work-base";

  SpeedWorkBaseRule() {
    super(ID, "Speed-work base", false);
  }

  @Override
  String title(TrainingRulesConfig c) {
    return "Speed work only after " + c.baseWeeks() + " weeks of easy running";
  }

  @Override
  String basis(TrainingRulesConfig c) {
    return "Build an aerobic base before adding intensity: at least " + c.baseWeeks() + " weeks of easy"
        + " running before tempo runs, intervals or races (the physical therapist's advice; a common"
        + " coaching guideline rather than a tested threshold). After " + c.breakWeeks() + " or more"
        + " weeks in a row without running the base counts from zero again. When speed work comes"
        + " early in the log, runpose cannot see the running before the log, so it says 'watch' at most.";
  }

  @Override
  Verdict judge(WeekHistory h, int i) {
    WeekSummary w = h.week(i);
    if (w.speedSessions() == 0) {
      return Verdict.of(WeekCheck.notAssessed(w, "no speed work"));
    }
    int start = baseStart(h, i);
    for (int j = start; j < i; j++) {
      if (h.week(j).speedSessions() > 0) {
        return Verdict.of(new WeekCheck(w.weekStart(), Severity.OK, null, null,
            "speed work already begun in " + h.week(j).isoWeek()));
      }
    }
    int base = (int) h.weeks.subList(start, i).stream().filter(x -> x.runs() > 0).count();
    TrainingRulesConfig c = h.config;
    boolean fromLogStart = start == 0;
    Severity severity = base >= c.baseWeeks() ? Severity.OK
        : fromLogStart || base * 2 >= c.baseWeeks() ? Severity.WATCH : Severity.EXCESSIVE;
    String explanation = "Speed work starts in " + WeekHistory.label(w) + " after " + Format.count(base, "week")
        + " of easy running" + (fromLogStart
            ? " in the log. If you ran regularly before the log begins, this does not apply."
            : ", following a break of " + breakLength(h, start) + " without running.");
    String advice = "Run easy for at least " + Format.count(c.baseWeeks(), "week")
        + " before adding tempo runs, intervals or races, then add one short session a week.";
    String headline = "Speed work after " + Format.count(base, "week") + " of easy running (at least "
        + c.baseWeeks() + ")";
    return verdict(w, severity, base, c.baseWeeks(), h.weeks.subList(start, i).stream()
        .map(WeekSummary::isoWeek).toList(), headline, explanation, advice);
  }

  /** The week the current base began: the log's first, or the first run after the latest break. */
  private static int baseStart(WeekHistory h, int i) {
    int idle = 0;
    for (int j = i - 1; j >= 0; j--) {
      idle = h.week(j).runs() == 0 ? idle + 1 : 0;
      if (idle >= h.config.breakWeeks()) {
        return j + idle;
      }
    }
    return 0;
  }

  private static String breakLength(WeekHistory h, int start) {
    int idle = 0;
    for (int j = start - 1; j >= 0 && h.week(j).runs() == 0; j--) {
      idle++;
    }
    return Format.count(idle, "week");
  }
}
