package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionDecoderTest {

  private static final int N = SsdAnchors.COUNT;
  private static final int V = DetectionDecoder.VALUES_PER_ANCHOR;

  private final float[] boxes = new float[N * V];
  private final float[] logits = filled(N, -10f);
  private final DetectionDecoder decoder = new DetectionDecoder(0.5);

  @Test
  void decodesAnchorRelativeBoxAndKeypointsIntoImagePixels() {
    int a = 1568; // first stride-16 anchor
    set(a, 2.0, 12, 14, 40, 80, new double[] {9, 38, 9, -2, 8, 8, 8, -12});
    List<Detection> found = decoder.decode(boxes, logits, Letterbox.fit(640, 480, 224));
    assertThat(found).hasSize(1);
    Detection d = found.get(0);
    assertThat(d.score()).isCloseTo(1 / (1 + Math.exp(-2.0)), within(1e-6));
    // Input (12 +- 20, 14 +- 40) -> image: x / 0.35, (y - 28) / 0.35.
    assertThat(d.xMinPx()).isCloseTo((12 - 20) / 0.35, within(1e-3));
    assertThat(d.yMinPx()).isCloseTo((14 - 40 - 28) / 0.35, within(1e-3));
    assertThat(d.widthPx()).isCloseTo(40 / 0.35, within(1e-3));
    assertThat(d.heightPx()).isCloseTo(80 / 0.35, within(1e-3));
    double[] kp = d.keypointsPx();
    assertThat(kp[0]).isCloseTo(9 / 0.35, within(1e-3));
    assertThat(kp[1]).isCloseTo((38 - 28) / 0.35, within(1e-3));
    assertThat(kp[3]).isCloseTo((-2 - 28) / 0.35, within(1e-3));
  }

  @Test
  void overlappingDetectionsMergeIntoTheirScoreWeightedMeanAndDistantOnesStay() {
    set(0, 3.0, 100, 100, 40, 40, new double[8]);
    set(1, 3.0, 104, 100, 40, 40, new double[8]); // same anchor position, shifted 4 px: same person
    set(2253, 1.0, 0, 0, 20, 20, new double[8]); // another person far away
    List<Detection> found = decoder.decode(boxes, logits, new Letterbox(1, 0, 0));
    assertThat(found).hasSize(2);
    Detection merged = found.get(0);
    assertThat(merged.xMinPx()).isCloseTo(82, within(1e-3));
    assertThat(merged.score()).isCloseTo(1 / (1 + Math.exp(-3.0)), within(1e-6));
    assertThat(found.get(1).score()).isLessThan(merged.score());
  }

  @Test
  void nothingAboveTheThresholdMeansNobody() {
    assertThat(decoder.decode(boxes, logits, new Letterbox(1, 0, 0))).isEmpty();
  }

  @Test
  void roiOfADetectionIsCentredOnTheHipAndSizedFromTheScalePoint() {
    Detection d = new Detection(0.9, 0, 0, 10, 10, new double[] {100, 300, 100, 200, 0, 0, 0, 0});
    Roi roi = d.roi();
    assertThat(roi.centerXPx()).isEqualTo(100);
    assertThat(roi.centerYPx()).isEqualTo(300);
    assertThat(roi.sizePx()).isCloseTo(250, within(1e-9));
    assertThat(roi.rotationRad()).isCloseTo(0, within(1e-12));
  }

  /** Sets an anchor's output for a box and keypoints given in absolute input pixels. */
  private void set(int anchor, double logit, double cx, double cy, double w, double h, double[] kp) {
    double ax = SsdAnchors.CENTERS[2 * anchor] * 224;
    double ay = SsdAnchors.CENTERS[2 * anchor + 1] * 224;
    int o = anchor * V;
    logits[anchor] = (float) logit;
    boxes[o] = (float) (cx - ax);
    boxes[o + 1] = (float) (cy - ay);
    boxes[o + 2] = (float) w;
    boxes[o + 3] = (float) h;
    for (int k = 0; k < 4; k++) {
      boxes[o + 4 + 2 * k] = (float) (kp[2 * k] - ax);
      boxes[o + 5 + 2 * k] = (float) (kp[2 * k + 1] - ay);
    }
  }

  private static float[] filled(int n, float v) {
    float[] a = new float[n];
    Arrays.fill(a, v);
    return a;
  }
}
