package org.runpose.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runpose.Severity;

class CompareVerdictTest {

  /** A lean graded on the default thresholds, watch 8° and excessive 15°. */
  private static FindingState lean(Double deg) {
    return lean(deg, 8);
  }

  private static FindingState lean(Double deg, double watch) {
    Severity s = deg == null ? Severity.NOT_ASSESSED
        : deg >= 15 ? Severity.EXCESSIVE : deg >= watch ? Severity.WATCH : Severity.OK;
    return new FindingState(deg, s, watch, 15.0);
  }

  private static FindingState lumbar(double pct) {
    return new FindingState(pct, pct >= 6 ? Severity.EXCESSIVE : pct >= 4 ? Severity.WATCH : Severity.OK, 4.0, 6.0);
  }

  @Test
  void aFlaggedValueThatFallsByTheToleranceImproves() {
    assertThat(Verdict.judge(lean(17.8), lean(5.1), 2)).isEqualTo(Verdict.IMPROVED);
    assertThat(Verdict.judge(lean(17.8), lean(15.5), 2)).as("still excessive, but lower").isEqualTo(Verdict.IMPROVED);
    assertThat(Verdict.judge(lumbar(10.1), lumbar(6.0), 1)).isEqualTo(Verdict.IMPROVED);
  }

  @Test
  void aValueThatRisesByTheToleranceToAFlagIsWorse() {
    assertThat(Verdict.judge(lean(5.3), lean(17.8), 2)).isEqualTo(Verdict.WORSE);
    assertThat(Verdict.judge(lean(7.0), lean(9.0), 2)).as("exactly the tolerance").isEqualTo(Verdict.WORSE);
    assertThat(Verdict.judge(lumbar(3.0), lumbar(4.2), 1)).isEqualTo(Verdict.WORSE);
  }

  @Test
  void aChangeSmallerThanTheToleranceIsUnchangedEvenAcrossAThreshold() {
    assertThat(Verdict.judge(lean(5.3), lean(5.3), 2)).isEqualTo(Verdict.UNCHANGED);
    assertThat(Verdict.judge(lean(7.5), lean(9.4), 2)).as("ok to watch by 1.9°").isEqualTo(Verdict.UNCHANGED);
    assertThat(Verdict.judge(lean(16.0), lean(14.2), 2)).isEqualTo(Verdict.UNCHANGED);
    assertThat(Verdict.judge(lumbar(3.0), lumbar(3.9), 1)).isEqualTo(Verdict.UNCHANGED);
  }

  @Test
  void lowerIsBetterOnlyFromTheWatchThresholdUp() {
    assertThat(Verdict.judge(lean(5.0), lean(2.0), 2)).isEqualTo(Verdict.UNCHANGED);
    assertThat(Verdict.judge(lean(2.0), lean(6.5), 2)).isEqualTo(Verdict.UNCHANGED);
    assertThat(Verdict.judge(lean(1.0), lean(-4.0), 2)).as("a backward lean is not flagged")
        .isEqualTo(Verdict.UNCHANGED);
  }

  @Test
  void eachVisitIsGradedOnItsOwnThresholds() {
    assertThat(Verdict.judge(lean(9.0, 10), lean(6.0), 2)).as("9° was ok with watch from 10°")
        .isEqualTo(Verdict.UNCHANGED);
    assertThat(Verdict.judge(lean(9.0, 8), lean(6.0), 2)).isEqualTo(Verdict.IMPROVED);
  }

  @Test
  void theToleranceDecides() {
    assertThat(Verdict.judge(lean(5.0), lean(8.5), 2)).isEqualTo(Verdict.WORSE);
    assertThat(Verdict.judge(lean(5.0), lean(8.5), 4)).isEqualTo(Verdict.UNCHANGED);
    assertThat(Verdict.judge(lean(12.0), lean(10.5), 1)).isEqualTo(Verdict.IMPROVED);
  }

  @Test
  void theChangeIsTakenBetweenTheValuesAsShown() {
    // 9.0° to 7.0° on the report: a change of 2.0°, although the unrounded values are 1.96° apart
    assertThat(Verdict.change(9.0, 7.04)).isEqualTo(-2.0);
    assertThat(Verdict.judge(lean(9.0), lean(7.04), 2)).isEqualTo(Verdict.IMPROVED);
    assertThat(Verdict.change(3.04, 3.26)).isEqualTo(0.3);
  }

  @Test
  void noVerdictWithoutBothValues() {
    assertThat(Verdict.judge(lean(null), lean(5.0), 2)).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(Verdict.judge(lean(17.0), lean(null), 2)).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(Verdict.NOT_ASSESSED.key()).isEqualTo("not-assessed");
  }
}
