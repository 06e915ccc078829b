package org.runpose.pose;

import java.util.Locale;

/** Which BlazePose landmark network to run; both share the same person detector. */
public enum ModelVariant {
  /** The accurate default. */
  FULL("pose_landmark_full"),
  /** About twice as fast, less precise on small or blurred limbs. */
  LITE("pose_landmark_lite");

  static final String DETECTOR = "pose_detection";

  private final String modelName;

  ModelVariant(String modelName) {
    this.modelName = modelName;
  }

  /** File name without extension under the models folder. */
  public String modelName() {
    return modelName;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
