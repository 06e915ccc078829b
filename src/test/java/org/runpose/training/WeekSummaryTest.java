package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekSummaryTest {

  private static ClassifiedRun run(LocalDate date, double km, boolean speed) {
    return new ClassifiedRun(Run.of(date, km, km * 360, "", new Location("t.csv", 2)), speed, "test");
  }

  @Test
  void weeksRunMondayToSundayAcrossTheYearEndWithMissingWeeksAsZero() {
    List<WeekSummary> weeks = WeekSummary.of(List.of(
        run(LocalDate.of(2024, 12, 30), 5, false),   // Monday of 2025-W01
        run(LocalDate.of(2025, 1, 5), 10, true),     // its Sunday
        run(LocalDate.of(2025, 1, 19), 8, false)));  // 2025-W03; W02 has no run
    assertThat(weeks).extracting(WeekSummary::isoWeek).containsExactly("2025-W01", "2025-W02", "2025-W03");
    WeekSummary first = weeks.get(0);
    assertThat(first.weekStart()).isEqualTo(LocalDate.of(2024, 12, 30));
    assertThat(first.runs()).isEqualTo(2);
    assertThat(first.distanceKm()).isEqualTo(15);
    assertThat(first.longestRunKm()).isEqualTo(10);
    assertThat(first.longestRunDate()).isEqualTo(LocalDate.of(2025, 1, 5));
    assertThat(first.longestRunShare()).isEqualTo(10 / 15.0);
    assertThat(first.speedWorkKm()).isEqualTo(10);
    assertThat(first.speedSessions()).isEqualTo(1);
    assertThat(weeks.get(1).runs()).isZero();
    assertThat(weeks.get(1).distanceKm()).isZero();
    assertThat(weeks.get(1).longestRunDate()).isNull();
    assertThat(weeks.get(2).runs()).isEqualTo(1);
  }

  @Test
  void aWeekMustStartOnMonday() {
    assertThatThrownBy(() -> new WeekSummary(LocalDate.of(2024, 3, 5), 0, 0, 0, 0, null, 0, 0, 0))
        .hasMessageContaining("must be a Monday");
  }
}
