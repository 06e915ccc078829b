package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runpose.pose.BodyLandmark;
import org.runpose.posture.Skeleton;

class FaceBlurTest {

  /** A fine checkerboard: every pixel differs from its neighbours, as the details of a face do. */
  private static BufferedImage checkerboard() {
    BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < 200; y++) {
      for (int x = 0; x < 200; x++) {
        img.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0x000000);
      }
    }
    return img;
  }

  private static Skeleton skeleton(boolean withFace) {
    double[] x = new double[BodyLandmark.COUNT];
    double[] y = new double[BodyLandmark.COUNT];
    Arrays.fill(x, Double.NaN);
    Arrays.fill(y, Double.NaN);
    if (withFace) {
      // A side view: the nose, one eye, one ear and the mouth around (100, 50).
      set(x, y, BodyLandmark.NOSE, 108, 50);
      set(x, y, BodyLandmark.RIGHT_EYE, 104, 46);
      set(x, y, BodyLandmark.RIGHT_EAR, 94, 48);
      set(x, y, BodyLandmark.MOUTH_RIGHT, 104, 56);
    }
    set(x, y, BodyLandmark.RIGHT_SHOULDER, 98, 75);
    set(x, y, BodyLandmark.RIGHT_HIP, 98, 135);
    return new Skeleton(0, x, y);
  }

  private static void set(double[] x, double[] y, BodyLandmark lm, double px, double py) {
    x[lm.ordinal()] = px;
    y[lm.ordinal()] = py;
  }

  @Test
  void theHeadBecomesCoarseBlocksAndTheRestStays() {
    BufferedImage img = checkerboard();
    FaceBlur.apply(img, skeleton(true));
    Set<Integer> headColours = new HashSet<>();
    for (int y = 44; y <= 58; y++) {
      for (int x = 94; x <= 108; x++) {
        headColours.add(img.getRGB(x, y) & 0xFFFFFF);
      }
    }
    // The checkerboard's two colours averaged into grey blocks: no pixel keeps its own value.
    assertThat(headColours).doesNotContain(0xFFFFFF, 0x000000);
    assertThat(headColours.size()).isLessThanOrEqualTo(9);
    assertThat(img.getRGB(100, 150) & 0xFFFFFF).isEqualTo(checkerboard().getRGB(100, 150) & 0xFFFFFF);
    assertThat(img.getRGB(10, 10) & 0xFFFFFF).isEqualTo(checkerboard().getRGB(10, 10) & 0xFFFFFF);
  }

  @Test
  void withoutFaceLandmarksNothingChanges() {
    BufferedImage img = checkerboard();
    FaceBlur.apply(img, skeleton(false));
    for (int y = 0; y < 200; y += 7) {
      for (int x = 0; x < 200; x += 7) {
        assertThat(img.getRGB(x, y)).isEqualTo(checkerboard().getRGB(x, y));
      }
    }
  }

  @Test
  void aPictureWithNoFaceToLocateIsPixelatedWhole() {
    BufferedImage img = checkerboard();
    FaceBlur.applyEverywhere(img);
    // 200 px across in 12 blocks: 16 px blocks, each one grey.
    for (int y = 0; y < 192; y += 16) {
      for (int x = 0; x < 192; x += 16) {
        int block = img.getRGB(x, y);
        assertThat(img.getRGB(x + 15, y + 15)).isEqualTo(block);
        assertThat(img.getRGB(x + 7, y + 9)).isEqualTo(block);
      }
    }
  }
}
