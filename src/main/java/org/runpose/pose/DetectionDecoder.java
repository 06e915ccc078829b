package org.runpose.pose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the detector's raw outputs into people in image pixels, as MediaPipe's pose_detection graph does:
 * anchor-relative decoding, sigmoid scores, weighted non-maximum suppression, letterbox removal.
 */
final class DetectionDecoder {

  static final int VALUES_PER_ANCHOR = 12;
  private static final double SCORE_CLIP = 100;
  private static final double NMS_IOU = 0.3;

  private final double minScore;

  DetectionDecoder(double minScore) {
    if (!(minScore > 0 && minScore < 1)) {
      throw new IllegalArgumentException("minimum detection score must be in (0,1): " + minScore);
    }
    this.minScore = minScore;
  }

  /**
   * @param boxes {@code [2254 x 12]} flattened: cx, cy, w, h and 4 keypoints x, y, in input pixels relative to
   *     the anchor centre
   * @param scoreLogits {@code [2254]} logits
   * @param letterbox how the frame was fitted into the input
   * @return people, most confident first
   */
  List<Detection> decode(float[] boxes, float[] scoreLogits, Letterbox letterbox) {
    if (boxes.length != SsdAnchors.COUNT * VALUES_PER_ANCHOR || scoreLogits.length != SsdAnchors.COUNT) {
      throw new IllegalArgumentException(
          "detector output has " + boxes.length + " box values and " + scoreLogits.length + " scores, expected "
              + SsdAnchors.COUNT * VALUES_PER_ANCHOR + " and " + SsdAnchors.COUNT);
    }
    double size = SsdAnchors.INPUT_SIZE_PX;
    List<Detection> candidates = new ArrayList<>();
    for (int a = 0; a < SsdAnchors.COUNT; a++) {
      double logit = Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, scoreLogits[a]));
      double score = 1 / (1 + Math.exp(-logit));
      if (score < minScore) {
        continue;
      }
      int o = a * VALUES_PER_ANCHOR;
      double ax = SsdAnchors.CENTERS[2 * a] * size;
      double ay = SsdAnchors.CENTERS[2 * a + 1] * size;
      double cx = boxes[o] + ax;
      double cy = boxes[o + 1] + ay;
      double w = boxes[o + 2];
      double h = boxes[o + 3];
      double xMin = letterbox.toImageX(cx - w / 2);
      double yMin = letterbox.toImageY(cy - h / 2);
      double[] kp = new double[2 * Detection.KEYPOINTS];
      for (int k = 0; k < Detection.KEYPOINTS; k++) {
        kp[2 * k] = letterbox.toImageX(boxes[o + 4 + 2 * k] + ax);
        kp[2 * k + 1] = letterbox.toImageY(boxes[o + 5 + 2 * k] + ay);
      }
      candidates.add(new Detection(score, xMin, yMin, w / letterbox.scale(), h / letterbox.scale(), kp));
    }
    return weightedNms(candidates);
  }

  /**
   * MediaPipe's weighted NMS: the best remaining detection absorbs every detection overlapping it by more than
   * the IoU threshold, and its box and keypoints become their score-weighted mean.
   */
  static List<Detection> weightedNms(List<Detection> detections) {
    List<Detection> remaining = new ArrayList<>(detections);
    remaining.sort(Comparator.comparingDouble(Detection::score).reversed());
    List<Detection> out = new ArrayList<>();
    while (!remaining.isEmpty()) {
      Detection best = remaining.get(0);
      List<Detection> cluster = new ArrayList<>();
      List<Detection> rest = new ArrayList<>();
      for (Detection d : remaining) {
        (d == best || best.iou(d) > NMS_IOU ? cluster : rest).add(d);
      }
      out.add(weightedMean(best, cluster));
      remaining = rest;
    }
    return out;
  }

  private static Detection weightedMean(Detection best, List<Detection> cluster) {
    double total = 0;
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
    double[] kp = new double[2 * Detection.KEYPOINTS];
    for (Detection d : cluster) {
      double w = d.score();
      total += w;
      xMin += w * d.xMinPx();
      yMin += w * d.yMinPx();
      xMax += w * (d.xMinPx() + d.widthPx());
      yMax += w * (d.yMinPx() + d.heightPx());
      double[] dk = d.keypointsPx();
      for (int i = 0; i < kp.length; i++) {
        kp[i] += w * dk[i];
      }
    }
    for (int i = 0; i < kp.length; i++) {
      kp[i] /= total;
    }
    return new Detection(
        best.score(), xMin / total, yMin / total, (xMax - xMin) / total, (yMax - yMin) / total, kp);
  }
}
