package org.runpose.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrainingRulesConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    TrainingRulesConfig c = TrainingRulesConfig.defaults();
    assertThat(c.maxLongRunShare()).isEqualTo(0.25);
    assertThat(c.maxWeeklyIncrease()).isEqualTo(0.10);
    assertThat(c.weeklyIncreaseExcessive()).isEqualTo(0.30);
    assertThat(c.acwrWatch()).isEqualTo(1.3);
    assertThat(c.acwrLimit()).isEqualTo(1.5);
    assertThat(c.chronicWeeks()).isEqualTo(4);
    assertThat(c.baseWeeks()).isEqualTo(4);
  }

  @Test
  void validatesItself() {
    assertThatThrownBy(() -> new TrainingRulesConfig(1.5, 1.6, 0.1, 0.3, 1.3, 1.5, 4, 4, 2, 0.1, 0.05))
        .hasMessage("maxLongRunShare must be between 0.05 and 1, was 1.5");
    assertThatThrownBy(() -> new TrainingRulesConfig(0.25, 0.35, 0.1, 0.3, 1.6, 1.5, 4, 4, 2, 0.1, 0.05))
        .hasMessage("acwrLimit must be between 1.6 and 5, was 1.5");
    assertThatThrownBy(() -> new TrainingRulesConfig(0.25, 0.35, 0.1, 0.3, 1.3, 1.5, 4, 0, 2, 0.1, 0.05))
        .hasMessage("baseWeeks must be between 1 and 26, was 0");
  }
}
