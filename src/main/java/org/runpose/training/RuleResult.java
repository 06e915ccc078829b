package org.runpose.training;

import java.util.List;

/**
 * One rule over the whole log: a check for every week, and the findings among them.
 *
 * @param ruleId e.g. {@code long-run-share}
 * @param name a short name for tables, e.g. "Long run share"
 * @param title the rule in a line
 * @param basis where the rule and its defaults come from
 * @param checks one per week, in week order
 * @param findings the weeks that broke the rule
 */
public record RuleResult(String ruleId, String name, String title, String basis, List<WeekCheck> checks,
    List<Finding> findings) {
  public RuleResult {
    checks = List.copyOf(checks);
    findings = List.copyOf(findings);
  }
}
