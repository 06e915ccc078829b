package org.runpose.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PhaseLeanScoreTest {

  @Test
  void theWorstInstantCountsWithItsSignAndAMissingOneLeavesNoScore() {
    PhaseLeanScore s = PhaseLeanScore.of(5, 7.5, 4.0, 1.5, 4.4);
    assertThat(s.contactErrorDeg()).isCloseTo(2.5, within(1e-9));
    assertThat(s.worstDeg()).isCloseTo(-3.5, within(1e-9));
    assertThat(s.stanceMeanErrorDeg()).isCloseTo(-0.6, within(1e-9));
    assertThat(PhaseLeanScore.of(5, 7.5, null, 1.5, 4.4).worstDeg()).isNull();
  }
}
