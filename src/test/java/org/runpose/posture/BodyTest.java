package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.signal.KeypointTracks;
import org.runpose.signal.SignalConfig;

class BodyTest {

  private static Body body(SyntheticRunner runner) {
    return new Body(KeypointTracks.from(runner.series()).clean(SignalConfig.DEFAULT));
  }

  @Test
  void aFootWhoseHeelIsNeverSeenKeepsItsHeightFromTheToe() {
    SyntheticRunner seen = new SyntheticRunner();
    SyntheticRunner heelUnseen = new SyntheticRunner();
    heelUnseen.unseen = BodyLandmark.RIGHT_HEEL;
    BodyFrame level = new BodyFrame(Direction.RIGHT, 0);
    // The synthetic heel and toe are at one height, so the toe alone gives the same answer.
    assertThat(body(heelUnseen).footHeight(level, Side.RIGHT))
        .containsExactly(body(seen).footHeight(level, Side.RIGHT), within(1e-6));
  }
}
