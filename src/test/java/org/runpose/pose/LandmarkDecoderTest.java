package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LandmarkDecoderTest {

  private final LandmarkDecoder decoder = new LandmarkDecoder();

  @Test
  void projectsCropPixelsThroughARotatedRegionIntoTheImage() {
    float[] raw = new float[LandmarkDecoder.LANDMARKS * LandmarkDecoder.VALUES_PER_LANDMARK];
    // Nose at the crop's top centre, left shoulder at its centre; logits 0 -> probability 0.5.
    put(raw, BodyLandmark.NOSE.ordinal(), 128, 0, 10);
    put(raw, BodyLandmark.LEFT_SHOULDER.ordinal(), 128, 128, 0);
    raw[BodyLandmark.NOSE.ordinal() * 5 + 3] = 20f;
    Roi roi = new Roi(300, 200, 100, Math.PI / 2); // crop "up" points along image +x
    LandmarkDecoder.Result r = decoder.decode(raw, 0.9f, null, null, roi);

    Keypoint nose = r.keypoints().get(BodyLandmark.NOSE.ordinal());
    assertThat(nose.xPx()).isCloseTo(350, within(1e-6));
    assertThat(nose.yPx()).isCloseTo(200, within(1e-6));
    assertThat(nose.zPx()).isCloseTo(10 / 256.0 * 100, within(1e-6));
    assertThat(nose.visibility()).isCloseTo(1, within(1e-6));
    assertThat(nose.presence()).isCloseTo(0.5, within(1e-9));
    Keypoint shoulder = r.keypoints().get(BodyLandmark.LEFT_SHOULDER.ordinal());
    assertThat(shoulder.xPx()).isCloseTo(300, within(1e-6));
    assertThat(shoulder.yPx()).isCloseTo(200, within(1e-6));
    assertThat(r.keypoints()).hasSize(BodyLandmark.COUNT);
    assertThat(r.poseScore()).isCloseTo(0.9, within(1e-6));
    assertThat(r.mask()).isNull();
  }

  @Test
  void nextRegionComesFromTheAuxiliaryAlignmentPoints() {
    float[] raw = new float[LandmarkDecoder.LANDMARKS * LandmarkDecoder.VALUES_PER_LANDMARK];
    put(raw, 33, 128, 160, 0); // hip centre
    put(raw, 34, 128, 96, 0); // scale point, 64 crop px above
    Roi roi = new Roi(100, 100, 256, 0);
    Roi next = decoder.decode(raw, 1f, null, null, roi).nextRoi();
    assertThat(next.centerXPx()).isCloseTo(100, within(1e-9));
    assertThat(next.centerYPx()).isCloseTo(132, within(1e-9));
    assertThat(next.sizePx()).isCloseTo(2 * 64 * 1.25, within(1e-9));
    assertThat(next.rotationRad()).isCloseTo(0, within(1e-12));
  }

  @Test
  void heatmapPullsAPointToTheConfidentCellsNearIt() {
    int n = LandmarkDecoder.HEATMAP_SIZE;
    float[] heatmap = new float[n * n * LandmarkDecoder.LANDMARKS];
    Arrays.fill(heatmap, -20f);
    int lm = 5;
    heatmap[(10 * n + 12) * LandmarkDecoder.LANDMARKS + lm] = 20f; // confident at row 10, column 12
    double[] u = new double[LandmarkDecoder.LANDMARKS];
    double[] v = new double[LandmarkDecoder.LANDMARKS];
    u[lm] = 10.2 / n; // within the 7x7 window of the peak
    v[lm] = 11.7 / n;
    u[6] = 40.0 / n; // nothing confident near: unchanged
    v[6] = 40.0 / n;
    LandmarkDecoder.refineFromHeatmap(heatmap, u, v);
    assertThat(u[lm]).isCloseTo(12.5 / n, within(1e-6));
    assertThat(v[lm]).isCloseTo(10.5 / n, within(1e-6));
    assertThat(u[6]).isEqualTo(40.0 / n);
  }

  @Test
  void segmentationIsMappedBackThroughTheRegion() {
    float[] logits = new float[4 * 4];
    Arrays.fill(logits, -20f);
    logits[0] = 20f; // top-left cell of the crop
    Roi roi = new Roi(100, 100, 40, 0);
    SegmentationMask mask = SegmentationMask.fromLogits(roi, logits);
    assertThat(mask.probabilityAt(85, 85)).isCloseTo(1, within(1e-9)); // centre of the top-left cell
    assertThat(mask.probabilityAt(90, 85)).isCloseTo(0.5, within(1e-9)); // half-way to the next cell
    assertThat(mask.probabilityAt(100, 100)).isCloseTo(0, within(1e-9));
    assertThat(mask.probabilityAt(500, 500)).isZero();
  }

  private static void put(float[] raw, int landmark, double x, double y, double z) {
    raw[landmark * 5] = (float) x;
    raw[landmark * 5 + 1] = (float) y;
    raw[landmark * 5 + 2] = (float) z;
  }
}
