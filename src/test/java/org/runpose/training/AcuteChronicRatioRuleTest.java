package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.runpose.Severity;

class AcuteChronicRatioRuleTest {

  private static Logs fourWeeksOf30() {
    return Logs.start().week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6);
  }

  private static WeekCheck ratio(TrainingAnalysis a, int week) {
    return a.check(AcuteChronicRatioRule.ID, week);
  }

  @Test
  void theRatioIsTheWeekOverTheAverageOfTheFourBefore() {
    assertThat(ratio(fourWeeksOf30().week(7, 7, 8, 8, 6).analyse(), 4).measured()).isCloseTo(1.2, within(1e-9));
    assertThat(ratio(fourWeeksOf30().week(7, 7, 8, 8, 6).analyse(), 4).severity()).isEqualTo(Severity.OK);
    assertThat(ratio(fourWeeksOf30().week(8, 8, 8, 9, 9).analyse(), 4).severity()).isEqualTo(Severity.WATCH); // 1.4
    assertThat(ratio(fourWeeksOf30().week(9, 9, 10, 10, 10).analyse(), 4).severity())
        .isEqualTo(Severity.EXCESSIVE); // 1.6
  }

  @Test
  void theFindingNamesTheLimitItBroke() {
    TrainingAnalysis a = fourWeeksOf30().week(9, 9, 10, 10, 10).analyse();
    Finding f = a.findings().stream().filter(x -> x.ruleId().equals(AcuteChronicRatioRule.ID))
        .findFirst().orElseThrow();
    assertThat(f.limit()).isEqualTo(1.5);
    assertThat(f.headline()).isEqualTo("Acute:chronic ratio 1.60 (limit 1.50)");
    assertThat(f.explanation()).contains("48.0 km against an average of 30.0 km a week over the 4 weeks before");
  }

  @Test
  void aMissingWeekLowersTheChronicLoadSoAFullReturnIsFlagged() {
    // 30, 30, 30, 0, then 30 again: 30 / 22.5 = 1.33
    TrainingAnalysis a = Logs.start().week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6).week(6, 6, 6, 6, 6)
        .rest(1).week(6, 6, 6, 6, 6).analyse();
    assertThat(ratio(a, 4).measured()).isCloseTo(30 / 22.5, within(1e-9));
    assertThat(ratio(a, 4).severity()).isEqualTo(Severity.WATCH);
  }

  @Test
  void aLogShorterThanTheWindowHasNotEnoughHistory() {
    TrainingAnalysis a = Logs.start().week(6, 6, 6, 6, 6).week(12, 12, 12, 12, 12).analyse();
    assertThat(a.rules()).filteredOn(r -> r.ruleId().equals(AcuteChronicRatioRule.ID)).singleElement()
        .satisfies(r -> {
          assertThat(r.findings()).isEmpty();
          assertThat(r.checks()).extracting(WeekCheck::note).containsOnly("not enough history: needs 4 earlier weeks");
        });
  }

  @Test
  void afterFourWeeksWithoutRunningThereIsNoRatio() {
    TrainingAnalysis a = Logs.start().week(6, 6, 6, 6, 6).rest(4).week(6, 6, 6, 6, 6).analyse();
    assertThat(ratio(a, 5).severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(ratio(a, 5).note()).contains("restart");
  }
}
