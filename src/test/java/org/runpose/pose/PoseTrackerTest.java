package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.runpose.PoseModelException;
import org.runpose.video.VideoFrame;

class PoseTrackerTest {

  private final FakeNetworks nets = new FakeNetworks();
  private final PoseTracker tracker = new PoseTracker(nets, PoseConfig.DEFAULT);
  private int index;

  @Test
  void detectorRunsOnlyOnTheFirstFrameWhileTheRunnerIsTracked() throws PoseModelException {
    PoseFrame first = next().frame();
    assertThat(first.found()).isTrue();
    assertThat(first.detectorRan()).isTrue();
    assertThat(first.peopleDetected()).isEqualTo(1);
    for (int i = 0; i < 5; i++) {
      PoseFrame f = next().frame();
      assertThat(f.found()).isTrue();
      assertThat(f.detectorRan()).isFalse();
    }
    assertThat(nets.detectorCalls).isEqualTo(1);
    assertThat(nets.landmarkCalls).isEqualTo(6);
  }

  @Test
  void aLowScoreWhileTrackingSearchesAgainInTheSameFrame() throws PoseModelException {
    next();
    nets.landmarkScores.add(0.1f); // tracked region lost the runner
    PoseFrame f = next().frame();
    assertThat(f.found()).isTrue();
    assertThat(f.detectorRan()).isTrue();
    assertThat(nets.detectorCalls).isEqualTo(2);
  }

  @Test
  void nobodyInViewGivesFramesWithoutPoseAndKeepsLooking() throws PoseModelException {
    nets.personVisible = false;
    PoseEstimate e = next();
    assertThat(e.frame().found()).isFalse();
    assertThat(e.frame().keypoints()).isEmpty();
    assertThat(e.roi()).isEmpty();
    next();
    assertThat(nets.detectorCalls).isEqualTo(2);
    nets.personVisible = true;
    assertThat(next().frame().found()).isTrue();
  }

  @Test
  void masksAreKeptOnlyWhenAskedFor() throws PoseModelException {
    assertThat(next().mask()).isEmpty();
    PoseTracker withMasks = new PoseTracker(new FakeNetworks(), PoseConfig.DEFAULT.withKeepMasks(true));
    assertThat(withMasks.estimate(frame()).mask()).isPresent();
  }

  @Test
  void closingTheTrackerClosesItsNetworks() {
    tracker.close();
    assertThat(nets.closed).isTrue();
  }

  private PoseEstimate next() throws PoseModelException {
    return tracker.estimate(frame());
  }

  private VideoFrame frame() {
    return new VideoFrame(index++, index * 33_333L, new BufferedImage(224, 224, BufferedImage.TYPE_3BYTE_BGR));
  }
}
