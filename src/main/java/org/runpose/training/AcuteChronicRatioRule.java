package org.runpose.training;

import org.runpose.Severity;

/**
 * The week's distance (acute load) over the average of the weeks before it (chronic load). The
 * window excludes the week itself ("uncoupled"), which avoids the built-in correlation of the
 * original rolling form that Impellizzeri et al. criticised.
 */
final class AcuteChronicRatioRule extends WeeklyRule {

  static final String ID = "acute-chronic-ratio";

  AcuteChronicRatioRule() {
    super(ID, "Acute:chronic ratio", true);
  }

  @Override
  String title(TrainingRulesConfig c) {
    return "Acute:chronic distance ratio at most " + Format.ratio(c.acwrWatch()) + " (danger above "
        + Format.ratio(c.acwrLimit()) + ")";
  }

  @Override
  String basis(TrainingRulesConfig c) {
    return "Acute:chronic workload ratio: the week's distance over the average of the "
        + c.chronicWeeks() + " weeks before it. Gabbett (2016) reported the lowest injury risk at"
        + " 0.8-1.3 (the 'sweet spot') and a clearly higher risk above 1.5, in team-sport athletes."
        + " The ratio has been criticised as a statistical artefact with weak evidence, especially"
        + " for runners (Impellizzeri et al. 2020), so runpose uses the uncoupled form and reads it"
        + " alongside the weekly-increase rule, not alone. A week after " + c.chronicWeeks()
        + " or more weeks without running has no ratio: the history starts again.";
  }

  @Override
  Verdict judge(WeekHistory h, int i) {
    WeekSummary w = h.week(i);
    double chronic = h.meanOfWindow(i, WeekSummary::distanceKm);
    if (chronic == 0) {
      return Verdict.of(WeekCheck.notAssessed(w, "no running in " + h.windowWords() + ": a restart"));
    }
    TrainingRulesConfig c = h.config;
    double ratio = w.distanceKm() / chronic;
    Severity severity = grade(ratio, c.acwrWatch(), c.acwrLimit());
    double limit = severity == Severity.EXCESSIVE ? c.acwrLimit() : c.acwrWatch();
    String explanation = WeekHistory.label(w) + ": " + h.km(w.distanceKm()) + " against an average of "
        + h.km(chronic) + " a week over " + h.windowWords() + ", a ratio of " + Format.ratio(ratio, limit) + ".";
    String advice = "Keep a week within " + Format.ratio(c.acwrWatch()) + " times your recent average (up to "
        + h.km(chronic * c.acwrWatch()) + " here): build up over several weeks rather than in one.";
    String headline = "Acute:chronic ratio " + Format.ratio(ratio, limit) + " (limit " + Format.ratio(limit) + ")";
    return verdict(w, severity, ratio, limit, h.windowLabels(i), headline, explanation, advice);
  }
}
