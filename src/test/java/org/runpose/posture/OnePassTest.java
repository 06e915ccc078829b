package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;
import org.runpose.pose.BodyLandmark;
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
    return moved(i -> travelPxPerFrame * (i < backFrom ? i : 2 * backFrom - i),
        (i, k) -> facingLeft.test(i) ? 640 - k.xPx() : k.xPx());
  }

  /** The synthetic runner (8 s) with each keypoint across the picture given by {@code x}, moved by {@code offset}. */
  private static PoseSeries moved(IntToDoubleFunction offset, ToDoubleBiFunction<Integer, Keypoint> x) {
    return eightSeconds((source, i) -> source.get(i).keypoints().stream().map(k -> new Keypoint(k.landmark(),
        x.applyAsDouble(i, k) + offset.applyAsDouble(i), k.yPx(), k.zPx(), k.visibility(), k.presence())).toList());
  }

  /** The synthetic runner (8 s) showing in frame i the keypoints {@code shown} picks from the runner's own frames. */
  private static PoseSeries eightSeconds(BiFunction<List<PoseFrame>, Integer, List<Keypoint>> shown) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = 8;
    PoseSeries series = runner.series();
    List<PoseFrame> source = series.frames();
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : source) {
      frames.add(new PoseFrame(f.index(), f.timestampMicros(), true, f.poseScore(), f.detectorRan(),
          f.peopleDetected(), shown.apply(source, f.index())));
    }
    return PoseSeries.of("test", series.video(), series.model(), series.settings(), frames);
  }

  @Test
  void aWalkerWhoTurnsRoundIsAnalysedOnTheLongerPass() {
    PoseSeries series = walker(i -> i >= 100, 100, 3);
    List<String> notes = new ArrayList<>();

    PoseSeries kept = OnePass.of(series, notes).series();

    assertThat(kept.frames().subList(0, 100)).noneMatch(PoseFrame::found);
    assertThat(kept.frames().subList(100, 240)).allMatch(PoseFrame::found);
    assertThat(notes).singleElement().asString().contains("turned round").contains("from 3.3 s to 8.0 s (140 frames)")
        .contains("left out the 100 frames heading the other way");
  }

  @Test
  void theFramesOfThePassLeftOutAreCountedAsFoundButNotMeasured() {
    PostureSummary s = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(walker(i -> i >= 100, 100, 3), null, null)
        .analysis().summary();

    assertThat(s.framesAnalysed()).isEqualTo(240);
    assertThat(s.framesWithPose()).isEqualTo(140);
    assertThat(s.framesLeftOut()).isEqualTo(100);
  }

  @Test
  void oneDirectionThroughoutIsLeftAlone() {
    PoseSeries treadmill = new SyntheticRunner().series();
    PoseSeries crossing = walker(i -> false, 240, 3);
    List<String> notes = new ArrayList<>();

    assertThat(OnePass.of(treadmill, notes).series()).isSameAs(treadmill);
    assertThat(OnePass.of(crossing, notes).series()).isSameAs(crossing);
    assertThat(notes).isEmpty();
  }

  @Test
  void aWalkerWhomTheCameraFollowsIsSeenToTurnRoundByTheStrides() {
    // The camera keeps the walker in the middle of the picture: the hips never travel back, the feet stride left.
    PoseSeries series = walker(i -> i >= 100, 100, 0);
    List<String> notes = new ArrayList<>();

    PoseSeries kept = OnePass.of(series, notes).series();

    assertThat(kept.frames().subList(0, 100)).noneMatch(PoseFrame::found);
    assertThat(notes).singleElement().asString().contains("turned round");
  }

  @Test
  void facingVotesThatFlipWithoutTheBodyComingBackAreNoTurn() {
    // Head and feet read the other way for 3 s (toes behind the heels, the nose behind the ears), but the person
    // keeps going right, the hips across the picture and the feet in their strides: a sprinter bent over in the
    // blocks, not a walker coming back; also with a camera that follows. A second's flip while coming back is too
    // short to be a pass of its own.
    IntPredicate flippedVotes = i -> i >= 100 && i < 190;
    PoseSeries flipped = moved(i -> 3 * i, (i, k) -> flippedVotes.test(i) ? votedBack(k) : k.xPx());
    PoseSeries followed = moved(i -> 0, (i, k) -> flippedVotes.test(i) ? votedBack(k) : k.xPx());
    PoseSeries brief = walker(i -> i >= 100 && i < 130, 100, 3);

    assertThat(OnePass.of(flipped, new ArrayList<>()).series()).isSameAs(flipped);
    assertThat(OnePass.of(followed, new ArrayList<>()).series()).isSameAs(followed);
    assertThat(OnePass.of(brief, new ArrayList<>()).series()).isSameAs(brief);
  }

  /** A keypoint's place with the toes turned back behind the heels and the nose behind the ears. */
  private static double votedBack(Keypoint k) {
    return switch (k.landmark()) {
      case LEFT_FOOT_INDEX, RIGHT_FOOT_INDEX -> k.xPx() - 60;
      case NOSE -> k.xPx() - 30;
      default -> k.xPx();
    };
  }

  @Test
  void theFeetStrideTheWayThePersonGoesWhateverTheCameraDoes() {
    List<PoseFrame> right = new SyntheticRunner().series().frames();
    List<PoseFrame> left = walker(i -> true, 240, 0).frames();
    // A camera that pans to and fro and tilts moves both feet alike.
    List<PoseFrame> panned = moved(i -> 80 * Math.sin(i / 7.0), (i, k) -> k.xPx()).frames();
    SyntheticRunner still = new SyntheticRunner();
    still.cadenceStepsPerMin = 1e-6;

    assertThat(OnePass.strideDirection(right)).isGreaterThan(0.5);
    assertThat(OnePass.strideDirection(left)).isLessThan(-0.5);
    assertThat(OnePass.strideDirection(panned)).isCloseTo(OnePass.strideDirection(walker(i -> false, 240, 0)
        .frames()), within(0.05));
    assertThat(OnePass.strideDirection(still.series().frames())).isCloseTo(0, within(0.05));
  }

  @Test
  void aStretchWalkedBackwardsIsLeftOut() {
    // Facing right throughout; from frame 140 the motion runs backwards in time: the feet stride to the left.
    PoseSeries backAndForth = eightSeconds((source, i) -> source.get(i < 140 ? i : 2 * 140 - 1 - i).keypoints());
    List<String> notes = new ArrayList<>();

    PoseSeries kept = OnePass.of(backAndForth, notes).series();

    assertThat(kept.frames().subList(0, 130)).allMatch(PoseFrame::found);
    assertThat(kept.frames().subList(160, 240)).noneMatch(PoseFrame::found);
    assertThat(notes).singleElement().asString().contains("walked backwards, still facing the same way")
        .contains("analysed the stretch from 0.0 s");
  }

  @Test
  void aPersonStillInTheBlocksFacesTheWayTheyThenRun() {
    // 5 s crouched still, toes and head reading as facing left, then 3 s running right: the still frames do not
    // vote, so the run is not taken for a stretch walked backwards and the facing is the run's.
    // Also when the model misplaces an ankle by 100 px in one still frame a second.
    for (boolean glitches : new boolean[] {false, true}) {
      PoseSeries start = eightSeconds((source, i) -> i < 150
          ? source.get(0).keypoints().stream().map(k -> new Keypoint(k.landmark(),
              votedBack(k) + (glitches && i % 30 == 15 && k.landmark() == BodyLandmark.LEFT_ANKLE ? 100 : 0),
              k.yPx(), k.zPx(), k.visibility(), k.presence())).toList()
          : source.get(i).keypoints());
      List<String> notes = new ArrayList<>();

      OnePass.Pass pass = OnePass.of(start, notes);

      assertThat(pass.series()).isSameAs(start);
      assertThat(pass.facing()).isEqualTo(Direction.RIGHT);
      assertThat(notes).isEmpty();
    }
  }

  @Test
  void aWalkerWhoFirstStandsStillAndThenTurnsRoundIsSeenToTurn() {
    // 2 s standing still, whose frames do not vote, then a walk right and back left.
    PoseSeries turning = walker(i -> i >= 160, 160, 3);
    PoseSeries stillFirst = eightSeconds((source, i) -> turning.frames().get(Math.max(i, 60)).keypoints());
    List<String> notes = new ArrayList<>();

    OnePass.Pass pass = OnePass.of(stillFirst, notes);

    assertThat(pass.facing()).isEqualTo(Direction.RIGHT);
    assertThat(pass.series().frames().subList(160, 240)).noneMatch(PoseFrame::found);
    assertThat(notes).singleElement().asString().contains("turned round");
  }
}
