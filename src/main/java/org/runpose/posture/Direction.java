package org.runpose.posture;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which way the runner faces in the image. */
public enum Direction {
  /** Running toward the right edge of the image. */
  RIGHT(1),
  /** Running toward the left edge of the image. */
  LEFT(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /** +1 when forward is +x in the image, -1 when it is -x. */
  public int sign() {
    return sign;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
