package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;

class OnePassTest {

  /**
   * The synthetic runner (8 s, facing right) moved across the picture by {@code travelPxPerFrame}, turned to face
   * left (mirrored) in the frames {@code facingLeft} picks, and sent back the way it came from frame
   * {@code backFrom} on.
   */
  private static PoseSeries walker(IntPredicate facingLeft, int backFrom, double travelPxPerFrame) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = 8;
    PoseSeries series = runner.series();
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : series.frames()) {
      int i = f.index();
      double offset = travelPxPerFrame * (i < backFrom ? i : 2 * backFrom - i);
      boolean left = facingLeft.test(i);
      List<Keypoint> moved = f.keypoints().stream().map(k -> new Keypoint(k.landmark(),
          (left ? 640 - k.xPx() : k.xPx()) + offset, k.yPx(), k.zPx(), k.visibility(), k.presence())).toList();
      frames.add(new PoseFrame(i, f.timestampMicros(), true, f.poseScore(), f.detectorRan(), f.peopleDetected(),
          moved));
    }
    return PoseSeries.of("test", series.video(), series.model(), series.settings(), frames);
  }

  @Test
  void aWalkerWhoTurnsRoundIsAnalysedOnTheLongerPass() {
    PoseSeries series = walker(i -> i >= 100, 100, 3);
    List<String> notes = new ArrayList<>();

    PoseSeries kept = OnePass.of(series, notes);

    assertThat(kept.frames().subList(0, 100)).noneMatch(PoseFrame::found);
    assertThat(kept.frames().subList(100, 240)).allMatch(PoseFrame::found);
    assertThat(notes).singleElement().asString().contains("turned round").contains("from 3.3 s to 8.0 s (140 frames)")
        .contains("left out the 100 frames heading the other way");
  }

  @Test
  void oneDirectionThroughoutIsLeftAlone() {
    PoseSeries treadmill = new SyntheticRunner().series();
    PoseSeries crossing = walker(i -> false, 240, 3);
    List<String> notes = new ArrayList<>();

    assertThat(OnePass.of(treadmill, notes)).isSameAs(treadmill);
    assertThat(OnePass.of(crossing, notes)).isSameAs(crossing);
    assertThat(notes).isEmpty();
  }

  @Test
  void facingVotesThatFlipWithoutTheBodyComingBackAreNoTurn() {
    // Head and feet read the other way for 3 s, but the hips keep moving right: a sprinter bent over in the blocks,
    // not a walker coming back. A second's flip while coming back is too short to be a pass of its own.
    PoseSeries flipped = walker(i -> i >= 100 && i < 190, 240, 3);
    PoseSeries brief = walker(i -> i >= 100 && i < 130, 100, 3);

    assertThat(OnePass.of(flipped, new ArrayList<>())).isSameAs(flipped);
    assertThat(OnePass.of(brief, new ArrayList<>())).isSameAs(brief);
  }
}
