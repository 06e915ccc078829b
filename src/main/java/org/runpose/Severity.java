package org.runpose;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The traffic light every runpose finding and check carries, shared by all reports. */
public enum Severity {
  OK("ok"),
  WATCH("watch"),
  EXCESSIVE("excessive"),
  /** The check could not be made, e.g. too little history; never a finding. */
  NOT_ASSESSED("n/a");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether this is something the runner should act on. */
  public boolean isFinding() {
    return this == WATCH || this == EXCESSIVE;
  }

  /** The more serious of two; {@link #NOT_ASSESSED} ranks below {@link #OK}. */
  public static Severity worst(Severity a, Severity b) {
    return rank(a) >= rank(b) ? a : b;
  }

  private static int rank(Severity s) {
    return s == NOT_ASSESSED ? -1 : s.ordinal();
  }

  /** The lower-case name used in JSON and CSS classes. */
  @JsonValue
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
