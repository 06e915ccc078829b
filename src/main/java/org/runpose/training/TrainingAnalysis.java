package org.runpose.training;

import java.util.Comparator;
import java.util.List;
import org.runpose.Severity;

/**
 * A training log judged against the load rules.
 *
 * @param config the thresholds used
 * @param unit the runner's unit, for everything shown (the analysis itself is in km)
 * @param log the runs, skipped rows and input files
 * @param speedWork which runs count as speed work, and why
 * @param weeks every ISO week from the first run to the last
 * @param rules each rule's checks, one per week, and findings
 */
public record TrainingAnalysis(
    TrainingRulesConfig config,
    DistanceUnit unit,
    TrainingLog log,
    SpeedWork speedWork,
    List<WeekSummary> weeks,
    List<RuleResult> rules) {

  public TrainingAnalysis {
    weeks = List.copyOf(weeks);
    rules = List.copyOf(rules);
    for (RuleResult r : rules) {
      if (r.checks().size() != weeks.size()) {
        throw new IllegalArgumentException("rule " + r.ruleId() + " must check every week");
      }
    }
  }

  /** Judges a log: speed work, weekly totals, then every rule. */
  public static TrainingAnalysis of(TrainingLog log, TrainingRulesConfig config, DistanceUnit unit) {
    SpeedWork speed = SpeedWork.classify(log.runs(), config.speedPaceMargin());
    List<WeekSummary> weeks = WeekSummary.of(speed.runs());
    WeekHistory history = new WeekHistory(weeks, config, unit);
    List<RuleResult> results = List.of(
            new LongRunShareRule(),
            WeeklyIncreaseRule.distance(),
            new AcuteChronicRatioRule(),
            WeeklyIncreaseRule.speedWork(),
            new SpeedWorkBaseRule(),
            new SameWeekIncreaseRule())
        .stream().map(rule -> rule.evaluate(history)).toList();
    return new TrainingAnalysis(config, unit, log, speed, weeks, results);
  }

  /** Every finding, by week and then in rule order. */
  public List<Finding> findings() {
    return rules.stream().flatMap(r -> r.findings().stream())
        .sorted(Comparator.comparing((Finding f) -> f.weeks().get(0))).toList();
  }

  /** The worst verdict any rule gave week {@code i}. */
  public Severity worstOfWeek(int i) {
    return rules.stream().map(r -> r.checks().get(i).severity())
        .reduce(Severity.NOT_ASSESSED, Severity::worst);
  }

  /** The check of rule {@code ruleId} for week {@code i}. */
  public WeekCheck check(String ruleId, int i) {
    return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule " + ruleId)).checks().get(i);
  }

  public long count(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).count();
  }
}
