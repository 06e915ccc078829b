package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.runpose.TestImages;

class InputTensorsTest {

  @Test
  void letterboxKeepsTheColoursInRgbOrderAndPadsWithBlack() {
    float[] t = InputTensors.letterboxed(
        TestImages.filled(640, 480, new Color(255, 0, 51)), Letterbox.fit(640, 480, 224), 224);
    int inside = 3 * (112 * 224 + 112);
    assertThat(t[inside]).isCloseTo(1f, within(1e-5f));
    assertThat(t[inside + 1]).isCloseTo(-1f, within(1e-5f));
    assertThat(t[inside + 2]).isCloseTo(51 / 127.5f - 1, within(1e-5f));
    int padding = 3 * (5 * 224 + 112); // row 5 is in the top band (28 rows)
    assertThat(t[padding]).isEqualTo(-1f);
  }

  @Test
  void cropOfAnUnrotatedRegionSamplesTheMatchingPixels() {
    BufferedImage img = TestImages.filled(100, 100, Color.BLACK);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(50, 0, 50, 100); // right half white
    g.dispose();
    float[] t = InputTensors.crop(img, new Roi(50, 50, 100, 0), 100, false);
    assertThat(t[3 * (50 * 100 + 10)]).isCloseTo(0f, within(1e-5f));
    assertThat(t[3 * (50 * 100 + 90)]).isCloseTo(1f, within(1e-5f));
  }

  @Test
  void cropOfAHalfTurnedRegionIsUpsideDown() {
    BufferedImage img = TestImages.filled(100, 100, Color.BLACK);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 100, 50); // top half white
    g.dispose();
    float[] t = InputTensors.crop(img, new Roi(50, 50, 100, Math.PI), 100, false);
    assertThat(t[3 * (10 * 100 + 50)]).isCloseTo(0f, within(1e-5f));
    assertThat(t[3 * (90 * 100 + 50)]).isCloseTo(1f, within(1e-5f));
  }

  @Test
  void mirroredCropIsTheCropOfTheMirroredFrameThroughTheMirroredRegion() {
    int w = 120;
    int h = 90;
    Random random = new Random(3);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    BufferedImage flipped = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = random.nextInt(1 << 24);
        img.setRGB(x, y, rgb);
        flipped.setRGB(w - 1 - x, y, rgb);
      }
    }
    // Pixel centres sit at +0.5, so the mirror of position x is w - x.
    Roi roi = new Roi(70.3, 40.7, 50, 0.4);
    Roi mirroredRoi = new Roi(w - 70.3, 40.7, 50, -0.4);
    float[] mirrored = InputTensors.crop(img, roi, 32, true);
    float[] expected = InputTensors.crop(flipped, mirroredRoi, 32, false);
    for (int i = 0; i < expected.length; i++) {
      assertThat(mirrored[i]).as("value %d", i).isCloseTo(expected[i], within(1e-4f));
    }
  }
}
