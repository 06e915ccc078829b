package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PictureRepeatsTest {

  /** A noisy grey scene with a dark figure at {@code figureX}; {@code noise} grey levels of sensor noise. */
  private static BufferedImage picture(int figureX, int noise, long seed) {
    BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(160, 160, 160));
    g.fillRect(0, 0, 640, 480);
    g.setColor(new Color(40, 40, 50));
    g.fillRect(figureX, 150, 30, 200);
    g.dispose();
    Random rnd = new Random(seed);
    for (int y = 0; y < 480; y++) {
      for (int x = 0; x < 640; x++) {
        int v = Math.max(0, Math.min(255, (img.getRGB(x, y) & 0xff) + (int) Math.round(noise * rnd.nextGaussian())));
        img.setRGB(x, y, new Color(v, v, v).getRGB());
      }
    }
    return img;
  }

  private static final double[] RUNNER = {290, 140, 360, 360};

  @Test
  void theSamePictureAgainIsARepeat() {
    PictureRepeats repeats = new PictureRepeats();
    assertThat(repeats.repeats(picture(300, 0, 1), RUNNER)).isFalse();
    assertThat(repeats.repeats(picture(300, 0, 1), RUNNER)).isTrue();
  }

  @Test
  void withoutARunnerNothingIsARepeat() {
    PictureRepeats repeats = new PictureRepeats();
    repeats.repeats(picture(300, 0, 1), null);
    assertThat(repeats.repeats(picture(300, 0, 1), null)).isFalse();
    assertThat(repeats.repeats(picture(300, 0, 1), RUNNER)).isTrue();
  }

  @Test
  void aRunnerStandingStillFilmedLiveIsNot() {
    // The camera's noise alone (about 1 grey level) changes the picture from frame to frame.
    PictureRepeats repeats = new PictureRepeats();
    repeats.repeats(picture(300, 1, 1), RUNNER);
    assertThat(repeats.repeats(picture(300, 1, 2), RUNNER)).isFalse();
  }

  @Test
  void aSmallMovementOfTheRunnerIsNot() {
    // Two pixels of movement change little of the whole picture but much of the runner's area.
    PictureRepeats repeats = new PictureRepeats();
    repeats.repeats(picture(300, 0, 1), RUNNER);
    assertThat(repeats.repeats(picture(302, 0, 1), RUNNER)).isFalse();
  }
}
