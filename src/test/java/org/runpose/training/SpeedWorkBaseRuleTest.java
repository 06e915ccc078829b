package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runpose.Severity;

class SpeedWorkBaseRuleTest {

  private static WeekCheck base(TrainingAnalysis a, int week) {
    return a.check(SpeedWorkBaseRule.ID, week);
  }

  private static Logs easyWeeks(int n) {
    Logs logs = Logs.start();
    for (int i = 0; i < n; i++) {
      logs.week(6, 6, 6, 6, 6);
    }
    return logs;
  }

  @Test
  void speedWorkAfterFourEasyWeeksIsOk() {
    TrainingAnalysis a = easyWeeks(4).weekWithTempo(6, 6, 6, 6, 6).analyse();
    assertThat(base(a, 4).severity()).isEqualTo(Severity.OK);
    assertThat(base(a, 4).measured()).isEqualTo(4.0);
    assertThat(base(a, 0).severity()).isEqualTo(Severity.NOT_ASSESSED);
  }

  @Test
  void earlySpeedWorkInTheLogIsOnlyWatchedAsEarlierRunningIsUnknown() {
    TrainingAnalysis a = easyWeeks(2).weekWithTempo(6, 6, 6, 6, 6).analyse();
    Finding f = a.findings().stream().filter(x -> x.ruleId().equals(SpeedWorkBaseRule.ID)).findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.WATCH);
    assertThat(f.weeks()).containsExactly("2024-W03");
    assertThat(f.measured()).isEqualTo(2);
    assertThat(f.limit()).isEqualTo(4);
    assertThat(f.explanation()).contains("after 2 weeks of easy running in the log")
        .contains("If you ran regularly before the log begins, this does not apply.");
  }

  @Test
  void speedWorkSoonAfterABreakIsExcessive() {
    TrainingAnalysis a = easyWeeks(6).rest(2).week(6, 6, 6, 6, 6).weekWithTempo(6, 6, 6, 6, 6).analyse();
    assertThat(base(a, 9).severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(base(a, 9).measured()).isEqualTo(1.0);
    Finding f = a.findings().stream().filter(x -> x.ruleId().equals(SpeedWorkBaseRule.ID)).findFirst().orElseThrow();
    assertThat(f.explanation()).contains("following a break of 2 weeks without running");
    assertThat(f.comparedWith()).containsExactly("2024-W09");
  }

  @Test
  void aSingleMissedWeekDoesNotResetTheBase() {
    TrainingAnalysis a = easyWeeks(3).rest(1).week(6, 6, 6, 6, 6).weekWithTempo(6, 6, 6, 6, 6).analyse();
    assertThat(base(a, 5).severity()).isEqualTo(Severity.OK);
    assertThat(base(a, 5).measured()).isEqualTo(4.0);
  }

  @Test
  void onlyTheFirstSpeedWeekIsJudged() {
    TrainingAnalysis a = easyWeeks(1).weekWithTempo(6, 6, 6).weekWithTempo(6, 6, 6).analyse();
    assertThat(a.findings()).filteredOn(f -> f.ruleId().equals(SpeedWorkBaseRule.ID)).hasSize(1);
    assertThat(base(a, 2).severity()).isEqualTo(Severity.OK);
    assertThat(base(a, 2).note()).isEqualTo("speed work already begun in 2024-W02");
  }
}
