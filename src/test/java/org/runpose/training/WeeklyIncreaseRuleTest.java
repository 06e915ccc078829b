package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.runpose.Severity;

class WeeklyIncreaseRuleTest {

  private static WeekCheck distance(TrainingAnalysis a, int week) {
    return a.check(WeeklyIncreaseRule.DISTANCE_ID, week);
  }

  private static Logs fourWeeksOf30() {
    return Logs.start().week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6);
  }

  @Test
  void theFirstWeeksAreTheBaseline() {
    TrainingAnalysis a = fourWeeksOf30().week(10, 10, 10, 10, 2).analyse();
    for (int i = 0; i < 4; i++) {
      assertThat(distance(a, i).severity()).isEqualTo(Severity.NOT_ASSESSED);
      assertThat(distance(a, i).note()).isEqualTo("not enough history: needs 4 earlier weeks");
    }
    assertThat(distance(a, 4).measured()).isCloseTo(0.4, within(1e-9));
  }

  @Test
  void aLogShorterThanTheBaselineHasNotEnoughHistoryAndNoFinding() {
    TrainingAnalysis a = Logs.start().week(5, 5, 5, 5).week(10, 10, 10, 10).week(20, 20, 20, 20).analyse();
    assertThat(a.rules()).filteredOn(r -> !r.ruleId().equals(LongRunShareRule.ID))
        .allSatisfy(r -> assertThat(r.checks()).allSatisfy(
            c -> assertThat(c.severity()).isEqualTo(Severity.NOT_ASSESSED)));
    assertThat(a.findings()).isEmpty();
  }

  @Test
  void increasesAreGradedAgainstTheTenAndThirtyPercentLevels() {
    assertThat(distance(fourWeeksOf30().week(6, 6, 6, 6, 9).analyse(), 4).severity()).isEqualTo(Severity.OK); // +10%
    assertThat(distance(fourWeeksOf30().week(6, 6, 6, 6, 12).analyse(), 4).severity())
        .isEqualTo(Severity.WATCH); // +20%
    assertThat(distance(fourWeeksOf30().week(6, 6, 6, 6, 15).analyse(), 4).severity())
        .isEqualTo(Severity.WATCH); // +30%
    assertThat(distance(fourWeeksOf30().week(6, 6, 6, 6, 16).analyse(), 4).severity())
        .isEqualTo(Severity.EXCESSIVE); // +33%
  }

  @Test
  void aSpikeIsAFindingWithTheNumbersAndAdvice() {
    TrainingAnalysis a = fourWeeksOf30().week(8, 8, 8, 8, 10).analyse(); // 42 km, +40%
    Finding f = a.findings().stream().filter(x -> x.ruleId().equals(WeeklyIncreaseRule.DISTANCE_ID))
        .findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(f.weeks()).containsExactly("2024-W05");
    assertThat(f.comparedWith()).containsExactly("2024-W01", "2024-W02", "2024-W03", "2024-W04");
    assertThat(f.measured()).isCloseTo(0.4, within(1e-9));
    assertThat(f.limit()).isEqualTo(0.10);
    assertThat(f.explanation()).isEqualTo("Weekly distance in 2024-W05 (29 Jan – 4 Feb): 42.0 km in 5 runs,"
        + " 40% more than the most in the 4 weeks before (30.0 km).");
    assertThat(f.advice()).contains("up to 33.0 km here");
  }

  @Test
  void comingBackFromACutBackOrMissingWeekIsNotAnIncrease() {
    TrainingAnalysis cutBack = Logs.start().week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6)
        .week(4, 4, 4, 4, 4).week(6, 6, 6, 6, 6).analyse();
    assertThat(distance(cutBack, 4).severity()).isEqualTo(Severity.OK);
    assertThat(distance(cutBack, 4).measured()).isCloseTo(0, within(1e-9));

    TrainingAnalysis missed = Logs.start().week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6)
        .rest(1).week(6, 6, 6, 6, 6).analyse();
    assertThat(missed.weeks()).hasSize(5);
    assertThat(missed.weeks().get(3).distanceKm()).isZero();
    assertThat(distance(missed, 4).severity()).isEqualTo(Severity.OK);
  }

  @Test
  void afterAFullWindowWithoutRunningTheComparisonStartsAgain() {
    TrainingAnalysis a = Logs.start().week(6, 6, 6, 6, 6).rest(4).week(6, 6, 6, 6, 6).week(8, 8, 8, 8, 8).analyse();
    assertThat(distance(a, 5).severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(distance(a, 5).note()).contains("(re)start");
    // the week after the restart week is compared with it: 40 vs 30 km
    assertThat(distance(a, 6).severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(distance(a, 6).measured()).isCloseTo(1 / 3.0, within(1e-9));
  }

  @Test
  void speedWorkIncreaseIsJudgedLikeDistance() {
    TrainingAnalysis a = Logs.start()
        .weekWithTempo(5, 6, 6, 6, 6).weekWithTempo(5, 6, 6, 6, 6)
        .weekWithTempo(5, 6, 6, 6, 6).weekWithTempo(5, 6, 6, 6, 6)
        .weekWithTempo(8, 6, 6, 6, 3).analyse(); // speed 5 -> 8 km (+60%), distance unchanged
    WeekCheck speed = a.check(WeeklyIncreaseRule.SPEED_ID, 4);
    assertThat(speed.severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(speed.measured()).isCloseTo(0.6, within(1e-9));
    assertThat(distance(a, 4).severity()).isEqualTo(Severity.OK);
  }
}
