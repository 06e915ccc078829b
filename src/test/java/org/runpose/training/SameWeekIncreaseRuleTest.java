package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runpose.Severity;

class SameWeekIncreaseRuleTest {

  /** Four weeks of 30 km, each with a 6 km tempo at 5:00/km. */
  private static Logs base() {
    Logs logs = Logs.start();
    for (int i = 0; i < 4; i++) {
      logs.weekWithTempo(6, 6, 6, 6, 6);
    }
    return logs;
  }

  private static WeekCheck sameWeek(TrainingAnalysis a) {
    return a.check(SameWeekIncreaseRule.ID, 4);
  }

  @Test
  void moreDistanceAndMoreSpeedWorkInOneWeekIsWatch() {
    TrainingAnalysis a = base().weekWithTempo(7.5, 6, 6, 6, 6.9).analyse(); // 32.4 km (+8%), tempo +25%
    assertThat(sameWeek(a).severity()).isEqualTo(Severity.WATCH);
    Finding f = a.findings().stream().filter(x -> x.ruleId().equals(SameWeekIncreaseRule.ID)).findFirst().orElseThrow();
    assertThat(f.explanation()).contains("the distance rose 8%").contains("7.5 km in 1 session against at most 6.0 km");
    assertThat(f.advice()).startsWith("Change one thing at a time");
  }

  @Test
  void breakingTheWeeklyLimitAsWellIsExcessive() {
    TrainingAnalysis a = base().weekWithTempo(8, 7, 7, 7, 7).analyse(); // 36 km (+20%), tempo +33%
    assertThat(sameWeek(a).severity()).isEqualTo(Severity.EXCESSIVE);
  }

  @Test
  void fasterSpeedWorkCountsAsMoreIntensity() {
    TrainingAnalysis a = base().weekWithSpeed(6, 270, 6, 6, 6, 8).analyse(); // 32 km (+6.7%), tempo 10% faster
    assertThat(sameWeek(a).severity()).isEqualTo(Severity.WATCH);
    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals(SameWeekIncreaseRule.ID)).singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("pace 4:30/km against at best 5:00/km"));
  }

  @Test
  void aRiseOfBothFromTheWeekBeforeCountsThoughASpikeWeekIsInTheWindow() {
    TrainingAnalysis a = Logs.start().weekWithTempo(6, 12, 12, 12, 11) // 53 km
        .weekWithTempo(6, 8.5, 8.5, 8.5, 8.5).weekWithTempo(6, 8.5, 8.5, 8.5, 8.5)
        .weekWithTempo(6, 8.5, 8.5, 8.5, 8.5) // 40 km
        .weekWithTempo(10, 8.5, 8.5, 8.5, 8.5).analyse(); // 44 km, tempo 6 -> 10 km
    assertThat(sameWeek(a).severity()).isEqualTo(Severity.WATCH);
    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals(SameWeekIncreaseRule.ID)).singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("the distance rose 10%")
            .contains("against 40.0 km in the week before").contains("10.0 km in 1 session against 6.0 km"));
  }

  @Test
  void raisingOnlyOneOfThemIsOk() {
    assertThat(sameWeek(base().weekWithTempo(6, 6, 6, 6, 8).analyse()).severity()).isEqualTo(Severity.OK);
    assertThat(sameWeek(base().weekWithTempo(8, 6, 6, 6, 4).analyse()).severity()).isEqualTo(Severity.OK);
  }

  @Test
  void addingSpeedWorkInAWeekOfMoreDistanceCounts() {
    TrainingAnalysis a = Logs.start().week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6)
        .week(6, 6, 6, 6, 6).weekWithTempo(6, 6, 6, 6, 8).analyse(); // 32 km with a first tempo
    assertThat(sameWeek(a).severity()).isEqualTo(Severity.WATCH);
    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals(SameWeekIncreaseRule.ID)).singleElement()
        .satisfies(f -> assertThat(f.explanation())
            .contains("speed work added (6.0 km) after none in the 4 weeks before"));
  }

  @Test
  void aWeekWithoutSpeedWorkIsNotJudged() {
    TrainingAnalysis a = base().week(8, 8, 8, 8).analyse();
    assertThat(sameWeek(a).severity()).isEqualTo(Severity.NOT_ASSESSED);
  }
}
