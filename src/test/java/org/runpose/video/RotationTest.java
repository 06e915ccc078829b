package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class RotationTest {

  @Test
  void displayMatrixAnglesAreCounterClockwiseSoTheUprightTurnIsTheirNegative() {
    assertThat(Rotation.clockwiseDegrees(0)).isZero();
    assertThat(Rotation.clockwiseDegrees(-90)).isEqualTo(90);
    assertThat(Rotation.clockwiseDegrees(90)).isEqualTo(270);
    assertThat(Rotation.clockwiseDegrees(180)).isEqualTo(180);
    assertThat(Rotation.clockwiseDegrees(-180)).isEqualTo(180);
    assertThat(Rotation.clockwiseDegrees(-89.99)).isEqualTo(90);
  }

  /** A 3x2 frame whose pixels are numbered 1..6 row by row, one byte per channel, rows padded to 10 bytes. */
  private static final byte[] FRAME = {
    1, 1, 1, 2, 2, 2, 3, 3, 3, 0,
    4, 4, 4, 5, 5, 5, 6, 6, 6, 0
  };

  @Test
  void quarterTurnClockwisePutsTheBottomLeftPixelTopLeft() {
    assertThat(rotated(90)).containsExactly(4, 1, 5, 2, 6, 3);
  }

  @Test
  void halfTurnReversesThePixels() {
    assertThat(rotated(180)).containsExactly(6, 5, 4, 3, 2, 1);
  }

  @Test
  void threeQuarterTurnPutsTheTopRightPixelTopLeft() {
    assertThat(rotated(270)).containsExactly(3, 6, 2, 5, 1, 4);
  }

  @Test
  void noTurnDropsTheRowPadding() {
    assertThat(rotated(0)).containsExactly(1, 2, 3, 4, 5, 6);
  }

  private static int[] rotated(int degrees) {
    byte[] dst = new byte[18];
    Rotation.copyRotated(ByteBuffer.wrap(FRAME), 3, 2, 10, degrees, dst);
    int[] firstChannel = new int[6];
    for (int i = 0; i < 6; i++) {
      firstChannel[i] = dst[3 * i];
    }
    return firstChannel;
  }
}
