package org.runpose.gait;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.runpose.pose.BodyLandmark;

/** The runner's left or right side. */
public enum Side {
  LEFT,
  RIGHT;

  public Side other() {
    return this == LEFT ? RIGHT : LEFT;
  }

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public BodyLandmark shoulder() {
    return this == LEFT ? BodyLandmark.LEFT_SHOULDER : BodyLandmark.RIGHT_SHOULDER;
  }

  public BodyLandmark elbow() {
    return this == LEFT ? BodyLandmark.LEFT_ELBOW : BodyLandmark.RIGHT_ELBOW;
  }

  public BodyLandmark hip() {
    return this == LEFT ? BodyLandmark.LEFT_HIP : BodyLandmark.RIGHT_HIP;
  }

  public BodyLandmark knee() {
    return this == LEFT ? BodyLandmark.LEFT_KNEE : BodyLandmark.RIGHT_KNEE;
  }

  public BodyLandmark ankle() {
    return this == LEFT ? BodyLandmark.LEFT_ANKLE : BodyLandmark.RIGHT_ANKLE;
  }

  public BodyLandmark heel() {
    return this == LEFT ? BodyLandmark.LEFT_HEEL : BodyLandmark.RIGHT_HEEL;
  }

  public BodyLandmark toe() {
    return this == LEFT ? BodyLandmark.LEFT_FOOT_INDEX : BodyLandmark.RIGHT_FOOT_INDEX;
  }
}
