package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RoiTest {

  @Test
  void uprightBodyGivesUnrotatedSquareOfTwoAndHalfTimesTheAlignmentDistance() {
    Roi roi = Roi.fromAlignmentPoints(100, 200, 100, 120, 1.25);
    assertThat(roi.rotationRad()).isCloseTo(0, within(1e-12));
    assertThat(roi.sizePx()).isCloseTo(200, within(1e-9));
    assertThat(roi.centerXPx()).isEqualTo(100);
    assertThat(roi.centerYPx()).isEqualTo(200);
  }

  @Test
  void bodyLyingTowardImageRightIsTurnedSoItsHeadIsUpInTheCrop() {
    // Hip at (100,100), head direction toward +x: the crop's "up" must point along +x in the image.
    Roi roi = Roi.fromAlignmentPoints(100, 100, 180, 100, 1.25);
    assertThat(roi.rotationRad()).isCloseTo(Math.PI / 2, within(1e-12));
    double[] topCentre = roi.toImage(0.5, 0);
    assertThat(topCentre[0]).isCloseTo(100 + roi.sizePx() / 2, within(1e-9));
    assertThat(topCentre[1]).isCloseTo(100, within(1e-9));
  }

  @Test
  void cropAndImageCoordinatesAreInverse() {
    Roi roi = new Roi(320, 240, 300, 0.7);
    double[] p = roi.toImage(0.2, 0.9);
    double[] back = roi.toCrop(p[0], p[1]);
    assertThat(back[0]).isCloseTo(0.2, within(1e-12));
    assertThat(back[1]).isCloseTo(0.9, within(1e-12));
    assertThat(roi.toImage(0.5, 0.5)).containsExactly(320, 240);
  }

  @Test
  void anglesAreNormalisedToMinusPiToPi() {
    assertThat(Roi.normalize(3 * Math.PI / 2)).isCloseTo(-Math.PI / 2, within(1e-12));
    assertThat(Roi.normalize(-3 * Math.PI / 2)).isCloseTo(Math.PI / 2, within(1e-12));
    assertThat(Roi.normalize(0.3)).isCloseTo(0.3, within(1e-12));
  }

  @Test
  void mirroredAlignmentPointsGiveTheMirroredRegionWithTheOppositeRotation() {
    double width = 640;
    Roi roi = Roi.fromAlignmentPoints(300, 260, 340, 120, 1.25);
    Roi mirrored = Roi.fromAlignmentPoints(width - 300, 260, width - 340, 120, 1.25);
    assertThat(mirrored.centerXPx()).isEqualTo(width - roi.centerXPx());
    assertThat(mirrored.centerYPx()).isEqualTo(roi.centerYPx());
    assertThat(mirrored.sizePx()).isEqualTo(roi.sizePx());
    assertThat(mirrored.rotationRad()).isCloseTo(-roi.rotationRad(), within(1e-12));
    // Crop fraction u of one is crop fraction 1 - u of the other, mirrored in the image.
    double[] p = roi.toImage(0.2, 0.7);
    double[] q = mirrored.toImage(0.8, 0.7);
    assertThat(q[0]).isCloseTo(width - p[0], within(1e-9));
    assertThat(q[1]).isCloseTo(p[1], within(1e-9));
  }
}
