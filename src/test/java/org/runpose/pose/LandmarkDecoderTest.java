package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
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
    LandmarkDecoder.Result r = decoder.decode(raw, 0.9f, null, null, roi, false);

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
    Roi next = decoder.decode(raw, 1f, null, null, roi, false).nextRoi();
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
    SegmentationMask mask = SegmentationMask.fromLogits(roi, logits, false);
    assertThat(mask.probabilityAt(85, 85)).isCloseTo(1, within(1e-9)); // centre of the top-left cell
    assertThat(mask.probabilityAt(90, 85)).isCloseTo(0.5, within(1e-9)); // half-way to the next cell
    assertThat(mask.probabilityAt(100, 100)).isCloseTo(0, within(1e-9));
    assertThat(mask.probabilityAt(500, 500)).isZero();
  }

  @Test
  void outputsOnTheMirroredCropDecodeToTheSamePose() {
    Random random = new Random(7);
    int lms = LandmarkDecoder.LANDMARKS;
    int values = LandmarkDecoder.VALUES_PER_LANDMARK;
    int n = LandmarkDecoder.HEATMAP_SIZE;
    int size = LandmarkDecoder.INPUT_SIZE_PX;
    float[] raw = new float[lms * values];
    for (int i = 0; i < raw.length; i++) {
      // Off the heatmap's cell borders, where rounding down is not symmetric.
      raw[i] = i % values < 2 ? 16 + (random.nextInt(224 * 8) + 0.5f) / 8 : (float) random.nextGaussian();
    }
    float[] heatmap = new float[n * n * lms];
    for (int i = 0; i < heatmap.length; i++) {
      heatmap[i] = (float) (3 * random.nextGaussian());
    }
    float[] segmentation = new float[size * size];
    for (int i = 0; i < segmentation.length; i++) {
      segmentation[i] = (float) (4 * random.nextGaussian());
    }
    // What the model gives on the mirrored crop: columns reversed, left and right outputs exchanged.
    float[] mirroredRaw = new float[raw.length];
    float[] mirroredHeatmap = new float[heatmap.length];
    float[] mirroredSegmentation = new float[segmentation.length];
    for (int i = 0; i < lms; i++) {
      int j = i < BodyLandmark.COUNT ? BodyLandmark.values()[i].mirrored().ordinal() : i;
      System.arraycopy(raw, i * values, mirroredRaw, j * values, values);
      mirroredRaw[j * values] = size - raw[i * values];
      for (int row = 0; row < n; row++) {
        for (int col = 0; col < n; col++) {
          mirroredHeatmap[(row * n + n - 1 - col) * lms + j] = heatmap[(row * n + col) * lms + i];
        }
      }
    }
    for (int row = 0; row < size; row++) {
      for (int col = 0; col < size; col++) {
        mirroredSegmentation[row * size + size - 1 - col] = segmentation[row * size + col];
      }
    }
    Roi roi = new Roi(310, 220, 180, 0.3);

    LandmarkDecoder.Result plain = decoder.decode(raw, 0.8f, heatmap, segmentation, roi, false);
    LandmarkDecoder.Result back =
        decoder.decode(mirroredRaw, 0.8f, mirroredHeatmap, mirroredSegmentation, roi, true);

    for (int i = 0; i < BodyLandmark.COUNT; i++) {
      Keypoint a = plain.keypoints().get(i);
      Keypoint b = back.keypoints().get(i);
      assertThat(b.landmark()).isEqualTo(a.landmark());
      assertThat(b.xPx()).as(a.landmark().id()).isCloseTo(a.xPx(), within(1e-4));
      assertThat(b.yPx()).as(a.landmark().id()).isCloseTo(a.yPx(), within(1e-4));
      assertThat(b.zPx()).isEqualTo(a.zPx());
      assertThat(b.visibility()).isEqualTo(a.visibility());
      assertThat(b.presence()).isEqualTo(a.presence());
    }
    assertThat(back.nextRoi().centerXPx()).isCloseTo(plain.nextRoi().centerXPx(), within(1e-4));
    assertThat(back.nextRoi().centerYPx()).isCloseTo(plain.nextRoi().centerYPx(), within(1e-4));
    assertThat(back.nextRoi().sizePx()).isCloseTo(plain.nextRoi().sizePx(), within(1e-4));
    assertThat(back.nextRoi().rotationRad()).isCloseTo(plain.nextRoi().rotationRad(), within(1e-6));
    assertThat(back.facingVote()).isEqualTo(plain.facingVote());
    for (double[] p : new double[][] {{250, 150}, {330, 240}, {370, 300}, {290, 190}}) {
      assertThat(back.mask().probabilityAt(p[0], p[1])).isEqualTo(plain.mask().probabilityAt(p[0], p[1]));
    }
  }

  @Test
  void facingVoteCountsTheToesAndTheNoseAheadOfHeelsAndEars() {
    float[] raw = new float[LandmarkDecoder.LANDMARKS * LandmarkDecoder.VALUES_PER_LANDMARK];
    put(raw, BodyLandmark.NOSE.ordinal(), 100, 40, 0); // ahead of the ears toward the crop's left
    put(raw, BodyLandmark.LEFT_EAR.ordinal(), 120, 40, 0);
    put(raw, BodyLandmark.RIGHT_EAR.ordinal(), 124, 40, 0);
    put(raw, BodyLandmark.LEFT_FOOT_INDEX.ordinal(), 90, 250, 0); // stance foot pointing left
    put(raw, BodyLandmark.LEFT_HEEL.ordinal(), 110, 248, 0);
    put(raw, BodyLandmark.RIGHT_FOOT_INDEX.ordinal(), 170, 200, 0); // swing foot pointing back
    put(raw, BodyLandmark.RIGHT_HEEL.ordinal(), 160, 190, 0);
    Roi roi = new Roi(128, 128, 256, 0);
    assertThat(decoder.decode(raw, 1f, null, null, roi, false).facingVote()).isEqualTo(-1);
  }

  private static void put(float[] raw, int landmark, double x, double y, double z) {
    raw[landmark * 5] = (float) x;
    raw[landmark * 5 + 1] = (float) y;
    raw[landmark * 5 + 2] = (float) z;
  }
}
