package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SsdAnchorsTest {

  @Test
  void layoutMatchesTheDetectorOutput() {
    assertThat(SsdAnchors.COUNT).isEqualTo(28 * 28 * 2 + 14 * 14 * 2 + 7 * 7 * 6).isEqualTo(2254);
    // Stride 8: two anchors per cell, cells in row-major order.
    assertCentre(0, 0.5 / 28, 0.5 / 28);
    assertCentre(1, 0.5 / 28, 0.5 / 28);
    assertCentre(2, 1.5 / 28, 0.5 / 28);
    assertCentre(2 * 28, 0.5 / 28, 1.5 / 28);
    // Stride 16 starts after 1568 anchors.
    assertCentre(1568, 0.5 / 14, 0.5 / 14);
    // The three stride-32 layers share a 7x7 map with six anchors per cell.
    assertCentre(1568 + 392, 0.5 / 7, 0.5 / 7);
    assertCentre(1568 + 392 + 5, 0.5 / 7, 0.5 / 7);
    assertCentre(1568 + 392 + 6, 1.5 / 7, 0.5 / 7);
    assertCentre(2253, 6.5 / 7, 6.5 / 7);
  }

  private static void assertCentre(int anchor, double x, double y) {
    assertThat(SsdAnchors.CENTERS[2 * anchor]).as("x of anchor %d", anchor).isCloseTo(x, within(1e-12));
    assertThat(SsdAnchors.CENTERS[2 * anchor + 1]).as("y of anchor %d", anchor).isCloseTo(y, within(1e-12));
  }
}
