package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyLandmarkTest {

  @Test
  void mirroringExchangesLeftAndRightAndTwiceGivesTheLandmarkBack() {
    for (BodyLandmark lm : BodyLandmark.values()) {
      BodyLandmark other = lm.mirrored();
      assertThat(other.mirrored()).isEqualTo(lm);
      assertThat(other.id().replace("right", "left")).isEqualTo(lm.id().replace("right", "left"));
      if (lm != BodyLandmark.NOSE) {
        assertThat(other).isNotEqualTo(lm);
      }
    }
    assertThat(BodyLandmark.NOSE.mirrored()).isEqualTo(BodyLandmark.NOSE);
    assertThat(BodyLandmark.MOUTH_LEFT.mirrored()).isEqualTo(BodyLandmark.MOUTH_RIGHT);
    assertThat(BodyLandmark.LEFT_EYE_INNER.mirrored()).isEqualTo(BodyLandmark.RIGHT_EYE_INNER);
  }
}
