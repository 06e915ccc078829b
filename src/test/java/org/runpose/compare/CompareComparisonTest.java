package org.runpose.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.Severity;
import org.runpose.gait.GaitPattern;
import org.runpose.posture.Direction;
import org.runpose.posture.Flag;
import org.runpose.posture.LeanStretch;
import org.runpose.posture.SyntheticAnalyses;

class CompareComparisonTest {

  private static Runner runner(double lean, double lumbar) {
    Runner r = new Runner();
    r.leanDeg = lean;
    r.lumbarPct = lumbar;
    return r;
  }

  private static Comparison compare(Runner before, Runner after) {
    return Comparison.of(before.visit("12 Mar"), after.visit("2 Apr"), CompareConfig.DEFAULT);
  }

  @Test
  void eachFindingGetsItsVerdictInAPlainSentence() {
    Comparison c = compare(runner(17.8, 10.1), runner(5.1, 6.0));
    FindingChange lean = c.finding(Flag.FORWARD_LEAN);
    assertThat(lean.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(lean.change()).isEqualTo(-12.7);
    assertThat(lean.before().severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(lean.after().severity()).isEqualTo(Severity.OK);
    assertThat(lean.summary())
        .isEqualTo("Forward lean improved from 17.8° to 5.1° (-12.7°): now within the usual range.");
    FindingChange lumbar = c.finding(Flag.LUMBAR);
    assertThat(lumbar.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(lumbar.summary()).isEqualTo(
        "Lumbar hollow improved from 10.1 % to 6.0 % (-4.1 percentage points): still excessive.");
    assertThat(c.warnings()).isEmpty();
  }

  @Test
  void aLowerBackNotJudgedAtEitherVisitIsJudgedByItsChangeFromTheFirst() {
    Runner before = runner(5.0, 3.0);
    Runner deeper = runner(5.0, 6.2);
    Runner same = runner(5.0, 3.5);
    for (Runner r : List.of(before, deeper, same)) {
      r.lumbarWatchPct = null;
      r.lumbarExcessivePct = null;
    }
    FindingChange worse = compare(before, deeper).finding(Flag.LUMBAR);
    assertThat(worse.verdict()).isEqualTo(Verdict.WORSE);
    assertThat(worse.after().severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(worse.summary()).isEqualTo("Lumbar hollow got worse from 3.0 % to 6.2 % (+3.2 percentage points):"
        + " excessive against the earlier visit as the runner's baseline.");
    FindingChange unchanged = compare(before, same).finding(Flag.LUMBAR);
    assertThat(unchanged.verdict()).isEqualTo(Verdict.UNCHANGED);
    assertThat(unchanged.summary()).isEqualTo("Lumbar hollow went from 3.0 % to 3.5 % (+0.5 percentage points):"
        + " within the usual range against the earlier visit as the runner's baseline.");
  }

  @Test
  void worseAndUnchangedAreWordedForTheTherapist() {
    Comparison c = compare(runner(5.3, 3.0), runner(17.8, 3.3));
    assertThat(c.finding(Flag.FORWARD_LEAN).summary())
        .isEqualTo("Forward lean got worse from 5.3° to 17.8° (+12.5°): now excessive.");
    assertThat(c.finding(Flag.LUMBAR).summary()).isEqualTo("Lumbar hollow unchanged from 3.0 % to 3.3 % (+0.3"
        + " percentage points), less than the 1 percentage point measurement error; within the usual range at both"
        + " visits.");
    assertThat(compare(runner(5.0, 3.0), runner(2.0, 3.0)).finding(Flag.FORWARD_LEAN).summary())
        .isEqualTo("Forward lean went from 5.0° to 2.0° (-3.0°): within the usual range at both visits, so not"
            + " counted as a change.");
  }

  @Test
  void anAnalysisComparedWithItselfIsUnchanged() {
    Visit v = runner(12.0, 5.0).visit("before");
    Comparison c = Comparison.of(v, v, CompareConfig.DEFAULT);
    assertThat(c.findings()).allSatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.UNCHANGED);
      assertThat(f.change()).isZero();
    });
    assertThat(c.finding(Flag.FORWARD_LEAN).summary()).endsWith("worth watching at both visits.");
    assertThat(c.warnings()).extracting(CompareWarning::id).containsExactly("same-analysis");
    assertThat(c.measures()).allSatisfy(m -> assertThat(m.change()).isZero());
  }

  @Test
  void twoAnalysesOfOneVideoAreSaidToBeOneRecording() {
    Runner before = runner(12.0, 5.0);
    Runner after = runner(12.0, 5.0);
    after.leanWatchDeg = 10;
    assertThat(compare(before, after).warnings()).extracting(CompareWarning::id).doesNotContain("same-video");
    before.videoSha256 = Runner.LANDMARK_SHA;
    after.videoSha256 = Runner.LANDMARK_SHA;
    assertThat(compare(before, after).warnings()).filteredOn(w -> w.id().equals("same-video")).singleElement()
        .satisfies(w -> assertThat(w.text()).startsWith("Both analyses are of the same video (identical SHA-256,"
            + " 2712dfe6a10a\u2026), so the runner cannot have changed"));
    after.videoSha256 = Runner.DETECTOR_SHA;
    assertThat(compare(before, after).warnings()).extracting(CompareWarning::id).doesNotContain("same-video");
  }

  @Test
  void findingsOfAVisitWithInsufficientDataAreNotAssessed() {
    Runner after = runner(5.0, 3.0);
    after.sufficient = false;
    Comparison c = compare(runner(17.0, 5.0), after);
    assertThat(c.findings()).allSatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
      assertThat(f.change()).isNull();
      assertThat(f.after().severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(f.summary()).contains("not assessed for 2 Apr, so no verdict").contains("only 1 step");
    });
    assertThat(c.warnings()).extracting(CompareWarning::id).containsExactly("insufficient-data");
    assertThat(c.warnings().get(0).text()).startsWith("2 Apr has too little data");
    MeasureChange lean = c.measures().get(0);
    assertThat(lean.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
  }

  @Test
  void aVisitOfAPersonWhoTurnedRoundIsComparedOnThePassShowingTheSameSide() {
    // The earlier visit runs right; the later one turned round, its longest pass heading left.
    Visit before = new Visit("12 Mar", Path.of("a.json"), "a".repeat(64), SyntheticAnalyses.leaning(4));
    Visit after = new Visit("2 Apr", Path.of("b.json"), "b".repeat(64), SyntheticAnalyses.twoPasses());

    Comparison c = Comparison.of(before, after, CompareConfig.DEFAULT);

    assertThat(after.analysis().view().direction()).isEqualTo(Direction.LEFT);
    assertThat(c.after().analysis().view().direction()).isEqualTo(Direction.RIGHT);
    assertThat(c.after().analysis()).isSameAs(after.analysis().otherPasses().get(0));
    assertThat(c.after().pass()).isEqualTo("0.0-3.3 s");
    assertThat(c.before().pass()).isNull();
    assertThat(c.warnings()).extracting(CompareWarning::id).contains("other-pass").doesNotContain("direction-differs");
    assertThat(c.warnings().get(0).text())
        .startsWith("2 Apr: the person turned round; its pass heading right (0.0-3.3 s)");
    // The other way round, the earlier visit's pass is the one chosen.
    Comparison back = Comparison.of(after, before, CompareConfig.DEFAULT);
    assertThat(back.before().analysis().view().direction()).isEqualTo(Direction.RIGHT);
  }

  @Test
  void thePassesComparedBothHaveFindingsAndFaceOneWayWhicheverVisitIsFirst() {
    // The earlier visit's longest pass, heading left, has too little data; its way back, heading right, has findings.
    // The later visit's longest pass heads right, its way back left.
    Runner leftThin = runner(6.0, 3.0);
    leftThin.direction = Direction.LEFT;
    leftThin.sufficient = false;
    Runner left = runner(7.0, 3.0);
    left.direction = Direction.LEFT;
    Visit before = new Visit("12 Mar", Path.of("a.json"), "a".repeat(64),
        SyntheticAnalyses.turnedRound(leftThin.analysis(), runner(5.0, 3.0).analysis()));
    Visit after = new Visit("2 Apr", Path.of("b.json"), "b".repeat(64),
        SyntheticAnalyses.turnedRound(runner(5.5, 3.0).analysis(), left.analysis()));

    for (Comparison c : List.of(Comparison.of(before, after, CompareConfig.DEFAULT),
        Comparison.of(after, before, CompareConfig.DEFAULT))) {
      assertThat(c.before().analysis().view().direction()).isEqualTo(Direction.RIGHT);
      assertThat(c.after().analysis().view().direction()).isEqualTo(Direction.RIGHT);
      assertThat(c.before().analysis().sufficient()).isTrue();
      assertThat(c.after().analysis().sufficient()).isTrue();
      assertThat(c.warnings()).extracting(CompareWarning::id).containsOnlyOnce("other-pass");
    }
  }

  @Test
  void warnsOfEverythingThatMakesTheVisitsLessComparable() {
    Runner after = runner(5.0, 3.0);
    after.landmarkSha = "0".repeat(64);
    after.leanWatchDeg = 10;
    after.direction = Direction.LEFT;
    after.fps = 15;
    after.cutoffHz = 8;
    after.version = "0.2.0";
    Comparison c = compare(runner(5.0, 3.0), after);
    assertThat(c.warnings()).extracting(CompareWarning::id).containsExactly("model-differs", "thresholds-differ",
        "direction-differs", "frame-rate-differs", "smoothing-differs", "version-differs");
    assertThat(c.warnings().get(1).text()).contains("12 Mar lean 8/15°").contains("2 Apr lean 10/15°");
    assertThat(c.warnings().get(2).text()).contains("toward the left of the picture (left side to the camera)");
    assertThat(c.warnings().get(3).text()).contains("12 Mar 30 fps, 2 Apr 15 fps");
  }

  @Test
  void frameRatesAreComparedAsReadInRealTime() {
    Runner phone = runner(5.0, 3.0);
    phone.fps = 60;
    assertThat(compare(runner(5.0, 3.0), phone).warnings()).isEmpty();
    // A phone's 240 frames/s slow motion kept at 30 frames/s, its factor given: 240 frames a second of real time.
    Runner slowMotion = runner(5.0, 3.0);
    slowMotion.slowMotionFactor = 8.0;
    assertThat(compare(runner(5.0, 3.0), slowMotion).warnings()).extracting(CompareWarning::text)
        .containsExactly("Very different frame rates read, in real time: 12 Mar 30 fps, 2 Apr 240 fps. Contacts and"
            + " toe-offs are timed to a frame, so stance and flight times, and the lean at those moments, are not"
            + " measured alike. Film at the same frame rate each visit.");
  }

  @Test
  void runningComparedWithWalkingIsSaidToBeAnotherGait() {
    Runner running = runner(13.9, 3.0);
    running.gait = GaitPattern.RUNNING;
    Runner walking = runner(4.8, 3.0);
    walking.gait = GaitPattern.WALKING;
    Comparison c = compare(running, walking);
    assertThat(c.warnings()).extracting(CompareWarning::id).containsExactly("gait-differs");
    assertThat(c.warnings().get(0).text()).startsWith("12 Mar was running and 2 Apr walking");
    // Too few steps to tell the gait is not another gait.
    assertThat(compare(running, runner(4.8, 3.0)).warnings()).isEmpty();
  }

  @Test
  void aHollowItsFindingSetAsideIsNotComparedInTheMeasures() {
    Runner after = runner(5.0, 3.0);
    after.lumbarPct = 12.5;
    after.lumbarSetAside = true;
    MeasureChange lumbar = compare(runner(5.0, 3.0), after).measures().stream()
        .filter(m -> m.id().equals("lumbarDepthPct")).findFirst().orElseThrow();
    assertThat(lumbar.after()).isNull();
    assertThat(lumbar.verdict()).isEqualTo(Verdict.NOT_ASSESSED);
  }

  @Test
  void aLeanFromOneStrideIsSaidToBeLessSure() {
    Runner after = runner(10.1, 3.0);
    after.leanSteps = 2;
    Comparison c = compare(runner(5.0, 3.0), after);
    assertThat(c.warnings()).extracting(CompareWarning::id).containsExactly("lean-from-one-stride");
    assertThat(c.warnings().get(0).text()).startsWith("2 Apr's trunk lean rests on 2 steps, about one stride")
        .contains("a change of less than 3° may be the camera's tilt");
  }

  @Test
  void aVisitWhoseLeanDidNotHoldOneLevelIsNamedWithItsStretches() {
    Runner after = runner(10.1, 3.0);
    after.leanStretches = List.of(new LeanStretch(0.2, 5.7, 15, 1.1, Severity.OK),
        new LeanStretch(5.7, 11.7, 13, 21.94, Severity.EXCESSIVE));
    Comparison c = compare(runner(5.0, 3.0), after);
    assertThat(c.warnings()).extracting(CompareWarning::id).containsExactly("lean-not-steady");
    assertThat(c.warnings().get(0).text()).startsWith("2 Apr's trunk lean did not hold one level: 1.1° from 0.2 to"
        + " 5.7 s (ok), then 21.9° from 5.7 to 11.7 s (excessive). Its lean finding, compared here, is that of the"
        + " stretch graded worst");
  }

  @Test
  void similarFrameRatesPassWithoutAWarning() {
    Runner after = runner(5.0, 3.0);
    after.fps = 25;
    assertThat(compare(runner(5.0, 3.0), after).warnings()).isEmpty();
  }

  @Test
  void everySummaryMeasureIsComparedAndOnlyLeanAndLumbarAreJudged() {
    Runner before = runner(16.0, 3.0);
    before.heightCm = 175.0;
    Comparison c = compare(before, runner(5.0, 3.0));
    assertThat(c.measures()).extracting(MeasureChange::id).containsExactly("leanDeg", "leanContactDeg",
        "leanMidStanceDeg", "leanToeOffDeg", "leanStanceMeanDeg", "lumbarDepthPct", "cadenceStepsPerMin", "stanceMs",
        "flightMs", "overstridePct", "footStrikeDeg", "shankContactDeg", "kneeFlexionContactDeg",
        "kneeFlexionPeakStanceDeg", "verticalOscillationPct");
    assertThat(c.measures()).filteredOn(MeasureChange::lowerIsBetter).extracting(MeasureChange::verdict)
        .containsExactly(Verdict.IMPROVED, Verdict.IMPROVED, Verdict.IMPROVED, Verdict.IMPROVED, Verdict.IMPROVED,
            Verdict.UNCHANGED);
    assertThat(c.measures()).filteredOn(m -> !m.lowerIsBetter()).allSatisfy(m -> assertThat(m.verdict()).isNull());
    assertThat(c.measures()).filteredOn(m -> m.detectableChange() == null).allSatisfy(m -> {
      assertThat(m.lowerIsBetter()).isFalse();
      assertThat(m.reading()).isEmpty();
    });
    assertThat(c.measures().get(0).reading()).isEqualTo("lower: better");
    assertThat(c.measures().get(9).before()).isEqualTo(20.0);
  }

  @Test
  void verticalOscillationIsInCentimetresWhenBothVisitsKnowTheHeight() {
    Runner before = runner(5.0, 3.0);
    before.heightCm = 175.0;
    Runner after = runner(5.0, 3.0);
    after.heightCm = 175.0;
    assertThat(compare(before, after).measures()).extracting(MeasureChange::id).contains("verticalOscillationCm");
  }

  @Test
  void aChangeSmallerThanTheDetectableChangeIsWithinMeasurementError() {
    Comparison same = compare(runner(5.0, 3.0), runner(5.0, 3.0));
    assertThat(measure(same, "footStrikeDeg").reading()).isEqualTo("within measurement error (under 12.4°)");
    assertThat(measure(same, "shankContactDeg").reading()).isEqualTo("within measurement error (under 11.8°)");
    assertThat(measure(same, "overstridePct").reading()).isEqualTo("within measurement error (under 16.2 points)");
    assertThat(measure(same, "leanDeg").reading()).isEqualTo("no real change (under 2°)");
    assertThat(measure(same, "leanDeg").detectableChange()).isEqualTo(2.0);

    Runner before = runner(5.0, 3.0);
    Runner after = runner(5.0, 3.0);
    after.footStrikeDeg = before.footStrikeDeg - 12;
    after.shankContactDeg = before.shankContactDeg - 12;
    Comparison c = compare(before, after);
    assertThat(measure(c, "footStrikeDeg").reading()).isEqualTo("within measurement error (under 12.4°)");
    assertThat(measure(c, "footStrikeDeg").detectableChange()).isEqualTo(12.4);
    assertThat(measure(c, "shankContactDeg").reading())
        .isEqualTo("changed by more than the measurement error (11.8°)");
    after.footStrikeDeg = before.footStrikeDeg - 13;
    assertThat(measure(compare(before, after), "footStrikeDeg").reading())
        .isEqualTo("changed by more than the measurement error (12.4°)");
  }

  @Test
  void eightDegreesMoreOrLessLeanIsWorseOrImproved() {
    assertThat(compare(runner(4.0, 3.0), runner(12.0, 3.0)).finding(Flag.FORWARD_LEAN).verdict())
        .isEqualTo(Verdict.WORSE);
    assertThat(compare(runner(12.0, 3.0), runner(4.0, 3.0)).finding(Flag.FORWARD_LEAN).verdict())
        .isEqualTo(Verdict.IMPROVED);
    assertThat(compare(runner(12.0, 3.0), runner(13.9, 3.0)).finding(Flag.FORWARD_LEAN).summary())
        .contains("less than the 2° measurement error");
  }

  private static MeasureChange measure(Comparison c, String id) {
    return c.measures().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }
}
