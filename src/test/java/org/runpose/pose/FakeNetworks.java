package org.runpose.pose;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Scripted network outputs for tracker tests: a person standing upright with the hip at a given point. */
final class FakeNetworks implements PoseNetworks {

  final Deque<Float> landmarkScores = new ArrayDeque<>();
  boolean personVisible = true;
  int detectorCalls;
  int landmarkCalls;
  boolean closed;

  @Override
  public DetectorOutput detect(float[] input) {
    detectorCalls++;
    float[] boxes = new float[SsdAnchors.COUNT * DetectionDecoder.VALUES_PER_ANCHOR];
    float[] logits = new float[SsdAnchors.COUNT];
    Arrays.fill(logits, -20f);
    if (personVisible) {
      // Anchor 0 sits at input (4,4); a person whose hip is 100 input px lower and right, head 50 px above.
      int o = 0;
      logits[0] = 5f;
      boxes[o] = 100;
      boxes[o + 1] = 80;
      boxes[o + 2] = 60;
      boxes[o + 3] = 160;
      boxes[o + 4] = 100; // hip centre
      boxes[o + 5] = 100;
      boxes[o + 6] = 100; // scale point
      boxes[o + 7] = 50;
    }
    return new DetectorOutput(boxes, logits);
  }

  @Override
  public LandmarkOutput landmarks(float[] input) {
    landmarkCalls++;
    float[] raw = new float[LandmarkDecoder.LANDMARKS * LandmarkDecoder.VALUES_PER_LANDMARK];
    for (int i = 0; i < LandmarkDecoder.LANDMARKS; i++) {
      raw[i * 5] = 128;
      raw[i * 5 + 1] = 128;
    }
    raw[34 * 5 + 1] = 64; // scale point above the hip centre
    float score = landmarkScores.isEmpty() ? 0.95f : landmarkScores.poll();
    return new LandmarkOutput(raw, score, null, new float[16]);
  }

  @Override
  public void close() {
    closed = true;
  }
}
