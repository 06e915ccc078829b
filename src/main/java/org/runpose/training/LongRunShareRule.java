package org.runpose.training;

import java.util.List;
import org.runpose.Severity;

/** The longest run of a week is at most a quarter of that week's distance. */
final class LongRunShareRule extends WeeklyRule {

  static final String ID = "long-run-share";

  LongRunShareRule() {
    super(ID, "Long run share", false);
  }

  @Override
  String title(TrainingRulesConfig c) {
    return "Longest run at most " + Format.percent(c.maxLongRunShare()) + " of the week";
  }

  @Override
  String basis(TrainingRulesConfig c) {
    return "A physical therapist's rule for recreational runners: the long run is at most "
        + Format.percent(c.maxLongRunShare()) + " of the week's distance, so that no single run is"
        + " far beyond what the body handles the rest of the week. A rule of thumb from clinical"
        + " practice, not a trial result; the 'excessive' level (" + Format.percent(c.longRunShareExcessive())
        + ") is runpose's own choice. A week with one run is not judged: its share is 100% by definition.";
  }

  @Override
  Verdict judge(WeekHistory h, int i) {
    WeekSummary w = h.week(i);
    if (w.runs() == 0) {
      return Verdict.of(WeekCheck.notAssessed(w, "no runs"));
    }
    if (w.runs() == 1) {
      return Verdict.of(WeekCheck.notAssessed(w, "one run: its share is 100% by definition"));
    }
    TrainingRulesConfig c = h.config;
    double share = w.longestRunShare();
    Severity severity = grade(share, c.maxLongRunShare(), c.longRunShareExcessive());
    String explanation = "Your long run on " + WeekHistory.day(w.longestRunDate()) + " ("
        + h.km(w.longestRunKm()) + ") was " + Format.percent(share, c.maxLongRunShare()) + " of the week's "
        + h.km(w.distanceKm()) + " in " + Format.count(w.runs(), "run") + ".";
    String advice = "Keep it at or below " + Format.percent(c.maxLongRunShare()) + " ("
        + h.km(w.distanceKm() * c.maxLongRunShare()) + "): spread the distance over more runs, or"
        + " shorten the long run.";
    int runsNeeded = (int) Math.ceil(1 / c.maxLongRunShare() - 1e-9);
    if (w.runs() < runsNeeded) {
      advice += " With " + w.runs() + " runs a week the longest is at least " + Format.percent(1.0 / w.runs())
          + " of the total, so the limit needs " + runsNeeded + " or more runs.";
    }
    String headline = "Long run " + Format.percent(share, c.maxLongRunShare()) + " of the week (limit "
        + Format.percent(c.maxLongRunShare()) + ")";
    return verdict(w, severity, share, c.maxLongRunShare(), List.of(), headline, explanation, advice);
  }
}
