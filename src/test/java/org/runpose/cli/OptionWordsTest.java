package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionWordsTest {

  @Test
  void fieldsAreNamedByTheirOptionsAndJavasNumbersWrittenPlainlyButNothingElseTouched() {
    Map<String, String> options = Map.of("cutoffHz", "--cutoff");
    assertThat(OptionWords.of("cutoffHz must be finite and > 0: 0.0", options))
        .isEqualTo("--cutoff must be finite and > 0: 0");
    assertThat(OptionWords.of("must be 1 to 64: 1.0E-4; under 45 degrees: 45.0.", options))
        .isEqualTo("must be 1 to 64: 0.0001; under 45 degrees: 45.");
    assertThat(OptionWords.of("between 0.05 and 1, was -0.5; 1.0E308", options))
        .isEqualTo("between 0.05 and 1, was -0.5; 1.0E308");
    assertThat(OptionWords.of("runpose 1.10.0 wrote runpose-out/clip-1.50/analysis.json on 2026-03-12", options))
        .isEqualTo("runpose 1.10.0 wrote runpose-out/clip-1.50/analysis.json on 2026-03-12");
  }
}
