package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.Severity;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.GaitPattern;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.scene.SceneLine;
import org.runpose.signal.SignalConfig;

class PostureAnalyzerTest {

  private static PostureAnalysis analyze(SyntheticRunner runner) {
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), null, null).analysis();
  }

  @Test
  void leanCadenceAndContactsOfAKnownRunner() {
    SyntheticRunner runner = new SyntheticRunner();
    PostureAnalysis a = analyze(runner);
    assertThat(a.sufficient()).isTrue();
    assertThat(a.view().direction()).isEqualTo(Direction.RIGHT);
    assertThat(a.view().sideView()).isTrue();
    assertThat(a.summary().leanDeg()).isCloseTo(6, within(0.5));
    assertThat(a.summary().leanStanceMeanDeg()).isCloseTo(6, within(0.5));
    assertThat(a.summary().cadenceStepsPerMin()).isCloseTo(176, within(3.0));
    assertThat(a.steps()).hasSizeGreaterThanOrEqualTo(8);
    double frame = 1 / runner.fps;
    for (StepMetrics s : a.steps()) {
      double half = s.side() == Side.RIGHT ? 0 : 0.5;
      double cycles = s.contactSeconds() / runner.strideSeconds() - half;
      double nearest = (Math.round(cycles) + half) * runner.strideSeconds();
      assertThat(s.contactSeconds()).as("contact of step %d", s.number()).isCloseTo(nearest, within(2 * frame));
      assertThat(s.stanceMs()).isCloseTo(1000 * runner.dutyFactor * runner.strideSeconds(), within(2000 * frame));
    }
    assertThat(a.flag(Flag.FORWARD_LEAN).severity()).isEqualTo(Severity.OK);
  }

  @Test
  void aWalkersToeLeavesTheGroundWhenItIsFurthestBack() {
    SyntheticRunner walker = SyntheticAnalyses.walker();
    // Feet that barely lift, as a camera at the belt's height sees them: the events are timed by the feet's motion.
    walker.footLiftM = 0.01;
    PostureAnalysis a = analyze(walker);
    assertThat(a.gait().pattern()).isEqualTo(GaitPattern.WALKING);
    List<FootEvent> toeOffs = a.events().stream().filter(e -> e.kind() == GaitEvent.Kind.TOE_OFF).toList();
    assertThat(toeOffs).hasSizeGreaterThanOrEqualTo(8);
    for (FootEvent e : toeOffs) {
      double first = (e.side() == Side.RIGHT ? 0 : 0.5) * walker.strideSeconds()
          + walker.dutyFactor * walker.strideSeconds();
      double strides = Math.round((e.timeSeconds() - first) / walker.strideSeconds());
      assertThat(e.timeSeconds()).as("%s toe-off at frame %d", e.side(), e.frame())
          .isCloseTo(first + strides * walker.strideSeconds(), within(1 / walker.fps));
    }
  }

  @Test
  void leanIsSignedByTheRunningDirectionNotTheImage() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.direction = Direction.LEFT;
    runner.leanDeg = 10;
    PostureAnalysis a = analyze(runner);
    assertThat(a.view().direction()).isEqualTo(Direction.LEFT);
    assertThat(a.summary().leanDeg()).isCloseTo(10, within(0.5));
    assertThat(a.flag(Flag.FORWARD_LEAN).severity()).isEqualTo(Severity.WATCH);
  }

  @Test
  void backwardLeanIsNegative() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.leanDeg = -5;
    assertThat(analyze(runner).summary().leanDeg()).isCloseTo(-5, within(0.5));
  }

  @Test
  void cameraRollIsFoundFromTheShoesAndRemovedFromTheLean() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.rollDeg = 4;
    runner.leanDeg = 18;
    PostureAnalysis a =
        new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), runner.maskSamples(), null).analysis();
    assertThat(a.view().rollSource()).isEqualTo("foot contacts");
    assertThat(a.view().rollDeg()).isCloseTo(4, within(0.5));
    assertThat(a.summary().leanDeg()).isCloseTo(18, within(0.7));
    assertThat(a.flag(Flag.FORWARD_LEAN).severity()).isEqualTo(Severity.EXCESSIVE);
  }

  @Test
  void theSolesMarginAroundContactAndToeOffIsTheSameTimeAtAnyFrameRate() {
    assertThat(PostureAnalyzer.soleMarginSamples(1 / 30.0)).isEqualTo(1);
    assertThat(PostureAnalyzer.soleMarginSamples(1 / 25.0)).isEqualTo(1);
    assertThat(PostureAnalyzer.soleMarginSamples(1 / 60.0)).isEqualTo(2);
    assertThat(PostureAnalyzer.soleMarginSamples(1 / 240.0)).isEqualTo(8);
    // A clip of one frame has no frame interval: a sample either side all the same.
    assertThat(PostureAnalyzer.soleMarginSamples(0)).isEqualTo(1);
  }

  @Test
  void feetTimedTwoWaysSayThatTheirStanceTimesMayDifferForThatAlone() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.noisePx = 1;
    List<String> clear = analyze(runner).notes();
    runner.rightFootLiftM = 0.01;
    List<String> mixed = analyze(runner).notes();

    assertThat(clear).noneMatch(n -> n.contains("timed by its height"));
    assertThat(mixed).anySatisfy(n -> assertThat(n).isEqualTo("The left foot's contacts and toe-offs were timed by"
        + " its height above the ground, the right foot's by its speed, its height not telling stance from swing as"
        + " clearly: a left-right difference in stance time of up to 2 frames (67 ms) can come from that alone."));
  }

  @Test
  void aGroundSteeperThanACameraIsRolledIsNotTakenForTheSlope() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.rollDeg = 20;
    PostureAnalysis a =
        new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), runner.maskSamples(), null).analysis();
    assertThat(a.view().rollSource()).isEqualTo("not estimated");
    assertThat(check(a, "camera-level").measured()).isEqualTo("the ground line could not be found");
  }

  @Test
  void withoutMasksTheRollIsNotGuessed() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.rollDeg = 4;
    PostureAnalysis a = analyze(runner);
    assertThat(a.view().rollSource()).isEqualTo("not estimated");
    assertThat(a.view().rollDeg()).isZero();
    assertThat(check(a, "camera-level").effect()).contains("a camera that was not held level adds its tilt to it");
  }

  @Test
  void sixtyFramesPerSecondGivesTheSameAnswers() {
    SyntheticRunner at30 = new SyntheticRunner();
    SyntheticRunner at60 = new SyntheticRunner();
    at60.fps = 60;
    at30.noisePx = at60.noisePx = 1.5;
    PostureAnalysis a = analyze(at30);
    PostureAnalysis b = analyze(at60);
    assertThat(b.summary().leanDeg()).isCloseTo(a.summary().leanDeg(), within(0.3));
    assertThat(b.summary().cadenceStepsPerMin()).isCloseTo(a.summary().cadenceStepsPerMin(), within(2.0));
    assertThat(b.summary().stanceMs()).isCloseTo(a.summary().stanceMs(), within(34.0));
  }

  @Test
  void aShortClipIsInsufficientDataNeverAFinding() {
    PostureAnalysis a = analyzeRun(0.5, 25);
    assertThat(a.sufficient()).isFalse();
    assertThat(a.insufficientReasons())
        .anyMatch(r -> r.contains("recognised in the 0.50 s the video lasts; at least 2 are needed"));
    assertThat(a.flags()).allMatch(f -> f.severity() == Severity.NOT_ASSESSED);
    assertThat(a.flag(Flag.FORWARD_LEAN).explanation()).startsWith("Insufficient data");
  }

  @Test
  void feetFurtherApartInStanceThanTheTimingPutsAlikeFeetAreSaidToBe() {
    double frame = 1 / 30.0;
    List<StepMetrics> alike = new ArrayList<>();
    List<StepMetrics> apart = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Side side = i % 2 == 0 ? Side.LEFT : Side.RIGHT;
      alike.add(step(i + 1, side, side == Side.LEFT ? 240 : 300));
      apart.add(step(i + 1, side, side == Side.LEFT ? 234 : 382));
    }
    // 60 ms is under 2 frames (67 ms): what timing alone puts between two feet that are alike.
    assertThat(PostureAnalyzer.feetApart(alike, frame)).isNull();
    assertThat(PostureAnalyzer.feetApart(apart, frame)).startsWith("The left foot's stance (a median 234 ms) and the"
        + " right's (382 ms) differ by 148 ms, more than runpose's timing puts two feet that are alike apart (2"
        + " frames, 67 ms,");
    assertThat(PostureAnalyzer.feetApart(apart.subList(0, 1), frame)).isNull();
  }

  private static StepMetrics step(int number, Side side, double stanceMs) {
    double contact = 0.35 * number;
    return new StepMetrics(number, side, contact, contact + stanceMs / 1000, contact + 0.35, stanceMs,
        350 - stanceMs, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  @Test
  void oneStrideGivesTheLeanButNotTheTiming() {
    PostureAnalysis a = analyzeRun(1.3, 18);
    assertThat(a.steps()).hasSize(2);
    assertThat(a.sufficient()).isTrue();
    assertThat(a.flag(Flag.FORWARD_LEAN).severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(a.summary().cadenceStepsPerMin()).isNull();
    assertThat(a.gait().problems()).anyMatch(p -> p.contains("Only 2 steps could be timed"));
  }

  /** The analysis of a synthetic runner filmed for {@code seconds}, leaning {@code leanDeg}. */
  private static PostureAnalysis analyzeRun(double seconds, double leanDeg) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = seconds;
    runner.leanDeg = leanDeg;
    return analyze(runner);
  }

  @Test
  void savedKeypointsCannotJudgeTheLowerBackAndSaySo() {
    Flag lumbar = analyze(new SyntheticRunner()).flag(Flag.LUMBAR);
    assertThat(lumbar.severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(lumbar.explanation()).contains("outline");
  }

  @Test
  void skeletonsAreThePointsTheLeanWasMeasuredOn() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.leanDeg = 12;
    runner.noisePx = 2;
    PoseSeries full = runner.series();
    List<PoseFrame> frames = new ArrayList<>(full.frames());
    PoseFrame lost = frames.get(40);
    frames.set(40, new PoseFrame(lost.index(), lost.timestampMicros(), false, 0, false, 0, List.of()));
    PoseSeries series = PoseSeries.of("test", full.video(), full.model(), full.settings(), frames);
    AnalysisConfig config =
        new AnalysisConfig(SignalConfig.DEFAULT, 8, 15, null, null, null, 3.0, null, null, 4, 0.5, 0.3, null);

    AnalysisResult r = new PostureAnalyzer(config).analyze(series, List.of(), null);

    BodyFrame view = new BodyFrame(r.analysis().view().direction(), r.analysis().view().rollDeg());
    assertThat(r.skeletons().at(40)).isEmpty();
    assertThat(r.skeletons().frames()).hasSize(frames.size() - 1);
    // Each frame's lean is its skeleton's near hip-to-shoulder line less the limbs' pull, times the gain, up to the
    // view's turn: a line in time (here the noise's, a tenth of a degree over the clip) plus one offset per clip.
    Side near = view.direction().nearSide();
    List<Double> offsets = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (FrameMetrics f : r.analysis().frames()) {
      if (f.leanDeg() == null) {
        continue;
      }
      Skeleton k = r.skeletons().at(f.index()).orElseThrow();
      double line = view.angleFromVerticalDeg(
          k.xPx(near.hip()), k.yPx(near.hip()), k.xPx(near.shoulder()), k.yPx(near.shoulder()));
      double pull = Body.LEAN_PER_FAR_THIGH_SINE_DEG * limbSine(view, k, near.other().hip(), near.other().knee())
          + Body.LEAN_PER_NEAR_ARM_SINE_DEG * limbSine(view, k, near.shoulder(), near.elbow());
      offsets.add(f.leanDeg() / Body.LEAN_GAIN - (line - pull));
      at.add(f.index());
    }
    assertThat(offsets).hasSizeGreaterThan(100);
    int last = offsets.size() - 1;
    double perFrame = (offsets.get(last) - offsets.get(0)) / (at.get(last) - at.get(0));
    assertThat(Math.abs(perFrame * (at.get(last) - at.get(0)))).isLessThan(0.3);
    for (int k = 0; k <= last; k++) {
      assertThat(offsets.get(k)).isCloseTo(offsets.get(0) + perFrame * (at.get(k) - at.get(0)), within(1e-6));
    }
  }

  private static double limbSine(BodyFrame view, Skeleton k, BodyLandmark top, BodyLandmark end) {
    return Math.sin(Math.toRadians(-view.angleFromVerticalDeg(k.xPx(end), k.yPx(end), k.xPx(top), k.yPx(top))));
  }

  @Test
  void aRunnerLyingInThePictureIsATurnedVideoNotALean() {
    SyntheticRunner runner = new SyntheticRunner();
    // Upright content played a quarter turn off (a wrong rotation tag).
    runner.rollDeg = 90;
    PostureAnalysis a = analyze(runner);
    assertThat(a.sufficient()).isFalse();
    assertThat(a.insufficientReasons()).anySatisfy(r -> assertThat(r)
        .startsWith("The runner is not upright in the picture (from the feet to the hips is 90° from vertical)"));
    assertThat(a.flag(Flag.FORWARD_LEAN).severity()).isEqualTo(Severity.NOT_ASSESSED);
  }

  @Test
  void aStretchOfDroppedFramesKeepsTheCadenceOnTheRealTimeStamps() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = 6;
    PoseSeries whole = runner.series();
    // Variable frame rate: from 1 s to 4 s the phone kept every other frame, with their real time stamps.
    List<PoseFrame> kept = whole.frames().stream().filter(f -> f.timestampMicros() < 1_000_000
        || f.timestampMicros() >= 4_000_000 || f.index() % 2 == 0).toList();
    PoseSeries vfr = PoseSeries.of(whole.runposeVersion(), whole.video(), whole.model(), whole.settings(), kept);
    PostureAnalysis a = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(vfr, null, null).analysis();
    assertThat(a.summary().cadenceStepsPerMin()).isCloseTo(176, within(3.0));
    assertThat(a.gait().cadenceFromHipsStepsPerMin()).isCloseTo(176, within(3.0));
  }

  @Test
  void aHoleInTheVideoIsSaidAndNoStepIsTimedAcrossIt() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = 6;
    PoseSeries whole = runner.series();
    // A damaged stretch: the frames from 2.0 s to 3.0 s did not decode.
    List<PoseFrame> kept = whole.frames().stream()
        .filter(f -> f.timestampMicros() < 2_000_000 || f.timestampMicros() >= 3_000_000).toList();
    PoseSeries holed = PoseSeries.of(whole.runposeVersion(), whole.video(), whole.model(), whole.settings(), kept);
    assertThat(holed.summary().framesMissing()).isEqualTo(30);
    PostureAnalysis a = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(holed, null, null).analysis();
    assertThat(a.notes()).anySatisfy(n -> assertThat(n).startsWith("30 frames are missing from the video's time line"
        + " (the longest gap: 1.03 s after 1.97 s)"));
    assertThat(a.notes()).anySatisfy(n -> assertThat(n).contains("across a hole in the video"));
    assertThat(a.steps()).isNotEmpty().allSatisfy(s -> assertThat(s.contactSeconds() >= 3 || s.nextContactSeconds() < 2)
        .as("step from %.2f s to %.2f s", s.contactSeconds(), s.nextContactSeconds()).isTrue());
    assertThat(a.summary().cadenceStepsPerMin()).isCloseTo(176, within(3.0));
  }

  /** The runner analysed with every frame's mask showing this light and sharpness (null: not measured). */
  private static PostureAnalysis seenWith(SyntheticRunner runner, Exposure exposure, Sharpness sharpness) {
    List<MaskSample> masks = runner.maskSamples().stream().map(m -> new MaskSample(m.frameIndex(), m.backIfRight(),
        m.backIfLeft(), m.leftSole(), m.rightSole(), m.leftSoleSlopeDeg(), m.rightSoleSlopeDeg(), exposure,
        sharpness)).toList();
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), masks, null).analysis();
  }

  private static PostureAnalysis litAt(SyntheticRunner runner, double spreadGrey) {
    return seenWith(runner, new Exposure(40, spreadGrey), null);
  }

  /**
   * The worst case withholds the findings with the check's reason, the milder keeps them with the check limited, the
   * good passes it.
   */
  private static void withheldLimitedOrGood(String id, PostureAnalysis worst, String reason, PostureAnalysis milder,
      String effect, PostureAnalysis good) {
    assertThat(worst.sufficient()).isFalse();
    assertThat(check(worst, id).grade()).isEqualTo(CaptureCheck.Grade.UNUSABLE);
    assertThat(worst.insufficientReasons()).anySatisfy(r -> assertThat(r).startsWith(reason));
    assertThat(milder.sufficient()).isTrue();
    assertThat(check(milder, id).grade()).isEqualTo(CaptureCheck.Grade.LIMITED);
    assertThat(check(milder, id).effect()).startsWith(effect);
    assertThat(check(good, id).grade()).isEqualTo(CaptureCheck.Grade.GOOD);
  }

  static CaptureCheck check(PostureAnalysis a, String id) {
    return a.capture().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no capture check " + id + " in " + a.capture()));
  }

  @Test
  void aRunnerTooDarkToPlaceTheJointsIsInsufficientDataAndADimOneIsLimited() {
    SyntheticRunner runner = new SyntheticRunner();
    withheldLimitedOrGood("light", litAt(runner, 12), "Light and contrast: mean grey level 40, spread 12 of 255. The"
        + " picture around the runner is too dark or too flat for the body's points to be placed reliably (a spread of"
        + " at least 16 is needed). Film in better light", litAt(runner, 24), "The picture around the runner is dim",
        litAt(runner, 50));
  }

  private static PostureAnalysis smearedOver(SyntheticRunner runner, double edgeWidthPx) {
    return seenWith(runner, null, new Sharpness(edgeWidthPx, 100));
  }

  @Test
  void aRunnerTooBlurredToPlaceTheJointsIsInsufficientDataAndABlurredOneIsLimited() {
    SyntheticRunner runner = new SyntheticRunner();
    // Edges 3 px wide on a trunk of 100 px are focused; 10 px smear 9.5 % of the trunk, 16 px 15.7 %.
    withheldLimitedOrGood("sharpness", smearedOver(runner, 16), "Sharpness: the trunk's outline is smeared over 16%"
        + " of its length. The runner is too blurred for the body's points to be placed reliably (up to 14% can be"
        + " measured).", smearedOver(runner, 10), "The runner is blurred by their motion", smearedOver(runner, 3));
    assertThat(check(smearedOver(runner, 10), "sharpness").measured())
        .isEqualTo("the trunk's outline is smeared over 10% of its length");
  }

  @Test
  void aFewSceneEdgesThatDisagreeWithTheSolesMakeTheSlopeUncertainNotChanged() {
    SyntheticRunner runner = new SyntheticRunner();
    // One post, far from the runner, leaning 4° (top to the left): too few edges to give the vertical.
    double lean = Math.toRadians(-4);
    List<SceneLine> post = List.of(new SceneLine(0, 40 + 200 * Math.tan(lean), 100, 40, 300, 200));
    PostureAnalysis doubt =
        new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), runner.maskSamples(), post).analysis();
    assertThat(doubt.view().rollSource()).isEqualTo("foot contacts");
    assertThat(check(doubt, "camera-level").grade()).isEqualTo(CaptureCheck.Grade.LIMITED);
    assertThat(check(doubt, "camera-level").measured()).startsWith("the shoe soles give a ground slope of ")
        .endsWith("but the scene's upright edges lean as if it were 4.0°");
    List<SceneLine> upright = List.of(new SceneLine(0, 40, 100, 40, 300, 200));
    PostureAnalysis agreed = new PostureAnalyzer(AnalysisConfig.DEFAULT)
        .analyze(runner.series(), runner.maskSamples(), upright).analysis();
    assertThat(check(agreed, "camera-level").grade()).isEqualTo(CaptureCheck.Grade.GOOD);
    assertThat(agreed.view().rollDeg()).isEqualTo(doubt.view().rollDeg());
  }

  @Test
  void solesThatTheEdgesContradictAndWhoseStepsFailTheGaitCheckGiveNoSlope() {
    // One post leaning as if the ground sloped -4°, against the soles' 4°.
    List<SceneLine> post = List.of(new SceneLine(0, 40 + 200 * Math.tan(Math.toRadians(4)), 100, 40, 300, 200));
    // Stances of nearly half the stride: the steps fail the gait check, but the soles still give the roll.
    SyntheticRunner failing = new SyntheticRunner();
    failing.rollDeg = 4;
    failing.dutyFactor = 0.45;
    PostureAnalysis neither = new PostureAnalyzer(AnalysisConfig.DEFAULT)
        .analyze(failing.series(), failing.maskSamples(), post).analysis();
    assertThat(neither.gait().problems()).isNotEmpty();
    assertThat(neither.view().rollSource()).isEqualTo("not estimated");
    assertThat(neither.view().rollDeg()).isZero();
    assertThat(check(neither, "camera-level").measured())
        .startsWith("the shoe soles give a ground slope of 4.0° and the scene's few upright edges -4.0°")
        .endsWith("and the foot events do not hang together");
    // Either sign alone keeps the soles' slope.
    PostureAnalysis noEdges = new PostureAnalyzer(AnalysisConfig.DEFAULT)
        .analyze(failing.series(), failing.maskSamples(), null).analysis();
    assertThat(noEdges.view().rollSource()).isEqualTo("foot contacts");
    assertThat(noEdges.view().rollDeg()).isCloseTo(4, within(0.2));
  }

  @Test
  void aClipWithoutAPersonIsInsufficientDataNotACrash() {
    PoseSeries full = new SyntheticRunner().series();
    List<PoseFrame> empty = new ArrayList<>();
    for (PoseFrame f : full.frames()) {
      empty.add(new PoseFrame(f.index(), f.timestampMicros(), false, 0, true, 0, List.of()));
    }
    PoseSeries none = PoseSeries.of("test", full.video(), full.model(), full.settings(), empty);
    PostureAnalysis a = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(none, List.of(), null).analysis();
    assertThat(a.sufficient()).isFalse();
    assertThat(a.summary().cadenceStepsPerMin()).isNull();
    assertThat(a.flags()).allMatch(f -> f.severity() == Severity.NOT_ASSESSED);
    assertThat(a.insufficientReasons()).containsExactly(
        "No person was found in any frame: film the runner side-on with the whole body in view.");
    assertThat(a.flag(Flag.LUMBAR).explanation()).contains("No person was found");
  }

  @Test
  void aRunnerInSlowMotionKeepsLeanButNotTiming() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = 24;
    runner.slowMotion = 8;
    PostureAnalysis a = analyze(runner);
    assertThat(a.gait().timeBase()).isEqualTo(org.runpose.gait.GaitCheck.TimeBase.LOOKS_SLOWED);
    assertThat(a.gait().apparentSlowdown()).isCloseTo(8 * (60 / 176.0) / 0.34, within(0.5));
    assertThat(a.summary().cadenceStepsPerMin()).isNull();
    assertThat(a.summary().stanceMs()).isNull();
    assertThat(a.summary().leanDeg()).isCloseTo(6, within(0.5));
    assertThat(a.flag(Flag.FORWARD_LEAN).severity()).isEqualTo(Severity.OK);
  }

  @Test
  void theSlowMotionFactorRestoresRealTime() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = 24;
    runner.slowMotion = 8;
    AnalysisConfig d = AnalysisConfig.DEFAULT;
    AnalysisConfig slowed = new AnalysisConfig(d.signal(), d.leanWatchDeg(), d.leanExcessiveDeg(), d.lumbarWatchPct(),
        d.lumbarExcessivePct(), null, null, null, 8.0, d.minSteps(), d.minPoseFraction(), d.maxSideWidthRatio(), null);
    PostureAnalysis a = new PostureAnalyzer(slowed).analyze(runner.series(), null, null).analysis();
    assertThat(a.gait().timeBase()).isEqualTo(org.runpose.gait.GaitCheck.TimeBase.SLOWED_BY_FACTOR);
    assertThat(a.summary().cadenceStepsPerMin()).isCloseTo(176, within(3.0));
  }

  @Test
  void aFootOutOfThePictureGivesNoFootOrShankAngleAndTheReportSaysWhy() {
    SyntheticRunner inView = new SyntheticRunner();
    PostureAnalysis whole = analyze(inView);
    assertThat(whole.steps()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.footStrikeDeg()).isNotNull();
      assertThat(s.shankContactDeg()).isNotNull();
    });
    assertThat(check(whole, "whole-body").grade()).isEqualTo(CaptureCheck.Grade.GOOD);

    SyntheticRunner cut = new SyntheticRunner();
    // Ground 30 px below the picture's bottom edge: heel, toe and ankle are guesses of the model there.
    cut.groundYPx = 510;
    PostureAnalysis a = analyze(cut);

    assertThat(a.steps()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.footStrikeDeg()).isNull();
      assertThat(s.shankContactDeg()).isNull();
    });
    assertThat(a.summary().footStrikeDeg()).isNull();
    assertThat(check(a, "whole-body").sentence()).startsWith("Whole body in the picture: the feet were outside the"
        + " picture in ").contains("given only for contacts with the foot in view (0 of " + a.steps().size()
        + " here)").endsWith("Keep the whole body, feet included, in the frame.");
  }

  @Test
  void aTrunkCutByThePicturesTopEdgeHasNeitherLeanNorLowerBack() {
    SyntheticRunner framed = new SyntheticRunner();
    framed.backDepthPct = 3.0;
    PostureAnalysis whole = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(framed.series(),
        framed.maskSamples(), null).analysis();
    assertThat(whole.summary().lumbarDepthPct()).isEqualTo(3.0);
    assertThat(whole.flag(Flag.FORWARD_LEAN).value()).isNotNull();

    SyntheticRunner cut = new SyntheticRunner();
    cut.backDepthPct = 3.0;
    // The near shoulder 3-14 px below the top edge: in the picture, but nearer its edge than the joint's own size.
    cut.groundYPx = 272;
    PostureAnalysis a = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(cut.series(), cut.maskSamples(), null)
        .analysis();
    assertThat(a.frames()).allSatisfy(f -> assertThat(f.lumbarDepthPct()).isNull());
    assertThat(a.flag(Flag.LUMBAR).value()).isNull();
    assertThat(a.flag(Flag.LUMBAR).explanation()).contains("in most of the others the hip or the shoulder was at the"
        + " edge of the picture, or beyond it.");
    assertThat(a.flag(Flag.FORWARD_LEAN).value()).isNull();
  }

  @Test
  void theFootStrikeIsTheSolesSlopeInTheMaskAtLandingAgainstMidStance() {
    // The keypoints' heel and toe stay level: they would give 0.
    for (Direction direction : Direction.values()) {
      SyntheticRunner runner = new SyntheticRunner();
      runner.direction = direction;
      runner.rollDeg = 3;
      runner.landingSoleDeg = 20;
      PostureAnalysis a = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), runner.maskSamples(),
          null).analysis();
      assertThat(a.steps()).as("running %s", direction).isNotEmpty()
          .allSatisfy(s -> assertThat(s.footStrikeDeg()).isCloseTo(20, within(0.5)));
    }
    assertThat(analyze(new SyntheticRunner()).summary().footStrikeDeg()).isCloseTo(0, within(0.5));
  }

  @Test
  void theLandingIsTheFirstFrameNearTheContactWithTheShoeDownOnItsStanceLevel() {
    BodyFrame level = new BodyFrame(Direction.RIGHT, 0);
    // The right shoe comes down 12, 6, 3 px above its stance row 400, then rests on it from frame 4 to 14.
    double[] soleRowPx = {388, 394, 397, 399.5, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400};
    MaskSample[] masks = new MaskSample[soleRowPx.length];
    BackReading none = BackReading.hidden(BackReading.Hidden.EDGE_NOT_FOUND);
    for (int i = 0; i < masks.length; i++) {
      masks[i] = new MaskSample(i, none, none, null, new double[] {300, soleRowPx[i]}, null, 0.0, null, null);
    }
    // A contact timed a frame late or early moves to frame 3, the first within a pixel of the stance's level.
    assertThat(PostureAnalyzer.landingFrame(level, masks, Side.RIGHT, 4, 9, 14)).isEqualTo(3);
    assertThat(PostureAnalyzer.landingFrame(level, masks, Side.RIGHT, 2, 9, 14)).isEqualTo(3);
    // Three frames early, it stays where it was timed: the shoe is not down within two frames of it.
    assertThat(PostureAnalyzer.landingFrame(level, masks, Side.RIGHT, 0, 9, 14)).isEqualTo(0);
    // Without the shoe's sole in the masks, too.
    assertThat(PostureAnalyzer.landingFrame(level, new MaskSample[soleRowPx.length], Side.RIGHT, 4, 9, 14))
        .isEqualTo(4);
  }

  @Test
  void kneeAndHipAnglesComeFromTheLegNearerTheCameraFootAndShankFromBoth() {
    for (Direction direction : Direction.values()) {
      SyntheticRunner runner = new SyntheticRunner();
      runner.direction = direction;
      PostureAnalysis a = analyze(runner);
      Side near = direction.nearSide();
      assertThat(a.steps()).as("running %s", direction).anySatisfy(s -> assertThat(s.side()).isEqualTo(near))
          .anySatisfy(s -> assertThat(s.side()).isEqualTo(near.other()));
      for (StepMetrics s : a.steps()) {
        boolean isNear = s.side() == near;
        assertThat(s.kneeFlexionContactDeg() != null).as("knee at contact, %s step", s.side()).isEqualTo(isNear);
        assertThat(s.kneeFlexionPeakStanceDeg() != null).as("peak knee, %s step", s.side()).isEqualTo(isNear);
        assertThat(s.hipExtensionToeOffDeg() != null).as("hip extension, %s step", s.side()).isEqualTo(isNear);
        assertThat(s.footStrikeDeg()).isNotNull();
        assertThat(s.shankContactDeg()).isNotNull();
      }
      assertThat(a.summary().kneeFlexionContactDeg()).isNotNull();
      assertThat(a.summary().kneeFlexionPeakStanceDeg()).isNotNull();
    }
  }

  @Test
  void theStancePeakOfTheKneeIsTheBendBeforeItStraightensNotTheSwingsAfterALateToeOff() {
    double nan = Double.NaN;
    // Landing at 20°, the stance peak of 42° at mid-stance, straightening to 25°, then the swing's bend.
    assertThat(PostureAnalyzer.stancePeakKneeDeg(new double[] {20, 31, 42, 38, 30, 25, 40, 60})).isEqualTo(42);
    // A dip smaller than the knee straightening is noise on the way to the peak.
    assertThat(PostureAnalyzer.stancePeakKneeDeg(new double[] {20, 40, 37, 43, 30})).isEqualTo(43);
    assertThat(PostureAnalyzer.stancePeakKneeDeg(new double[] {nan, 22, nan, 35, 36})).isEqualTo(36);
    assertThat(PostureAnalyzer.stancePeakKneeDeg(new double[] {nan, nan})).isNull();
  }
}
