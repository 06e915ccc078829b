package org.runpose.gait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.io.Json;
import org.runpose.report.PostureReport;

class GaitCheckTest {

  /** Events timed at 30 frames a second. */
  private static final double FRAME_SECONDS = 1 / 30.0;

  /**
   * Steps of a steady gait: one every {@code step} seconds, each foot on the ground {@code stance} seconds, the
   * hips low or high half-way through the stance.
   */
  private static List<StepTiming> steps(int count, double step, double stance, boolean hipsLow) {
    List<StepTiming> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double contact = 0.1 + i * step;
      out.add(new StepTiming(contact, contact + stance, contact + step, hipsLow));
    }
    return out;
  }

  private static StepPeriod period(double step) {
    return new StepPeriod(step, 2 * step);
  }

  @Test
  void runningInRealTimeHangsTogether() {
    GaitCheck g = GaitCheck.judge(steps(10, 0.34, 0.22, true), period(0.34), null, 0, 9, FRAME_SECONDS).check();
    assertThat(g.pattern()).isEqualTo(GaitPattern.RUNNING);
    assertThat(g.timeBase()).isEqualTo(GaitCheck.TimeBase.REAL);
    assertThat(g.problems()).isEmpty();
    assertThat(g.timingInRealTime()).isTrue();
    assertThat(g.stepsAccepted()).isEqualTo(10);
    assertThat(g.dutyFactor()).isCloseTo(0.22 / 0.68, within(1e-9));
    assertThat(g.cadenceFromEventsStepsPerMin()).isCloseTo(60 / 0.34, within(1e-6));
  }

  @Test
  void bothFeetDownAndHipsHighAtMidStanceIsWalking() {
    GaitCheck g = GaitCheck.judge(steps(10, 0.55, 0.66, false), period(0.55), null, 0, 9, FRAME_SECONDS).check();
    assertThat(g.pattern()).isEqualTo(GaitPattern.WALKING);
    assertThat(g.timeBase()).isEqualTo(GaitCheck.TimeBase.REAL);
    assertThat(g.problems()).isEmpty();
    assertThat(g.stepsAccepted()).isEqualTo(10);
  }

  @Test
  void twoLandingsReadAtOnceAreNoStep() {
    // A walker who comes into view with both feet down: the second foot's landing is read 0.1 s after the first's,
    // which then stays down another 0.23 s. The steps after it are a steady walk.
    List<StepTiming> steps = new ArrayList<>(List.of(new StepTiming(0.0, 0.33, 0.1, false)));
    steps(8, 0.55, 0.66, false).forEach(st -> steps.add(new StepTiming(st.contactSeconds() + 0.1,
        st.toeOffSeconds() + 0.1, st.nextContactSeconds() + 0.1, false)));

    GaitCheck.Judgement j = GaitCheck.judge(steps, period(0.55), null, 0, 8, FRAME_SECONDS);

    assertThat(j.accepted()[0]).isFalse();
    assertThat(j.check().stepsAccepted()).isEqualTo(8);
    assertThat(j.check().problems()).isEmpty();
  }

  @Test
  void stepsOfTwoPacesAreNotOnePace() {
    // A treadmill sprint whose playback turns slower and back, with no rhythm of the hips to check against: steps of
    // 0.23 s and of 0.47 s, every one of them fitting a runner.
    List<StepTiming> mixed = new ArrayList<>();
    double contact = 0;
    for (int i = 0; i < 10; i++) {
      double step = i % 5 < 2 ? 0.23 : 0.47;
      mixed.add(new StepTiming(contact, contact + 0.6 * step, contact + step, true));
      contact += step;
    }
    // A steady runner's steps vary by a few hundredths of a second.
    List<StepTiming> steady = new ArrayList<>();
    contact = 0;
    for (int i = 0; i < 10; i++) {
      double step = 0.34 + (i % 3 - 1) * 0.03;
      steady.add(new StepTiming(contact, contact + 0.2, contact + step, true));
      contact += step;
    }
    StepPeriod none = new StepPeriod(null, null);

    GaitCheck twoPaces = GaitCheck.judge(mixed, none, null, 0, 9, FRAME_SECONDS).check();
    GaitCheck onePace = GaitCheck.judge(steady, none, null, 0, 9, FRAME_SECONDS).check();

    assertThat(twoPaces.stepsAccepted()).isEqualTo(10);
    assertThat(twoPaces.problems()).singleElement().asString().startsWith("The steps are not one pace");
    assertThat(twoPaces.cadenceStepsPerMin()).isNull();
    assertThat(onePace.problems()).isEmpty();
    assertThat(onePace.cadenceStepsPerMin()).isNotNull();
  }

  @Test
  void aClearHipPhaseOutvotesADutyFactorSkewedByLateToeOffs() {
    // Walking whose toe-offs came early enough to fake a flight: the hips still vault over each stance.
    assertThat(GaitCheck.pattern(0.47, 0.1)).isEqualTo(GaitPattern.WALKING);
    assertThat(GaitCheck.pattern(0.53, 0.9)).isEqualTo(GaitPattern.RUNNING);
    // Neither sign clear: no guess.
    assertThat(GaitCheck.pattern(0.48, 0.4)).isEqualTo(GaitPattern.UNCLEAR);
    assertThat(GaitCheck.pattern(0.3, null)).isEqualTo(GaitPattern.RUNNING);
  }

  @Test
  void stepsThatShowNeitherRunningNorWalkingHaveTheirTimingWithheld() {
    // The feet down half of each stride and the hips low at mid-stance in half the steps: no flight and no double
    // support to speak of, and no hip phase either.
    List<StepTiming> steps = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      double contact = 0.1 + i * 0.45;
      steps.add(new StepTiming(contact, contact + 0.45, contact + 0.45, i % 2 == 0));
    }
    GaitCheck g = GaitCheck.judge(steps, new StepPeriod(null, null), null, 0, 5, FRAME_SECONDS).check();
    assertThat(g.pattern()).isEqualTo(GaitPattern.UNCLEAR);
    assertThat(g.problems()).singleElement().asString().contains("neither a runner's time in the air");
    assertThat(g.timingInRealTime()).isFalse();
    assertThat(g.cadenceStepsPerMin()).isNull();
    assertThat(g.timeBase()).isEqualTo(GaitCheck.TimeBase.NOT_JUDGED);
  }

  @Test
  void withNoStepAndNoPeriodTheTimeBaseIsNotJudged() {
    // A clip slowed so far that it holds less than a stride: nothing repeats and no step is timed.
    GaitCheck g = GaitCheck.judge(List.of(), new StepPeriod(null, null), null, 0, 0, FRAME_SECONDS).check();
    assertThat(g.timeBase()).isEqualTo(GaitCheck.TimeBase.NOT_JUDGED);
    assertThat(g.timingInRealTime()).isFalse();
    assertThat(PostureReport.timing(g)).startsWith("not judged");
  }

  @Test
  void aTimeBaseNotJudgedIsWrittenAndReadBack() throws Exception {
    GaitCheck g = GaitCheck.judge(List.of(), new StepPeriod(null, null), null, 0, 0, FRAME_SECONDS).check();
    String json = Json.MAPPER.writeValueAsString(g);
    assertThat(json).contains("\"not-judged\"");
    assertThat(Json.MAPPER.readValue(json, GaitCheck.class).timeBase()).isEqualTo(GaitCheck.TimeBase.NOT_JUDGED);
  }

  @Test
  void runningEightTimesSlowedLooksSlowedAndItsTimingIsWithheld() {
    double slow = 8;
    GaitCheck g =
        GaitCheck.judge(steps(8, 0.34 * slow, 0.22 * slow, true), period(0.34 * slow), null, 0, 7, FRAME_SECONDS)
            .check();
    assertThat(g.pattern()).isEqualTo(GaitPattern.RUNNING);
    assertThat(g.timeBase()).isEqualTo(GaitCheck.TimeBase.LOOKS_SLOWED);
    assertThat(g.apparentSlowdown()).isCloseTo(8, within(0.01));
    assertThat(g.timingInRealTime()).isFalse();
    // Each step still fits a runner's, on the clip's own time scale.
    assertThat(g.stepsAccepted()).isEqualTo(8);
    assertThat(g.problems()).isEmpty();
  }

  @Test
  void aLongStanceWithAFlightIsSlowMotionEvenAtARunnersCadence() {
    GaitCheck g = GaitCheck.judge(steps(8, 0.48, 0.55, true), period(0.48), null, 0, 7, FRAME_SECONDS).check();
    assertThat(g.timeBase()).isEqualTo(GaitCheck.TimeBase.LOOKS_SLOWED);
  }

  @Test
  void aGivenFactorPutsTheTimingInRealTime() {
    // Times already divided by the factor, as the analysis does.
    GaitCheck g = GaitCheck.judge(steps(8, 0.34, 0.22, true), period(0.34), 8.0, 0, 7, FRAME_SECONDS).check();
    assertThat(g.timeBase()).isEqualTo(GaitCheck.TimeBase.SLOWED_BY_FACTOR);
    assertThat(g.timingInRealTime()).isTrue();
  }

  @Test
  void aFactorThatLeavesTheTimingImplausibleIsAProblem() {
    GaitCheck g =
        GaitCheck.judge(steps(8, 0.34 * 4, 0.22 * 4, true), period(0.34 * 4), 2.0, 0, 7, FRAME_SECONDS).check();
    assertThat(g.problems()).anyMatch(p -> p.contains("slow-motion factor 2"));
    assertThat(g.timingInRealTime()).isFalse();
  }

  @Test
  void aTimeLapseLooksSpedUp() {
    GaitCheck g = GaitCheck.judge(steps(8, 0.1, 0.06, true), period(0.1), null, 0, 7, FRAME_SECONDS).check();
    assertThat(g.timeBase()).isEqualTo(GaitCheck.TimeBase.LOOKS_SPED_UP);
    assertThat(g.timingInRealTime()).isFalse();
  }

  @Test
  void aRunningStepWithANegativeFlightIsRejectedAndManyOfThemAreAProblem() {
    List<StepTiming> steps = new ArrayList<>(steps(8, 0.34, 0.22, true));
    // One toe-off after the other foot's landing: that step is dropped, the rest stand.
    steps.set(3, new StepTiming(steps.get(3).contactSeconds(), steps.get(3).contactSeconds() + 0.4,
        steps.get(3).nextContactSeconds(), true));
    GaitCheck.Judgement one = GaitCheck.judge(steps, period(0.34), null, 0, 7, FRAME_SECONDS);
    assertThat(one.check().stepsAccepted()).isEqualTo(7);
    assertThat(one.accepted()[3]).isFalse();
    assertThat(one.check().problems()).isEmpty();

    for (int i : new int[] {0, 5}) {
      steps.set(i, new StepTiming(steps.get(i).contactSeconds(), steps.get(i).contactSeconds() + 0.4,
          steps.get(i).nextContactSeconds(), true));
    }
    GaitCheck three = GaitCheck.judge(steps, period(0.34), null, 0, 7, FRAME_SECONDS).check();
    assertThat(three.stepsAccepted()).isEqualTo(5);
    assertThat(three.problems()).singleElement().asString().contains("3 of 8 steps");
    assertThat(three.timingInRealTime()).isFalse();
  }

  /** Whether step {@code i} is accepted once its toe-off is moved to {@code toeOffSeconds}. */
  private static boolean acceptedWithToeOff(List<StepTiming> steps, int i, double toeOffSeconds, double step) {
    List<StepTiming> changed = new ArrayList<>(steps);
    StepTiming s = steps.get(i);
    changed.set(i, new StepTiming(s.contactSeconds(), toeOffSeconds, s.nextContactSeconds(), s.hipsLowAtMidStance()));
    return GaitCheck.judge(changed, period(step), null, 0, steps.size() - 1, FRAME_SECONDS).accepted()[i];
  }

  @Test
  void aFlightOrDoubleSupportShorterThanOneFrameIsWithinTheEventsErrorEitherWay() {
    List<StepTiming> running = steps(8, 0.34, 0.22, true);
    double landing = running.get(3).nextContactSeconds();
    // The toe-off found 20 ms after the other foot's landing, under one frame at 30 fps: kept; 70 ms: dropped.
    assertThat(acceptedWithToeOff(running, 3, landing + 0.02, 0.34)).isTrue();
    assertThat(acceptedWithToeOff(running, 3, landing + 0.07, 0.34)).isFalse();
    List<StepTiming> walking = steps(8, 0.55, 0.66, false);
    assertThat(acceptedWithToeOff(walking, 4, walking.get(4).nextContactSeconds() - 0.02, 0.55)).isTrue();
  }

  @Test
  void aRunningStanceLongerThanHalfASecondIsRejected() {
    List<StepTiming> steps = new ArrayList<>(steps(8, 0.34, 0.22, true));
    StepTiming s = steps.get(2);
    steps.set(2, new StepTiming(s.contactSeconds(), s.contactSeconds() + 0.55, s.contactSeconds() + 0.6, true));
    assertThat(GaitCheck.judge(steps, period(0.34), null, 0, 7, FRAME_SECONDS).accepted()[2]).isFalse();
  }

  @Test
  void walkingWithoutDoubleSupportIsRejected() {
    List<StepTiming> steps = steps(8, 0.55, 0.66, false);
    assertThat(acceptedWithToeOff(steps, 4, steps.get(4).contactSeconds() + 0.45, 0.55)).isFalse();
  }

  @Test
  void feetThatDoNotAlternateAreAProblem() {
    GaitCheck g = GaitCheck.judge(steps(10, 0.34, 0.22, true), period(0.34), null, 3, 9, FRAME_SECONDS).check();
    assertThat(g.problems()).singleElement().asString().contains("same foot landed twice in a row 3 times");
  }

  @Test
  void aCadenceFromTheEventsThatTheHipsDoNotShareIsAProblem() {
    // Every other step missed: the events give half the hips' cadence.
    GaitCheck g = GaitCheck.judge(steps(6, 0.68, 0.22, true), period(0.34), null, 0, 5, FRAME_SECONDS).check();
    assertThat(g.problems()).anyMatch(p -> p.contains("differ by 50%"));
    assertThat(g.timingInRealTime()).isFalse();
  }

  @Test
  void twoStepsGiveAPatternOnlyWhenBothSignsAreClearAndAgree() {
    GaitCheck clear = GaitCheck.judge(steps(2, 0.34, 0.22, true), period(0.34), null, 0, 1, FRAME_SECONDS).check();
    assertThat(clear.pattern()).isEqualTo(GaitPattern.RUNNING);
    assertThat(clear.timeBase()).isEqualTo(GaitCheck.TimeBase.REAL);
    assertThat(GaitCheck.agreed(0.32, null)).isEqualTo(GaitPattern.UNCLEAR);
    assertThat(GaitCheck.agreed(0.32, 0.0)).isEqualTo(GaitPattern.UNCLEAR);
    assertThat(GaitCheck.agreed(0.47, 1.0)).isEqualTo(GaitPattern.UNCLEAR);
    assertThat(GaitCheck.agreed(0.62, 0.0)).isEqualTo(GaitPattern.WALKING);
    assertThat(GaitCheck.judge(List.of(), period(0.34), null, 0, 0, FRAME_SECONDS).check().pattern())
        .isEqualTo(GaitPattern.UNCLEAR);
  }

  @Test
  void twoStepsAreTooFewToTime() {
    GaitCheck g = GaitCheck.judge(steps(2, 0.34, 0.22, true), period(0.34), null, 0, 1, FRAME_SECONDS).check();
    assertThat(g.problems()).singleElement().asString().contains("Only 2 steps could be timed");
    assertThat(g.cadenceStepsPerMin()).isNull();
    assertThat(GaitCheck.judge(List.of(), period(0.34), null, 0, 0, FRAME_SECONDS).check().problems())
        .singleElement().asString().startsWith("No step could be timed;");
  }

  @Test
  void theHipsGiveTheCadenceWhereTheyAgreeWithTheStepsWithinTheEventsTimingError() {
    // 10 steps of 0.34 s: two frames over 3.4 s allow the hips 2 % either way.
    GaitCheck close = GaitCheck.judge(steps(10, 0.34, 0.22, true), period(0.34 * 1.015), null, 0, 9, FRAME_SECONDS)
        .check();
    assertThat(close.cadenceStepsPerMin()).isCloseTo(60 / (0.34 * 1.015), within(1e-6));
    GaitCheck apart = GaitCheck.judge(steps(10, 0.34, 0.22, true), period(0.34 * 1.05), null, 0, 9, FRAME_SECONDS)
        .check();
    assertThat(apart.cadenceStepsPerMin()).isCloseTo(60 / 0.34, within(1e-6));
    GaitCheck walker = GaitCheck.judge(steps(10, 0.55, 0.66, false), period(0.55 * 1.01), null, 0, 9, FRAME_SECONDS)
        .check();
    assertThat(walker.cadenceStepsPerMin()).isCloseTo(60 / 0.55, within(1e-6));
  }

  @Test
  void aLateContactOrAPauseDoesNotCountInTheStepsCadence() {
    List<StepTiming> steps = new ArrayList<>(steps(9, 0.34, 0.22, true));
    double last = steps.get(8).nextContactSeconds();
    steps.add(new StepTiming(last, last + 0.22, last + 0.49, true));
    GaitCheck.Judgement j = GaitCheck.judge(steps, period(0.34), null, 0, 9, FRAME_SECONDS);
    assertThat(j.accepted()[9]).isTrue();
    assertThat(j.check().cadenceFromEventsStepsPerMin()).isCloseTo(60 / 0.34, within(1e-6));
  }

  @Test
  void aStepWithAMissedOrStrayContactIsNotTimed() {
    List<StepTiming> steps = new ArrayList<>(steps(9, 0.34, 0.22, true));
    // The other foot's landing missed: the step runs on to this foot's next one, its "flight" 0.46 s.
    StepTiming s = steps.get(3);
    steps.set(3, new StepTiming(s.contactSeconds(), s.toeOffSeconds(), s.contactSeconds() + 0.68, true));
    // A stray landing 0.15 s after a contact.
    StepTiming t = steps.get(6);
    steps.set(6, new StepTiming(t.contactSeconds(), t.contactSeconds() + 0.12, t.contactSeconds() + 0.15, true));
    GaitCheck.Judgement j = GaitCheck.judge(steps, period(0.34), null, 0, 8, FRAME_SECONDS);
    assertThat(j.accepted()).containsExactly(true, true, true, false, true, true, false, true, true);
    assertThat(j.check().problems()).isEmpty();
    // Half as long again is where a step stops being one: 0.50 s is kept, 0.52 s is not.
    steps.set(3, new StepTiming(s.contactSeconds(), s.toeOffSeconds(), s.contactSeconds() + 0.50, true));
    assertThat(GaitCheck.judge(steps, period(0.34), null, 0, 8, FRAME_SECONDS).accepted()[3]).isTrue();
    steps.set(3, new StepTiming(s.contactSeconds(), s.toeOffSeconds(), s.contactSeconds() + 0.52, true));
    assertThat(GaitCheck.judge(steps, period(0.34), null, 0, 8, FRAME_SECONDS).accepted()[3]).isFalse();
  }

  @Test
  void twoStepsOfDifferentLengthsAreNotJudgedAgainstEachOther() {
    // 0.25 s and 0.85 s: each lies more than half their median (0.55 s) from it.
    List<StepTiming> steps = List.of(new StepTiming(0.1, 0.3, 0.35, true), new StepTiming(0.35, 0.55, 1.2, true));
    assertThat(GaitCheck.judge(steps, period(0.34), null, 0, 1, FRAME_SECONDS).accepted()).containsExactly(true,
        true);
  }

  @Test
  void aShortStepWithinTheEventsTimingErrorIsKept() {
    // At 10 frames a second two events may each be two frames off: 0.4 s either way.
    List<StepTiming> steps = new ArrayList<>(steps(9, 0.34, 0.22, true));
    StepTiming s = steps.get(4);
    steps.set(4, new StepTiming(s.contactSeconds(), s.contactSeconds() + 0.12, s.contactSeconds() + 0.15, true));
    assertThat(GaitCheck.judge(steps, period(0.34), null, 0, 8, 0.1).accepted()[4]).isTrue();
    assertThat(GaitCheck.judge(steps, period(0.34), null, 0, 8, FRAME_SECONDS).accepted()[4]).isFalse();
  }

  @Test
  void theReasonGivenForRejectedStepsIsTheRuleTheyFailed() {
    // Three steps run on over a missed contact and three are cut short by stray ones: still one pace in the middle.
    List<StepTiming> steps = new ArrayList<>(steps(12, 0.34, 0.22, true));
    for (int i = 1; i < 12; i += 2) {
      StepTiming s = steps.get(i);
      steps.set(i, i % 4 == 1 ? new StepTiming(s.contactSeconds(), s.toeOffSeconds(), s.contactSeconds() + 0.68, true)
          : new StepTiming(s.contactSeconds(), s.contactSeconds() + 0.12, s.contactSeconds() + 0.15, true));
    }
    assertThat(GaitCheck.judge(steps, period(0.34), null, 0, 11, FRAME_SECONDS).check().problems()).first()
        .asString().contains("6 of 12 steps").contains("1.5 times the median step").doesNotContain("stance out of");

    // Two steps, one with a stance too long: the length of steps is not judged among two, so not named.
    List<StepTiming> two = List.of(new StepTiming(0.1, 0.3, 0.45, true), new StepTiming(0.45, 1.0, 1.1, true));
    assertThat(GaitCheck.judge(two, period(0.34), null, 0, 1, FRAME_SECONDS).check().problems()).first()
        .asString().contains("1 of 2 steps").contains("stance out of range").doesNotContain("median step");
  }

}
