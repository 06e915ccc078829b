package org.runpose.signal;

import static org.runpose.pose.BodyLandmark.LEFT_ANKLE;
import static org.runpose.pose.BodyLandmark.LEFT_ELBOW;
import static org.runpose.pose.BodyLandmark.LEFT_FOOT_INDEX;
import static org.runpose.pose.BodyLandmark.LEFT_HEEL;
import static org.runpose.pose.BodyLandmark.LEFT_HIP;
import static org.runpose.pose.BodyLandmark.LEFT_INDEX;
import static org.runpose.pose.BodyLandmark.LEFT_KNEE;
import static org.runpose.pose.BodyLandmark.LEFT_PINKY;
import static org.runpose.pose.BodyLandmark.LEFT_SHOULDER;
import static org.runpose.pose.BodyLandmark.LEFT_THUMB;
import static org.runpose.pose.BodyLandmark.LEFT_WRIST;
import static org.runpose.pose.BodyLandmark.RIGHT_ANKLE;
import static org.runpose.pose.BodyLandmark.RIGHT_ELBOW;
import static org.runpose.pose.BodyLandmark.RIGHT_FOOT_INDEX;
import static org.runpose.pose.BodyLandmark.RIGHT_HEEL;
import static org.runpose.pose.BodyLandmark.RIGHT_HIP;
import static org.runpose.pose.BodyLandmark.RIGHT_INDEX;
import static org.runpose.pose.BodyLandmark.RIGHT_KNEE;
import static org.runpose.pose.BodyLandmark.RIGHT_PINKY;
import static org.runpose.pose.BodyLandmark.RIGHT_SHOULDER;
import static org.runpose.pose.BodyLandmark.RIGHT_THUMB;
import static org.runpose.pose.BodyLandmark.RIGHT_WRIST;

import java.util.List;
import org.runpose.pose.BodyLandmark;

/**
 * A limb whose left and right labels pose models exchange as a whole, from its root joint outward. The hand points
 * belong to the arm: they follow the wrist's label.
 */
public enum LimbChain {
  ARM(
      List.of(LEFT_SHOULDER, LEFT_ELBOW, LEFT_WRIST, LEFT_PINKY, LEFT_INDEX, LEFT_THUMB),
      List.of(RIGHT_SHOULDER, RIGHT_ELBOW, RIGHT_WRIST, RIGHT_PINKY, RIGHT_INDEX, RIGHT_THUMB)),
  LEG(
      List.of(LEFT_HIP, LEFT_KNEE, LEFT_ANKLE, LEFT_HEEL, LEFT_FOOT_INDEX),
      List.of(RIGHT_HIP, RIGHT_KNEE, RIGHT_ANKLE, RIGHT_HEEL, RIGHT_FOOT_INDEX));

  private final List<BodyLandmark> left;
  private final List<BodyLandmark> right;

  LimbChain(List<BodyLandmark> left, List<BodyLandmark> right) {
    this.left = left;
    this.right = right;
  }

  /** The left side's landmarks, root first. */
  public List<BodyLandmark> left() {
    return left;
  }

  /** The right side's landmarks, in the order of {@link #left()}. */
  public List<BodyLandmark> right() {
    return right;
  }
}
