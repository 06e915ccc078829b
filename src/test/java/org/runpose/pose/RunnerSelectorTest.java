package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunnerSelectorTest {

  private static Detection person(double hipX, double hipY, double heightPx) {
    return new Detection(0.9, hipX - 20, hipY - heightPx, 40, heightPx,
        new double[] {hipX, hipY, hipX, hipY - heightPx / 2, 0, 0, 0, 0});
  }

  @Test
  void withoutHistoryTheLargestPersonIsTheRunner() {
    Detection small = person(100, 300, 80);
    Detection large = person(400, 300, 200);
    assertThat(RunnerSelector.choose(List.of(small, large), null)).contains(large);
  }

  @Test
  void theRunnerSeenLastIsKeptEvenWhenSomeoneLargerWalksIn() {
    Detection runner = person(100, 300, 100);
    Detection bystander = person(400, 300, 300);
    Roi last = person(110, 300, 100).roi();
    assertThat(RunnerSelector.choose(List.of(bystander, runner), last)).contains(runner);
  }

  @Test
  void whenNobodyIsNearTheLastPositionTheLargestIsTaken() {
    Detection a = person(100, 300, 100);
    Detection b = person(400, 300, 300);
    Roi last = person(1000, 300, 100).roi();
    assertThat(RunnerSelector.choose(List.of(a, b), last)).contains(b);
    assertThat(RunnerSelector.choose(List.of(), last)).isEmpty();
  }
}
