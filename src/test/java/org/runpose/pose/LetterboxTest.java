package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LetterboxTest {

  @Test
  void landscapeFramePadsTopAndBottomEqually() {
    Letterbox box = Letterbox.fit(640, 480, 224);
    assertThat(box.scale()).isCloseTo(0.35, within(1e-12));
    assertThat(box.padXPx()).isCloseTo(0, within(1e-12));
    assertThat(box.padYPx()).isCloseTo(28, within(1e-12));
    assertThat(box.toImageX(112)).isCloseTo(320, within(1e-9));
    assertThat(box.toImageY(28)).isCloseTo(0, within(1e-9));
    assertThat(box.toImageY(196)).isCloseTo(480, within(1e-9));
  }

  @Test
  void portraitFramePadsLeftAndRight() {
    Letterbox box = Letterbox.fit(1080, 1920, 224);
    assertThat(box.padYPx()).isCloseTo(0, within(1e-12));
    assertThat(box.padXPx()).isCloseTo((224 - 1080 * 224.0 / 1920) / 2, within(1e-9));
    assertThat(box.toImageX(112)).isCloseTo(540, within(1e-9));
  }

  @Test
  void aLongSideWhoseScaleIsNotExactGetsNoPadding() {
    // 224 / 1600 * 1600 is a rounding error short of 224.
    Letterbox box = Letterbox.fit(1600, 1080, 224);
    assertThat(box.padXPx()).isZero();
    assertThat(box.padYPx()).isCloseTo((224 - 1080 * 224.0 / 1600) / 2, within(1e-9));
  }
}
