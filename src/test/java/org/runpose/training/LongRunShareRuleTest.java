package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runpose.Severity;

class LongRunShareRuleTest {

  private static WeekCheck check(TrainingAnalysis a, int week) {
    return a.check(LongRunShareRule.ID, week);
  }

  @Test
  void longRunOfAQuarterOrLessIsOk() {
    TrainingAnalysis a = Logs.start().week(6, 6, 6, 6, 8).week(5, 5, 5, 5).analyse();
    assertThat(check(a, 0).severity()).isEqualTo(Severity.OK);
    assertThat(check(a, 0).measured()).isEqualTo(0.25);
    assertThat(check(a, 1).severity()).isEqualTo(Severity.OK);
    assertThat(a.findings()).isEmpty();
  }

  @Test
  void longRunOverAQuarterIsWatchAndOverTheExcessiveLevelIsExcessive() {
    // 10 of 32 km = 31%; 12.16 of 32 km = 38%
    TrainingAnalysis a = Logs.start().week(7, 7, 8, 10).week(6, 6, 7.84, 12.16).analyse();
    assertThat(check(a, 0).severity()).isEqualTo(Severity.WATCH);
    assertThat(check(a, 0).measured()).isCloseTo(0.3125, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(check(a, 1).severity()).isEqualTo(Severity.EXCESSIVE);

    Finding f = a.findings().get(1);
    assertThat(f.ruleId()).isEqualTo("long-run-share");
    assertThat(f.weeks()).containsExactly("2024-W02");
    assertThat(f.limit()).isEqualTo(0.25);
    assertThat(f.explanation()).isEqualTo(
        "Your long run on Thursday 11 Jan (12.2 km) was 38% of the week's 32.0 km in 4 runs.");
    assertThat(f.advice()).startsWith("Keep it at or below 25% (8.0 km): spread the distance over more runs");
    assertThat(f.note()).contains("not medical advice");
  }

  @Test
  void aWeekWithOneRunIsNotJudged() {
    TrainingAnalysis a = Logs.start().week(12).analyse();
    assertThat(check(a, 0).severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(check(a, 0).note()).contains("one run");
    assertThat(a.findings()).isEmpty();
  }

  @Test
  void aMissingWeekIsNotJudged() {
    TrainingAnalysis a = Logs.start().week(5, 5, 5, 5).rest(1).week(5, 5, 5, 5).analyse();
    assertThat(a.weeks()).hasSize(3);
    assertThat(check(a, 1).severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(check(a, 1).note()).isEqualTo("no runs");
  }

  @Test
  void fewRunsAWeekGetTheirOwnAdvice() {
    TrainingAnalysis a = Logs.start().week(5, 5, 10).analyse(); // 50%
    assertThat(a.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.EXCESSIVE);
      assertThat(f.advice()).contains("With 3 runs a week the longest is at least 33% of the total");
    });
  }

  @Test
  void aShareJustOverTheLimitShowsADecimal() {
    TrainingAnalysis a = Logs.start().week(6.6, 6.6, 6.6, 6.6, 8.9).analyse(); // 25.2%
    assertThat(a.findings()).singleElement()
        .satisfies(f -> assertThat(f.headline()).isEqualTo("Long run 25.2% of the week (limit 25%)"));
  }
}
