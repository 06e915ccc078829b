package org.runpose.training;

/**
 * The thresholds of the training-load rules. Each limit marks where a week turns from "ok" to
 * "watch"; the {@code ...Excessive} levels mark "excessive". The basis of each default is given by
 * the rule that uses it and in the report.
 *
 * @param maxLongRunShare longest run over the week's distance; 0.25 is the physical therapist's rule
 * @param longRunShareExcessive runpose's own choice, about a third of the week in one run
 * @param maxWeeklyIncrease increase over the biggest of the previous {@code chronicWeeks} weeks; 0.10
 *     is the widely used "10% rule" of thumb
 * @param weeklyIncreaseExcessive 0.30, where Nielsen et al. 2014 saw more injuries in novices
 * @param acwrWatch acute:chronic workload ratio above Gabbett's 2016 "sweet spot" (0.8-1.3)
 * @param acwrLimit acute:chronic ratio of Gabbett's "danger zone" (above 1.5)
 * @param chronicWeeks the weeks a week is compared with (the chronic load window)
 * @param baseWeeks weeks of easy running before speed work is added
 * @param breakWeeks weeks in a row without running after which the base must be rebuilt
 * @param speedPaceMargin an unlabelled run this much faster than the easy pace is speed work
 * @param increaseTolerance changes smaller than this are not an "increase" for the rule that keeps
 *     speed work and distance from rising in the same week
 */
public record TrainingRulesConfig(
    double maxLongRunShare,
    double longRunShareExcessive,
    double maxWeeklyIncrease,
    double weeklyIncreaseExcessive,
    double acwrWatch,
    double acwrLimit,
    int chronicWeeks,
    int baseWeeks,
    int breakWeeks,
    double speedPaceMargin,
    double increaseTolerance) {

  public TrainingRulesConfig {
    requireIn("maxLongRunShare", maxLongRunShare, 0.05, 1);
    requireIn("longRunShareExcessive", longRunShareExcessive, maxLongRunShare, 1);
    requireIn("maxWeeklyIncrease", maxWeeklyIncrease, 0.01, 5);
    requireIn("weeklyIncreaseExcessive", weeklyIncreaseExcessive, maxWeeklyIncrease, 10);
    requireIn("acwrWatch", acwrWatch, 1, 5);
    requireIn("acwrLimit", acwrLimit, acwrWatch, 5);
    requireIn("chronicWeeks", chronicWeeks, 2, 12);
    requireIn("baseWeeks", baseWeeks, 1, 26);
    requireIn("breakWeeks", breakWeeks, 1, 26);
    requireIn("speedPaceMargin", speedPaceMargin, 0.01, 0.5);
    requireIn("increaseTolerance", increaseTolerance, 0, 0.5);
  }

  public static TrainingRulesConfig defaults() {
    return new TrainingRulesConfig(0.25, 0.35, 0.10, 0.30, 1.3, 1.5, 4, 4, 2, 0.10, 0.05);
  }

  private static void requireIn(String name, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          name + " must be between " + trim(min) + " and " + trim(max) + ", was " + trim(value));
    }
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
