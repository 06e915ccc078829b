package org.runpose.training;

import java.util.ArrayList;
import java.util.List;
import org.runpose.Severity;

/**
 * Speed work (its distance or its pace) and total distance do not both rise in the same week, so
 * the body adapts to one new load at a time.
 */
final class SameWeekIncreaseRule extends WeeklyRule {

  static final String ID = "speed-and-distance-same-week";

  SameWeekIncreaseRule() {
    super(ID, "Speed work with distance", true);
  }

  @Override
  String title(TrainingRulesConfig c) {
    return "Speed work and distance not increased in the same week";
  }

  @Override
  String basis(TrainingRulesConfig c) {
    return "The physical therapist's rule: do not increase speed work (its volume or its pace) in the"
        + " same week as the total distance, so that the body adapts to one new load at a time."
        + " An increase here is more than " + Format.percent(c.increaseTolerance()) + " above the week"
        + " before, or above the biggest of the " + c.chronicWeeks() + " weeks before (runpose's allowance for"
        + " normal week-to-week variation); for pace, speed work more than " + Format.percent(c.increaseTolerance())
        + " faster than the fastest of those weeks. Speed work after none in those weeks counts as an"
        + " increase.";
  }

  @Override
  Verdict judge(WeekHistory h, int i) {
    WeekSummary w = h.week(i);
    if (w.speedSessions() == 0) {
      return Verdict.of(WeekCheck.notAssessed(w, "no speed work"));
    }
    double windowReference = h.maxOfWindow(i, WeekSummary::distanceKm);
    if (windowReference == 0) {
      return Verdict.of(WeekCheck.notAssessed(w, "no running in " + h.windowWords() + ": a restart"));
    }
    TrainingRulesConfig c = h.config;
    // Against the window's biggest week, and week to week as a runner reads the rule: a spike week in the window
    // must not hide a rise of both from the week before.
    WeekSummary previous = h.week(i - 1);
    Verdict found = rise(h, i, h.window(i), h.windowWords());
    if (found == null && previous.distanceKm() > 0) {
      found = rise(h, i, List.of(previous), "the week before");
    }
    return found != null ? found : Verdict.of(new WeekCheck(w.weekStart(), Severity.OK,
        w.distanceKm() / windowReference - 1, c.increaseTolerance(), ""));
  }

  /** The finding when distance and speed work both rose against {@code before}; null when they did not. */
  private Verdict rise(WeekHistory h, int i, List<WeekSummary> before, String beforeWords) {
    WeekSummary w = h.week(i);
    TrainingRulesConfig c = h.config;
    double tolerance = 1 + c.increaseTolerance();
    double reference = before.stream().mapToDouble(WeekSummary::distanceKm).max().orElse(0);
    List<String> speedChanges = speedIncreases(h, w, before, beforeWords, tolerance);
    if (w.distanceKm() <= reference * tolerance || speedChanges.isEmpty()) {
      return null;
    }
    double increase = w.distanceKm() / reference - 1;
    // watch at any increase, excessive when the distance alone broke the weekly limit
    Severity severity = grade(increase, Double.NEGATIVE_INFINITY, c.maxWeeklyIncrease());
    String explanation = "In " + WeekHistory.label(w) + " the distance rose " + Format.percent(increase)
        + " (to " + h.km(w.distanceKm()) + ", against " + (before.size() > 1 ? "at most " : "")
        + h.km(reference) + " in " + beforeWords + ") and speed work rose too: " + String.join("; ", speedChanges)
        + ".";
    String advice = "Change one thing at a time: in a week you run farther, keep speed work as it was;"
        + " add speed work in a week when the distance holds.";
    String headline = "Distance " + Format.change(increase) + " and speed work up in the same week";
    return verdict(w, severity, increase, c.increaseTolerance(), before.stream().map(WeekSummary::isoWeek).toList(),
        headline, explanation, advice);
  }

  /** How speed work rose against the weeks before, in words; empty when it did not. */
  private static List<String> speedIncreases(WeekHistory h, WeekSummary w, List<WeekSummary> before,
      String beforeWords, double tolerance) {
    List<String> changes = new ArrayList<>();
    double speedReference = before.stream().mapToDouble(WeekSummary::speedWorkKm).max().orElse(0);
    if (speedReference == 0) {
      changes.add("speed work added (" + h.km(w.speedWorkKm()) + ") after none in " + beforeWords);
      return changes;
    }
    if (w.speedWorkKm() > speedReference * tolerance) {
      changes.add(h.km(w.speedWorkKm()) + " in " + Format.count(w.speedSessions(), "session") + " against "
          + (before.size() > 1 ? "at most " : "") + h.km(speedReference));
    }
    double fastest = before.stream().filter(x -> x.speedSessions() > 0)
        .mapToDouble(WeekSummary::speedWorkPaceSecondsPerKm).min().orElseThrow();
    if (w.speedWorkPaceSecondsPerKm() * tolerance < fastest) {
      changes.add("pace " + Format.pace(w.speedWorkPaceSecondsPerKm(), h.unit) + "/" + h.unit
          + " against at best " + Format.pace(fastest, h.unit) + "/" + h.unit);
    }
    return changes;
  }
}
