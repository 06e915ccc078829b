package org.runpose.pose;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The 33 BlazePose body keypoints, in the model's output order. */
public enum BodyLandmark {
  NOSE,
  LEFT_EYE_INNER,
  LEFT_EYE,
  LEFT_EYE_OUTER,
  RIGHT_EYE_INNER,
  RIGHT_EYE,
  RIGHT_EYE_OUTER,
  LEFT_EAR,
  RIGHT_EAR,
  MOUTH_LEFT,
  MOUTH_RIGHT,
  LEFT_SHOULDER,
  RIGHT_SHOULDER,
  LEFT_ELBOW,
  RIGHT_ELBOW,
  LEFT_WRIST,
  RIGHT_WRIST,
  LEFT_PINKY,
  RIGHT_PINKY,
  LEFT_INDEX,
  RIGHT_INDEX,
  LEFT_THUMB,
  RIGHT_THUMB,
  LEFT_HIP,
  RIGHT_HIP,
  LEFT_KNEE,
  RIGHT_KNEE,
  LEFT_ANKLE,
  RIGHT_ANKLE,
  LEFT_HEEL,
  RIGHT_HEEL,
  LEFT_FOOT_INDEX,
  RIGHT_FOOT_INDEX;

  public static final int COUNT = values().length;

  private static final BodyLandmark[] MIRRORED = new BodyLandmark[COUNT];

  static {
    for (BodyLandmark lm : values()) {
      String name = lm.name();
      String other = name.contains("LEFT") ? name.replace("LEFT", "RIGHT") : name.replace("RIGHT", "LEFT");
      MIRRORED[lm.ordinal()] = valueOf(other);
    }
  }

  /** The lower-case name used in files, e.g. {@code left_shoulder}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The same point on the other side of the body (left and right exchanged); the nose is its own. */
  public BodyLandmark mirrored() {
    return MIRRORED[ordinal()];
  }

  public static BodyLandmark fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
