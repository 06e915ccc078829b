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

  /** Whether the second picture repeats the first, looked for where the runner was. */
  private static boolean repeats(BufferedImage first, BufferedImage second, double[] runner) {
    PictureRepeats repeats = new PictureRepeats();
    assertThat(repeats.repeats(first, runner)).as("the first picture has nothing before it").isFalse();
    return repeats.repeats(second, runner);
  }

  @Test
  void theSamePictureAgainWhereTheRunnerIsIsARepeat() {
    assertThat(repeats(picture(300, 0, 1), picture(300, 0, 1), RUNNER)).isTrue();
    // Without a runner nothing is: a still scene filmed live changes too little to tell.
    assertThat(repeats(picture(300, 0, 1), picture(300, 0, 1), null)).isFalse();
  }

  @Test
  void aLivePictureIsNotARepeat() {
    // The camera's noise alone (about 1 grey level) changes the picture from frame to frame.
    assertThat(repeats(picture(300, 1, 1), picture(300, 1, 2), RUNNER)).isFalse();
    // Two pixels of movement change little of the whole picture but much of the runner's area.
    assertThat(repeats(picture(300, 0, 1), picture(302, 0, 1), RUNNER)).isFalse();
  }

  @Test
  void aRunnerWhoMovesOnIsComparedWhereTheyAreNowInBothPictures() {
    PictureRepeats repeats = new PictureRepeats();
    BufferedImage still = picture(300, 0, 1);
    assertThat(repeats.repeats(still, RUNNER)).isFalse();
    assertThat(repeats.repeats(picture(300, 0, 1), RUNNER)).isTrue();
    // Compared further right, where the last comparison did not look: the same picture is still a repeat ...
    double[] right = {400, 140, 470, 360};
    assertThat(repeats.repeats(picture(300, 0, 1), right)).isTrue();
    // ... and a figure that moved there, where the earlier pictures were read for the first time, is not.
    assertThat(repeats.repeats(picture(420, 0, 1), right)).isFalse();
    assertThat(repeats.repeats(picture(420, 0, 1), right)).isTrue();
  }
}
