package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FacingDecisionTest {

  private final FacingDecision facing = new FacingDecision();

  @Test
  void theCropIsShownAsItIsUntilTheCuesAgree() {
    assertThat(facing.facingLeft()).isFalse();
    assertThat(facing.add(-1)).isFalse();
    assertThat(facing.add(1)).isFalse();
    assertThat(facing.facingLeft()).isFalse();
    assertThat(facing.add(-3)).isTrue();
    assertThat(facing.facingLeft()).isTrue();
  }

  @Test
  void aFootPointingBackInLateSwingNeverTurnsTheDecision() {
    facing.add(3);
    for (int stride = 0; stride < 20; stride++) {
      // Stance toe and nose forward, swing toe back for a third of the stride; now and then a frame all wrong.
      for (int vote : new int[] {3, 3, 3, 1, 1, 1, 1, -3, 3}) {
        assertThat(facing.add(vote)).isFalse();
      }
    }
    assertThat(facing.facingLeft()).isFalse();
  }

  @Test
  void aRunnerWhoTurnsRoundIsFollowedAfterAboutADozenFrames() {
    for (int i = 0; i < 50; i++) {
      facing.add(-3);
    }
    int frames = 0;
    while (facing.facingLeft()) {
      facing.add(3);
      frames++;
    }
    assertThat(frames).isEqualTo(11); // from the cap of -30 to +3, three votes a frame
  }
}
