package org.runpose.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What happened to a finding between two visits. Lower is better, but only from the watch threshold up: a lean
 * that goes from 5° to 2° was within the usual range both times and is not called an improvement.
 */
public enum Verdict {
  IMPROVED("the value fell by at least the tolerance from a visit graded watch or excessive"),
  WORSE("the value rose by at least the tolerance to a visit graded watch or excessive"),
  UNCHANGED("any other change: smaller than the tolerance (the measurement error), or within the usual range at"
      + " both visits"),
  NOT_ASSESSED("not assessed at one visit or both (insufficient data): no verdict");

  private final String rule;

  Verdict(String rule) {
    this.rule = rule;
  }

  /** When this verdict is given, in plain words. */
  public String rule() {
    return rule;
  }

  /** Judges the change of one measure, taken as {@link #change} gives it. */
  public static Verdict judge(FindingState before, FindingState after, double tolerance) {
    if (before.value() == null || after.value() == null) {
      return NOT_ASSESSED;
    }
    double change = change(before.value(), after.value());
    if (change <= -tolerance && before.severity().isFinding()) {
      return IMPROVED;
    }
    if (change >= tolerance && after.severity().isFinding()) {
      return WORSE;
    }
    return UNCHANGED;
  }

  /**
   * The change between the values as the report shows them, to a tenth: 3.0 % to 3.3 % is +0.3 whatever the
   * hundredths were, and a change shown as 2.0° is never called smaller than a 2° tolerance.
   */
  public static double change(double before, double after) {
    return tenths(tenths(after) - tenths(before));
  }

  private static double tenths(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /** The lower-case name used in JSON. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
