package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.runpose.posture.PostureAnalyzerTest.check;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseSeries;
import org.runpose.posture.CaptureCheck.Grade;

class CaptureChecksTest {

  private static PostureAnalysis analyzeWithMasks(SyntheticRunner runner) {
    return new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), runner.maskSamples(), null)
        .analysis();
  }

  @Test
  void aThirtyFramesPerSecondClipSaysWhatTheStepTimingLoses() {
    PostureAnalysis a = analyzeWithMasks(new SyntheticRunner());
    CaptureCheck fps = check(a, "frame-rate");
    assertThat(fps.grade()).isEqualTo(Grade.LIMITED);
    assertThat(fps.sentence()).isEqualTo("Frame rate: 30 frames/s, a frame every 33 ms. Contacts and toe-offs are"
        + " placed to the nearest frame read, so stance and flight times are at best within 17 ms, and the angles at"
        + " contact come from up to half a frame after the foot landed. 120 frames/s or more is recommended for the"
        + " timing of the steps. Film in slow motion (120 or 240 frames/s) if the camera offers it.");
    assertThat(a.summary().stanceMs()).isNotNull();
  }

  @Test
  void aSixtyFramesPerSecondClipReadAtThirtySaysSoAndHowToReadEveryFrame() {
    CaptureCheck fps = check(new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(everyOther(60), masksOf(60), null)
        .analysis(), "frame-rate");

    assertThat(fps.grade()).isEqualTo(Grade.LIMITED);
    assertThat(fps.sentence()).isEqualTo("Frame rate: 60 frames/s in the file, every second read: 30 frames/s, a"
        + " frame every 33 ms. Contacts and toe-offs are placed to the nearest frame read, so stance and flight times"
        + " are at best within 17 ms, and the angles at contact come from up to half a frame after the foot landed."
        + " 120 frames/s or more is recommended for the timing of the steps. Read whole, this video would place them"
        + " to its own frames, at best within 8 ms. Film in slow motion (120 or 240 frames/s) if the camera offers"
        + " it, and have every frame read.");
  }

  @Test
  void aSlowMotionFileReadAtThirtyFramesPerSecondIsToldToHaveEveryFrameReadNotToFilmFaster() {
    assertThat(CaptureChecks.frameRate(120, 4, null, false).sentence()).isEqualTo("Frame rate: 120 frames/s in the"
        + " file, every fourth read: 30 frames/s, a frame every 33 ms. Contacts and toe-offs are placed to the nearest"
        + " frame read, so stance and flight times are at best within 17 ms, and the angles at contact come from up"
        + " to half a frame after the foot landed. Read whole, this video's own frames would time them to within 8"
        + " ms. Have every frame read (--every-frame, or the web app's Read every frame; up to 4 times as long).");
    // Read whole, it is graded as a 120 frames/s clip.
    assertThat(CaptureChecks.frameRate(120, 1, null, false).effect()).isEqualTo("Contacts and toe-offs are timed to"
        + " within 8 ms.");
  }

  @Test
  void aPhonesNtscHundredAndTwentyIsAHundredAndTwenty() {
    assertThat(CaptureChecks.frameRate(119.88, 1, null, false).grade()).isEqualTo(Grade.GOOD);
    // 29.97 frames/s of a clip slowed 4 times: the phone's 120 in real time.
    assertThat(CaptureChecks.frameRate(29.97, 1, 4.0, false).grade()).isEqualTo(Grade.GOOD);
    assertThat(CaptureChecks.frameRate(119.7, 1, null, false).grade()).isEqualTo(Grade.LIMITED);
  }

  /** Every second frame of a synthetic runner filmed at {@code fps}, as read with the default cap of 30 a second. */
  private static PoseSeries everyOther(double fps) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.fps = fps;
    PoseSeries all = runner.series();
    return PoseSeries.of("test", all.video(), all.model(), PoseConfig.DEFAULT,
        all.frames().stream().filter(f -> f.index() % 2 == 0).toList());
  }

  private static List<MaskSample> masksOf(double fps) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.fps = fps;
    return runner.maskSamples().stream().filter(m -> m.frameIndex() % 2 == 0).toList();
  }

  @Test
  void slowMotionFilmedAtAHundredAndTwentyFramesPerSecondTimesTheSteps() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.fps = 120;
    runner.seconds = 3;
    CaptureCheck fps = check(analyzeWithMasks(runner), "frame-rate");
    assertThat(fps.grade()).isEqualTo(Grade.GOOD);
    assertThat(fps.sentence()).isEqualTo("Frame rate: 120 frames/s, a frame every 8 ms. Contacts and toe-offs are"
        + " timed to within 8 ms.");
  }

  @Test
  void tooFewFramesForAStanceWithholdTheStepTimesButNotTheLeanOrTheCadence() {
    PostureAnalysis a = filmedAt(15, 6);
    assertThat(check(a, "frame-rate").effect()).startsWith("Too few frames for a stance or a flight to be timed:"
        + " stance and flight times are withheld.");
    assertThat(a.summary().stanceMs()).isNull();
    assertThat(a.summary().flightMs()).isNull();
    assertThat(a.summary().cadenceStepsPerMin()).isCloseTo(new SyntheticRunner().cadenceStepsPerMin, within(3.0));
    assertThat(a.summary().leanDeg()).isCloseTo(6, within(1.0));
  }

  @Test
  void atFiveFramesASecondTheCadenceIsWithheldToo() {
    // 176 steps a minute seen 5 times a second read as a walker at 59, and hung together.
    PostureAnalysis a = filmedAt(5, 12);
    assertThat(check(a, "frame-rate").effect()).contains("and the cadence with them");
    assertThat(a.summary().cadenceStepsPerMin()).isNull();
    assertThat(a.summary().leanDeg()).isCloseTo(6, within(1.0));
  }

  /** The synthetic runner filmed at {@code fps} for {@code seconds}, analysed with its outline. */
  private static PostureAnalysis filmedAt(double fps, double seconds) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.fps = fps;
    runner.seconds = seconds;
    return analyzeWithMasks(runner);
  }

  @Test
  void aTiltedCameraIsSaidAndItsTiltTakenOutOfTheLean() {
    SyntheticRunner runner = new SyntheticRunner();
    runner.rollDeg = 6;
    PostureAnalysis a = analyzeWithMasks(runner);
    CaptureCheck level = check(a, "camera-level");
    assertThat(level.grade()).isEqualTo(Grade.LIMITED);
    assertThat(level.measured()).matches("tilted [56]\\.\\d° \\(ground line from the shoe soles in stance\\)");
    assertThat(level.effect()).startsWith("Every angle is measured against that ground line, so the tilt is taken"
        + " out; an error in the line goes into the trunk lean degree for degree.");
    assertThat(level.tip()).isEqualTo("Hold the camera level and square to the runner, with a door frame or post in"
        + " view.");
    assertThat(a.summary().leanDeg()).isCloseTo(6, within(0.7));

    CaptureCheck levelled = check(analyzeWithMasks(new SyntheticRunner()), "camera-level");
    assertThat(levelled.grade()).isEqualTo(Grade.GOOD);
    assertThat(levelled.measured()).isEqualTo("level within 2° (ground line from the shoe soles in stance)");
  }

  @Test
  void aRecordingThatCannotCarryTheFindingsCarriesNoAnglesEither() {
    SyntheticRunner runner = new SyntheticRunner();
    // Far too dark: the light check withholds the findings.
    var masks = runner.maskSamples().stream().map(m -> new MaskSample(m.frameIndex(), m.backIfRight(),
        m.backIfLeft(), m.leftSole(), m.rightSole(), m.leftSoleSlopeDeg(), m.rightSoleSlopeDeg(), new Exposure(40, 10),
        null)).toList();
    PostureAnalysis a = new PostureAnalyzer(AnalysisConfig.DEFAULT).analyze(runner.series(), masks, null).analysis();
    assertThat(a.sufficient()).isFalse();
    assertThat(a.summary().leanDeg()).isNull();
    assertThat(a.steps()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.leanMidStanceDeg()).isNull();
      assertThat(s.kneeFlexionContactDeg()).isNull();
      assertThat(s.footStrikeDeg()).isNull();
      assertThat(s.stanceMs()).isPositive();
    });
    assertThat(a.frames()).allSatisfy(f -> assertThat(f.leanDeg()).isNull());
    assertThat(a.notes()).contains("The angles (trunk lean, knee, hip, foot, shank) and the overstride are withheld"
        + " with the findings: the recording does not allow them, for the reasons given with the findings.");
  }

  @Test
  void aViewFromTheFrontWithholdsTheFindingsAndARunnerComingCloserIsLimited() {
    ViewCheck front = new ViewCheck(Direction.RIGHT, "video", 0, "user", 0.45, 0.2, false);
    CaptureCheck notSide = CaptureChecks.cameraSquare(front, 0.3, 0);
    assertThat(notSide.grade()).isEqualTo(Grade.UNUSABLE);
    assertThat(notSide.sentence()).isEqualTo("Camera square to the runner: the video does not look like a side view"
        + " (left and right shoulders or hips are 45% of the trunk length apart; a side view keeps them within 30%)."
        + " Trunk lean and lumbar curvature can only be judged from the side. Film the runner side-on.");

    ViewCheck side = new ViewCheck(Direction.RIGHT, "video", 0, "user", 0.1, 0.05, true);
    CaptureCheck closer = CaptureChecks.cameraSquare(side, 0.3, 0.18);
    assertThat(closer.grade()).isEqualTo(Grade.LIMITED);
    assertThat(closer.measured()).isEqualTo("the runner looks 18% bigger at the end of the clip than at the start:"
        + " they ran toward the camera, or the camera zoomed");
    assertThat(CaptureChecks.cameraSquare(side, 0.3, -0.04).measured())
        .isEqualTo("side-on (left and right 10% of the trunk length apart; size steady within 4%)");
  }

  @Test
  void aSmallRunnerMakesTheLowerBackLessSure() {
    CaptureCheck small = CaptureChecks.runnerSize(206, 360);
    assertThat(small.grade()).isEqualTo(Grade.LIMITED);
    assertThat(small.measured()).isEqualTo("about 206 px tall, 57% of the picture's height");
    assertThat(small.effect()).contains("the lumbar measure is less sure than on a runner 250 px tall or more");
    assertThat(small.effect()).doesNotContain("trunk lean");
    assertThat(CaptureChecks.runnerSize(579, 1280).grade()).isEqualTo(Grade.GOOD);
  }

  @Test
  void aBodyFarTallerThanThePictureCannotBeInViewAndWithholdsTheFindings() {
    // A laptop camera filming a face: the legs, scaled to a body, are 3.5 times the picture's height.
    CaptureCheck face = CaptureChecks.runnerSize(1658, 480);
    assertThat(face.grade()).isEqualTo(Grade.UNUSABLE);
    assertThat(face.effect()).startsWith("The runner is too close: a body 3.5 times the picture's height");
    assertThat(face.tip()).startsWith("Film from further away");
    // A runner who fills the picture, head to feet, is fine.
    assertThat(CaptureChecks.runnerSize(950, 1080).grade()).isEqualTo(Grade.GOOD);
  }

  @Test
  void aCheckWithNothingToMeasureIsLeftOutRatherThanReadAsNaN() {
    // Legs never in view give no size; shoulders and hips never seen give no spread.
    assertThat(CaptureChecks.runnerSize(Double.NaN, 480)).isNull();
    assertThat(CaptureChecks.cameraSquare(new ViewCheck(Direction.RIGHT, "video", 0, "not estimated", Double.NaN,
        Double.NaN, true), 0.3, Double.NaN)).isNull();
  }

  @Test
  void aRunnerTooSmallForTheAnglesWithholdsThemAndASmallOneReadsTheLeanLow() {
    CaptureCheck tiny = CaptureChecks.runnerSize(60, 104);
    assertThat(tiny.grade()).isEqualTo(Grade.UNUSABLE);
    assertThat(tiny.effect()).contains("at least 100 px tall is needed");
    assertThat(tiny.tip()).startsWith("Film at a higher resolution");
    assertThat(CaptureChecks.runnerSize(60, 1080).tip()).startsWith("Film closer");
    assertThat(CaptureChecks.runnerSize(120, 240).effect()).contains("The trunk lean is less sure at this size"
        + " (rendered runners this small read up to 3° low)");
    assertThat(CaptureChecks.runnerSize(100, 240).grade()).isEqualTo(Grade.LIMITED);
  }

  @Test
  void aTiltFromTheSolesAloneSaysHowFarTheSolesCanBeOff() {
    ViewCheck soles = new ViewCheck(Direction.RIGHT, "video", -4, "foot contacts", 0.1, 0.05, true);
    ViewCheck edges = new ViewCheck(Direction.RIGHT, "video", -4, "scene verticals", 0.1, 0.05, true);

    assertThat(CaptureChecks.cameraLevel(soles, null).effect()).contains("real treadmill clips turned 4°",
        "a treadmill set to an incline", "--roll 0");
    assertThat(CaptureChecks.cameraLevel(edges, null).effect()).doesNotContain("soles");
  }

  @Test
  void aLevelGroundFromTheSolesAloneSaysHowFarTheyCanBeOff() {
    ViewCheck soles = new ViewCheck(Direction.RIGHT, "video", 0.5, "foot contacts", 0.1, 0.05, true);
    ViewCheck edges = new ViewCheck(Direction.RIGHT, "video", 0.5, "scene verticals", 0.1, 0.05, true);

    assertThat(CaptureChecks.cameraLevel(soles, null).grade()).isEqualTo(Grade.GOOD);
    assertThat(CaptureChecks.cameraLevel(soles, null).effect()).contains("The soles alone can be 2° off on"
        + " real footage (0.5-2.2° on the labelled clips), and the trunk lean with them.", "On a hill");
    assertThat(CaptureChecks.cameraLevel(soles, null).tip()).contains("door frame or post in view");
    assertThat(CaptureChecks.cameraLevel(edges, null).effect()).isEqualTo("Angles are measured against that ground"
        + " line.");
  }
}
