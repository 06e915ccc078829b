package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.runpose.PoseModelException;
import org.runpose.video.VideoFrame;

class PoseTrackerTest {

  private final FakeNetworks nets = new FakeNetworks();
  private final PoseTracker tracker = new PoseTracker(nets, PoseConfig.DEFAULT, null);
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
  void aSecondPersonBesideTheOneReadIsSurveyedToo() throws PoseModelException {
    nets.secondPersonBeside = true;
    PoseFrame first = next().frame();
    assertThat(first.peopleDetected()).isEqualTo(2);
    assertThat(tracker.sightings()).hasSize(2);
    assertThat(tracker.sightings()).filteredOn(Sighting::followed).hasSize(1);
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
    PoseTracker withMasks = new PoseTracker(new FakeNetworks(), PoseConfig.DEFAULT.withKeepMasks(true), null);
    assertThat(withMasks.estimate(frame()).mask()).isPresent();
  }

  @Test
  void aRunnerFacingLeftIsShownMirroredFromTheFrameThatSettlesIt() throws PoseModelException {
    nets.facesBrighterSide = true;
    PoseFrame first = tracker.estimate(halfLit(true)).frame();
    assertThat(nets.landmarkCalls).isEqualTo(2); // the first frame settled the facing and was read again
    assertThat(nets.lastInputBrighterOnRight).isTrue();
    assertFacesLeftInTheImage(first);
    for (int i = 0; i < 5; i++) {
      assertFacesLeftInTheImage(tracker.estimate(halfLit(true)).frame());
    }
    assertThat(nets.landmarkCalls).isEqualTo(7);
    assertThat(nets.lastInputBrighterOnRight).isTrue();
  }

  @Test
  void aRunnerFacingRightIsShownAsTheyAre() throws PoseModelException {
    nets.facesBrighterSide = true;
    for (int i = 0; i < 6; i++) {
      tracker.estimate(halfLit(false));
      assertThat(nets.lastInputBrighterOnRight).isTrue();
    }
    assertThat(nets.landmarkCalls).isEqualTo(6);
  }

  @Test
  void withoutMirroringTheModelSeesTheRunnerFacingLeft() throws PoseModelException {
    FakeNetworks plain = new FakeNetworks();
    plain.facesBrighterSide = true;
    PoseTracker unmirrored = new PoseTracker(plain, new PoseConfig(0.5, 0.5, false, false, 0), null);
    for (int i = 0; i < 6; i++) {
      assertFacesLeftInTheImage(unmirrored.estimate(halfLit(true)).frame());
      assertThat(plain.lastInputBrighterOnRight).isFalse();
    }
    assertThat(plain.landmarkCalls).isEqualTo(6);
  }

  private static void assertFacesLeftInTheImage(PoseFrame f) {
    double ears = (f.keypoint(BodyLandmark.LEFT_EAR).xPx() + f.keypoint(BodyLandmark.RIGHT_EAR).xPx()) / 2;
    assertThat(f.keypoint(BodyLandmark.NOSE).xPx()).isLessThan(ears);
    assertThat(f.keypoint(BodyLandmark.LEFT_FOOT_INDEX).xPx()).isLessThan(f.keypoint(BodyLandmark.LEFT_HEEL).xPx());
  }

  @Test
  void closingTheTrackerClosesItsNetworks() {
    tracker.close();
    assertThat(nets.closed).isTrue();
  }

  private PoseEstimate next() throws PoseModelException {
    return tracker.estimate(frame());
  }

  /** A frame lit on the left or the right of the runner's hip, the side the fake runner faces. */
  private VideoFrame halfLit(boolean left) {
    VideoFrame f = frame();
    Graphics2D g = f.image().createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(left ? 0 : 104, 0, left ? 104 : 120, 224);
    g.dispose();
    return f;
  }

  private VideoFrame frame() {
    return new VideoFrame(index++, index * 33_333L, new BufferedImage(224, 224, BufferedImage.TYPE_3BYTE_BGR));
  }
}
