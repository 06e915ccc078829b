package org.runpose.pose;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Scripted network outputs for tracker tests: a person standing upright with the hip at a given point. With
 * {@code facesBrighterSide}, the person faces the brighter half of the crop it is shown (nose and toes that way).
 */
final class FakeNetworks implements PoseNetworks {

  final Deque<Float> landmarkScores = new ArrayDeque<>();
  boolean personVisible = true;
  /** A second person standing beside the first, their boxes apart but well within one region's size. */
  boolean secondPersonBeside;
  boolean facesBrighterSide;
  boolean lastInputBrighterOnRight;
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
      if (secondPersonBeside) {
        // Anchor 10 sits at input (44,4): the same person 40 input px to the right, a third of a region's size.
        logits[10] = 5f;
        System.arraycopy(boxes, o, boxes, 10 * DetectionDecoder.VALUES_PER_ANCHOR, DetectionDecoder.VALUES_PER_ANCHOR);
      }
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
    lastInputBrighterOnRight = brighterOnRight(input);
    if (facesBrighterSide) {
      int ahead = lastInputBrighterOnRight ? 20 : -20;
      raw[BodyLandmark.NOSE.ordinal() * 5] += ahead;
      raw[BodyLandmark.LEFT_FOOT_INDEX.ordinal() * 5] += ahead;
      raw[BodyLandmark.RIGHT_FOOT_INDEX.ordinal() * 5] += ahead;
    }
    float score = landmarkScores.isEmpty() ? 0.95f : landmarkScores.poll();
    return new LandmarkOutput(raw, score, null, new float[16]);
  }

  private static boolean brighterOnRight(float[] input) {
    int size = LandmarkDecoder.INPUT_SIZE_PX;
    double balance = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        balance += (x < size / 2 ? -1 : 1) * input[3 * (y * size + x)];
      }
    }
    return balance > 0;
  }

  @Override
  public void close() {
    closed = true;
  }
}
