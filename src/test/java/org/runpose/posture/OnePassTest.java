package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.io.StagedOutput;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;

class OnePassTest {

  @Test
  void aWalkerWhoTurnsRoundIsSplitIntoItsPassesTheLongestFirst() {
    PoseSeries series = Walkers.turningRound();

    List<OnePass.Pass> passes = OnePass.of(series);

    assertThat(passes).hasSize(2);
    OnePass.Pass back = passes.get(0);
    OnePass.Pass out = passes.get(1);
    assertThat(back.facing()).isEqualTo(Direction.LEFT);
    assertThat(back.series().frames().subList(0, 100)).noneMatch(PoseFrame::found);
    assertThat(back.series().frames().subList(100, 240)).allMatch(PoseFrame::found);
    assertThat(back.notes()).singleElement().asString().contains("turned round")
        .contains("longest, from 3.3 s to 8.0 s (140 frames)").contains("the other pass (from 0.0 s to 3.3 s)");
    assertThat(out.facing()).isEqualTo(Direction.RIGHT);
    assertThat(out.series().frames().subList(0, 100)).allMatch(PoseFrame::found);
    assertThat(out.series().frames().subList(100, 240)).noneMatch(PoseFrame::found);
    assertThat(out.notes()).singleElement().asString().contains("the pass from 0.0 s to 3.3 s (100 frames)");
  }

  @Test
  void eachPassIsMeasuredOnItsOwnWithItsOwnSideTowardTheCamera() {
    AnalysisResult result = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(Walkers.turningRound(), null, null);
    PostureAnalysis back = result.analysis();
    PostureAnalysis out = back.otherPasses().get(0);

    assertThat(back.otherPasses()).hasSize(1);
    assertThat(back.view().direction()).isEqualTo(Direction.LEFT);
    assertThat(back.summary().framesWithPose()).isEqualTo(140);
    assertThat(back.summary().framesLeftOut()).isEqualTo(100);
    assertThat(out.view().direction()).isEqualTo(Direction.RIGHT);
    assertThat(out.summary().framesWithPose()).isEqualTo(100);
    assertThat(out.summary().steps()).isGreaterThanOrEqualTo(4);
    assertThat(out.events()).allMatch(e -> e.frame() < 100);
    assertThat(back.eventsOfAllPasses()).hasSize(back.events().size() + out.events().size());
    List<PostureAnalysis.PassFrame> frames = back.framesOfAllPasses();
    assertThat(frames).hasSize(240);
    assertThat(frames.get(50).analysis()).isSameAs(out);
    assertThat(frames.get(50).pass()).isEqualTo(2);
    assertThat(frames.get(150).analysis()).isSameAs(back);
    assertThat(frames.get(150).pass()).isEqualTo(1);
    // Both passes' skeletons are drawn.
    assertThat(result.skeletons().at(50)).isPresent();
    assertThat(result.skeletons().at(150)).isPresent();
    // The same runner, whichever way it goes: the same lean.
    assertThat(out.summary().leanDeg()).isCloseTo(back.summary().leanDeg(), within(0.5));
  }

  @Test
  void aDirectionGivenByTheUserIsTheLongestPasssAndTheOtherPassGoesTheOtherWay() {
    AnalysisConfig d = AnalysisConfig.DEFAULT;
    for (Direction given : Direction.values()) {
      AnalysisConfig config = new AnalysisConfig(d.signal(), d.leanWatchDeg(), d.leanExcessiveDeg(),
          d.lumbarWatchPct(), d.lumbarExcessivePct(), given, null, null, null, d.minSteps(), d.minPoseFraction(),
          d.maxSideWidthRatio(), null);

      PostureAnalysis a = new PostureAnalyzer(config).analyze(Walkers.turningRound(), null, null)
          .analysis();

      assertThat(a.view().direction()).isEqualTo(given);
      assertThat(a.otherPasses()).singleElement().satisfies(
          p -> assertThat(p.view().direction()).isEqualTo(given.opposite()));
    }
  }

  @Test
  void theCsvFilesHoldEveryPassNumbered(@TempDir Path dir) throws Exception {
    PostureAnalysis a = SyntheticAnalyses.twoPasses();
    try (StagedOutput out = StagedOutput.in(dir)) {
      AnalysisFiles.stage(out, a);
      out.commit();
    }

    List<String> frames = Files.readAllLines(dir.resolve(AnalysisFiles.FRAMES_CSV));
    List<String> steps = Files.readAllLines(dir.resolve(AnalysisFiles.STEPS_CSV));
    assertThat(frames.get(0)).endsWith(",pass");
    assertThat(frames.subList(1, 101)).allMatch(r -> r.contains(",true,") && r.endsWith(",2"));
    assertThat(frames.subList(101, 241)).allMatch(r -> r.contains(",true,") && r.endsWith(",1"));
    assertThat(steps.subList(1, steps.size())).anyMatch(r -> r.endsWith(",1")).anyMatch(r -> r.endsWith(",2"));
    assertThat(steps).hasSize(1 + a.steps().size() + a.otherPasses().get(0).steps().size());
  }

  @Test
  void oneDirectionThroughoutIsLeftAlone() {
    PoseSeries treadmill = new SyntheticRunner().series();
    PoseSeries crossing = Walkers.walker(i -> false, 240, 3);

    assertThat(OnePass.of(treadmill)).singleElement().satisfies(p -> {
      assertThat(p.series()).isSameAs(treadmill);
      assertThat(p.notes()).isEmpty();
    });
    assertThat(OnePass.of(crossing)).singleElement().satisfies(p -> assertThat(p.series()).isSameAs(crossing));
  }

  @Test
  void aWalkerWhomTheCameraFollowsIsSeenToTurnRoundByTheStrides() {
    // The camera keeps the walker in the middle of the picture: the hips never travel back, the feet stride left.
    PoseSeries series = Walkers.walker(i -> i >= 100, 100, 0);

    List<OnePass.Pass> passes = OnePass.of(series);

    assertThat(passes).hasSize(2);
    assertThat(passes.get(0).series().frames().subList(0, 100)).noneMatch(PoseFrame::found);
    assertThat(passes.get(0).notes()).singleElement().asString().contains("turned round");
  }

  @Test
  void facingVotesThatFlipWithoutTheBodyComingBackAreNoTurn() {
    // Head and feet read the other way for 3 s (toes behind the heels, the nose behind the ears), but the person
    // keeps going right, the hips across the picture and the feet in their strides: a sprinter bent over in the
    // blocks, not a walker coming back; also with a camera that follows. A second's flip while coming back is too
    // short to be a pass of its own.
    IntPredicate flippedVotes = i -> i >= 100 && i < 190;
    PoseSeries flipped = Walkers.moved(i -> 3 * i, (i, k) -> flippedVotes.test(i) ? votedBack(k) : k.xPx());
    PoseSeries followed = Walkers.moved(i -> 0, (i, k) -> flippedVotes.test(i) ? votedBack(k) : k.xPx());
    PoseSeries brief = Walkers.walker(i -> i >= 100 && i < 130, 100, 3);

    assertThat(OnePass.of(flipped)).singleElement().satisfies(p -> assertThat(p.series()).isSameAs(flipped));
    assertThat(OnePass.of(followed)).singleElement().satisfies(p -> assertThat(p.series()).isSameAs(followed));
    assertThat(OnePass.of(brief)).singleElement().satisfies(p -> assertThat(p.series()).isSameAs(brief));
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
    List<PoseFrame> left = Walkers.walker(i -> true, 240, 0).frames();
    // A camera that pans to and fro and tilts moves both feet alike.
    List<PoseFrame> panned = Walkers.moved(i -> 80 * Math.sin(i / 7.0), (i, k) -> k.xPx()).frames();
    SyntheticRunner still = new SyntheticRunner();
    still.cadenceStepsPerMin = 1e-6;

    assertThat(OnePass.strideDirection(right)).isGreaterThan(0.5);
    assertThat(OnePass.strideDirection(left)).isLessThan(-0.5);
    assertThat(OnePass.strideDirection(panned)).isCloseTo(OnePass.strideDirection(Walkers.walker(i -> false, 240, 0)
        .frames()), within(0.05));
    assertThat(OnePass.strideDirection(still.series().frames())).isCloseTo(0, within(0.05));
  }

  @Test
  void aStretchWalkedBackwardsIsLeftOut() {
    // Facing right throughout; from frame 140 the motion runs backwards in time: the feet stride to the left.
    PoseSeries backAndForth =
        Walkers.eightSeconds((source, i) -> source.get(i < 140 ? i : 2 * 140 - 1 - i).keypoints());
    OnePass.Pass pass = OnePass.of(backAndForth).get(0);

    assertThat(pass.series().frames().subList(0, 130)).allMatch(PoseFrame::found);
    assertThat(pass.series().frames().subList(160, 240)).noneMatch(PoseFrame::found);
    assertThat(pass.notes()).singleElement().asString().contains("walked backwards, still facing the same way")
        .contains("analysed the stretch from 0.0 s");
  }

  @Test
  void aClipWalkedBackwardsThroughoutIsKeptWithANote() {
    // Facing right, the whole motion played backwards in time: there is no stretch walked forwards to keep.
    PoseSeries backwards = Walkers.eightSeconds((source, i) -> source.get(source.size() - 1 - i).keypoints());

    List<OnePass.Pass> passes = OnePass.of(backwards);

    assertThat(passes).singleElement().satisfies(p -> {
      assertThat(p.series()).isSameAs(backwards);
      assertThat(p.notes()).singleElement().asString().contains("walked backwards throughout the pass from 0.0 s");
    });
    assertThat(new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(backwards, null, null).analysis().notes())
        .anyMatch(n -> n.contains("walked backwards throughout"));
  }

  @Test
  void aPersonStillInTheBlocksFacesTheWayTheyThenRun() {
    // 5 s crouched still, toes and head reading as facing left, then 3 s running right: the still frames do not
    // vote, so the run is not taken for a stretch walked backwards and the facing is the run's.
    // Also when the model misplaces an ankle by 100 px in one still frame a second.
    for (boolean glitches : new boolean[] {false, true}) {
      PoseSeries start = Walkers.eightSeconds((source, i) -> i < 150
          ? source.get(0).keypoints().stream().map(k -> new Keypoint(k.landmark(),
              votedBack(k) + (glitches && i % 30 == 15 && k.landmark() == BodyLandmark.LEFT_ANKLE ? 100 : 0),
              k.yPx(), k.zPx(), k.visibility(), k.presence())).toList()
          : source.get(i).keypoints());
      List<OnePass.Pass> passes = OnePass.of(start);

      assertThat(passes).singleElement().satisfies(p -> {
        assertThat(p.series()).isSameAs(start);
        assertThat(p.facing()).isEqualTo(Direction.RIGHT);
        assertThat(p.notes()).isEmpty();
      });
    }
  }

  @Test
  void aWalkerWhoFirstStandsStillAndThenTurnsRoundIsSeenToTurn() {
    // 2 s standing still, whose frames do not vote, then a walk right and back left.
    PoseSeries turning = Walkers.walker(i -> i >= 160, 160, 3);
    PoseSeries stillFirst = Walkers.eightSeconds((source, i) -> turning.frames().get(Math.max(i, 60)).keypoints());
    List<OnePass.Pass> passes = OnePass.of(stillFirst);

    assertThat(passes).hasSize(2);
    assertThat(passes.get(0).facing()).isEqualTo(Direction.RIGHT);
    assertThat(passes.get(0).series().frames().subList(160, 240)).noneMatch(PoseFrame::found);
    assertThat(passes.get(0).notes()).singleElement().asString().contains("turned round");
    assertThat(passes.get(1).facing()).isEqualTo(Direction.LEFT);
  }
}
