package org.runpose.training;

import java.util.function.ToDoubleFunction;
import org.runpose.Severity;

/**
 * No sudden increase: a week's total distance, or its speed-work distance, rises at most the
 * configured fraction above the biggest of the previous weeks. Comparing with the biggest rather
 * than the last week means that coming back to the usual distance after a cut-back or missed week
 * is not counted as an increase, while building beyond it is.
 */
final class WeeklyIncreaseRule extends WeeklyRule {

  static final String DISTANCE_ID = "weekly-distance-increase";
  static final String SPEED_ID = "speed-work-increase";

  private final String what;
  private final ToDoubleFunction<WeekSummary> metric;

  private WeeklyIncreaseRule(String id, String what, ToDoubleFunction<WeekSummary> metric) {
    super(id, capitalise(what) + " increase", true);
    this.what = what;
    this.metric = metric;
  }

  static WeeklyIncreaseRule distance() {
    return new WeeklyIncreaseRule(DISTANCE_ID, "weekly distance", WeekSummary::distanceKm);
  }

  static WeeklyIncreaseRule speedWork() {
    return new WeeklyIncreaseRule(SPEED_ID, "speed work", WeekSummary::speedWorkKm);
  }

  @Override
  String title(TrainingRulesConfig c) {
    return "Increase of " + what + " at most " + Format.percent(c.maxWeeklyIncrease()) + " a week";
  }

  @Override
  String basis(TrainingRulesConfig c) {
    if (id().equals(SPEED_ID)) { // the basis is told once, for distance
      return "The same limits and comparison as for weekly distance, applied to the distance of the"
          + " speed-work runs. A first speed-work week after none in the " + c.chronicWeeks()
          + " weeks before is left to the speed-work base rule and the same-week rule.";
    }
    return "The '10% rule': add at most " + Format.percent(c.maxWeeklyIncrease()) + " a week. A widely"
        + " used rule of thumb, not a proven threshold: Buist et al. (2008) found that a graded"
        + " programme following it did not reduce injuries in novice runners compared with a standard"
        + " programme; Nielsen et al. (2014) found more injuries in novice runners who increased their"
        + " weekly distance by more than 30% (runpose's 'excessive' level, here "
        + Format.percent(c.weeklyIncreaseExcessive()) + "). Each week is compared with the biggest of "
        + "the " + c.chronicWeeks() + " weeks before it, so that returning to your usual distance after a"
        + " cut-back or missed week is not an increase; the first " + c.chronicWeeks() + " weeks of a"
        + " log are its baseline.";
  }

  @Override
  Verdict judge(WeekHistory h, int i) {
    WeekSummary w = h.week(i);
    double reference = h.maxOfWindow(i, metric);
    double current = metric.applyAsDouble(w);
    if (reference == 0) {
      return Verdict.of(WeekCheck.notAssessed(w, current == 0
          ? "no " + what + " this week or in " + h.windowWords()
          : "no " + what + " in " + h.windowWords() + ": a (re)start, compared from next week on"));
    }
    TrainingRulesConfig c = h.config;
    double increase = current / reference - 1;
    Severity severity = grade(increase, c.maxWeeklyIncrease(), c.weeklyIncreaseExcessive());
    String sessions = " in " + (id().equals(DISTANCE_ID)
        ? Format.count(w.runs(), "run") : Format.count(w.speedSessions(), "session"));
    String explanation = capitalise(what) + " in " + WeekHistory.label(w) + ": " + h.km(current) + sessions
        + ", " + Format.percent(increase, c.maxWeeklyIncrease()) + " more than the most in " + h.windowWords() + " ("
        + h.km(reference) + ").";
    String advice = "Add at most " + Format.percent(c.maxWeeklyIncrease()) + " a week (up to "
        + h.km(reference * (1 + c.maxWeeklyIncrease())) + " here), and hold or cut back for a week"
        + " every 3 to 4 weeks.";
    String headline = capitalise(what) + " " + Format.change(increase, c.maxWeeklyIncrease()) + " (limit "
        + Format.change(c.maxWeeklyIncrease()) + ")";
    return verdict(w, severity, increase, c.maxWeeklyIncrease(), h.windowLabels(i), headline, explanation, advice);
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
