package org.runpose.gait;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Running has a flight phase and the hips lowest at mid-stance; walking has both feet down and the hips highest. */
public enum GaitPattern {
  RUNNING,
  WALKING,
  /** Too few steps, or the two signs disagree. */
  UNCLEAR;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
