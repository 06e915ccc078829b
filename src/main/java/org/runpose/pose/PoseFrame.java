package org.runpose.pose;

import java.util.List;

/**
 * The runner's pose in one video frame.
 *
 * @param index frame index in decoding order
 * @param timestampMicros presentation time relative to the first frame
 * @param found whether a pose was found
 * @param poseScore the landmark model's confidence that a person is in the region, in [0,1]; 0 when no region
 * @param detectorRan whether the person detector ran on this frame (otherwise the region was tracked)
 * @param peopleDetected people the detector saw when it ran; 0 when it did not run
 * @param keypoints the 33 keypoints in {@link BodyLandmark} order, or empty when no pose was found
 */
public record PoseFrame(
    int index,
    long timestampMicros,
    boolean found,
    double poseScore,
    boolean detectorRan,
    int peopleDetected,
    List<Keypoint> keypoints) {

  public PoseFrame {
    if (index < 0 || timestampMicros < 0 || peopleDetected < 0) {
      throw new IllegalArgumentException("index, timestamp and people count must be >= 0");
    }
    if (!(poseScore >= 0 && poseScore <= 1)) {
      throw new IllegalArgumentException("pose score must be in [0,1]: " + poseScore);
    }
    keypoints = List.copyOf(java.util.Objects.requireNonNull(keypoints, "keypoints"));
    if (found ? keypoints.size() != BodyLandmark.COUNT : !keypoints.isEmpty()) {
      throw new IllegalArgumentException((found ? "a frame with the runner found" : "a frame without the runner")
          + " holds " + keypoints.size() + " keypoints, where " + (found ? BodyLandmark.COUNT + " belong" : "none do"));
    }
    for (int i = 0; i < keypoints.size(); i++) {
      if (keypoints.get(i).landmark().ordinal() != i) {
        throw new IllegalArgumentException("keypoint " + i + " is " + keypoints.get(i).landmark().id());
      }
    }
  }

  /** The same pose in an image {@code factor} times the size, e.g. the video a smaller decoded frame came from. */
  public PoseFrame scaled(double factor) {
    return new PoseFrame(index, timestampMicros, found, poseScore, detectorRan, peopleDetected, keypoints.stream()
        .map(k -> new Keypoint(k.landmark(), k.xPx() * factor, k.yPx() * factor, k.zPx() * factor, k.visibility(),
            k.presence()))
        .toList());
  }

  /** The keypoints' bounding box {xMin, yMin, xMax, yMax} in image pixels. */
  public double[] boundsPx() {
    if (!found) {
      throw new IllegalStateException("frame " + index + " has no pose");
    }
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Keypoint k : keypoints) {
      box[0] = Math.min(box[0], k.xPx());
      box[1] = Math.min(box[1], k.yPx());
      box[2] = Math.max(box[2], k.xPx());
      box[3] = Math.max(box[3], k.yPx());
    }
    return box;
  }

  public Keypoint keypoint(BodyLandmark landmark) {
    if (!found) {
      throw new IllegalStateException("frame " + index + " has no pose");
    }
    return keypoints.get(landmark.ordinal());
  }
}
