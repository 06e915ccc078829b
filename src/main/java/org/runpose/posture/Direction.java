package org.runpose.posture;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.runpose.gait.Side;

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

  /** The other way. */
  public Direction opposite() {
    return this == RIGHT ? LEFT : RIGHT;
  }

  /** The body side facing the camera: a runner heading for the image's right edge shows the camera the right side. */
  public Side nearSide() {
    return this == RIGHT ? Side.RIGHT : Side.LEFT;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
