package org.runpose.pose;

import org.runpose.PoseModelException;

/**
 * The two BlazePose networks as plain float arrays in and out, so that tracking and decoding stay free of any
 * inference runtime. Implementations own native resources: close them.
 */
interface PoseNetworks extends AutoCloseable {

  /** Raw detector outputs: {@code [2254 x 12]} boxes and {@code [2254]} score logits. */
  record DetectorOutput(float[] boxes, float[] scoreLogits) {}

  /**
   * Raw landmark outputs: {@code [39 x 5]} landmarks, the pose score (a probability), {@code [64 x 64 x 39]}
   * heatmap logits and {@code [256 x 256]} segmentation logits.
   */
  record LandmarkOutput(float[] landmarks, float poseScore, float[] heatmap, float[] segmentation) {}

  /** Runs the detector on a {@code 224 x 224 x 3} RGB input in [-1,1]. */
  DetectorOutput detect(float[] input) throws PoseModelException;

  /** Runs the landmark model on a {@code 256 x 256 x 3} RGB input in [0,1]. */
  LandmarkOutput landmarks(float[] input) throws PoseModelException;

  @Override
  void close();
}
