package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedWorkTest {

  private static Run run(int day, double km, double paceSecondsPerKm, String type) {
    return Run.of(LocalDate.of(2024, 3, 4).plusDays(day), km, km * paceSecondsPerKm, type,
        new Location("t.csv", day + 2));
  }

  @Test
  void theTypeDecidesWhenItNamesAKindOfSession() {
    SpeedWork s = SpeedWork.classify(List.of(
        run(0, 8, 300, "Intervals 6x800"), run(1, 10, 300, "long run"), run(2, 5, 360, "hill repeats"),
        run(3, 6, 360, "Easy")), 0.10);
    assertThat(s.runs()).extracting(ClassifiedRun::speedWork).containsExactly(true, false, true, false);
    assertThat(s.runs().get(0).reason()).isEqualTo("type 'intervals 6x800'");
  }

  @Test
  void withoutATypeAPaceFasterThanTheEasyPaceByTheMarginIsSpeedWork() {
    // easy pace = median of the runs not labelled speed work = 360 s/km; speed below 324 s/km
    SpeedWork s = SpeedWork.classify(List.of(
        run(0, 8, 360, ""), run(1, 8, 360, ""), run(2, 8, 370, ""), run(3, 8, 310, "morning run"),
        run(4, 8, 325, ""), run(5, 6, 250, "tempo")), 0.10);
    assertThat(s.easyPaceSecondsPerKm()).isEqualTo(360);
    assertThat(s.runs()).extracting(ClassifiedRun::speedWork).containsExactly(false, false, false, true, false, true);
    assertThat(s.runs().get(3).reason()).isEqualTo("pace 14% faster than the easy pace");
  }

  @Test
  void runsAreInDateOrder() {
    SpeedWork s = SpeedWork.classify(List.of(run(3, 5, 360, ""), run(1, 5, 360, "")), 0.10);
    assertThat(s.runs()).extracting(c -> c.run().date().getDayOfMonth()).containsExactly(5, 7);
  }
}
