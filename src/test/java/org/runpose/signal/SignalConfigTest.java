package org.runpose.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    SignalConfig c = SignalConfig.DEFAULT;
    assertThat(c.maxGapSeconds()).isEqualTo(0.25);
    assertThat(c.hampelWindowSeconds()).isEqualTo(0.1);
    assertThat(c.hampelSigmas()).isEqualTo(3);
    assertThat(c.cutoffHz()).isEqualTo(6);
    assertThat(c.filterOrderPerPass()).isEqualTo(2);
    assertThat(c.minVisibility()).isEqualTo(0.5);
    assertThat(c.padSeconds()).isEqualTo(0.5);
  }

  @Test
  void zeroMaxGapMeansNoFilling() {
    assertThat(new SignalConfig(0, 0.1, 3, 6, 2, 0.5, 0.5).maxGapSeconds()).isZero();
  }

  @Test
  void rejectsValuesOutOfRange() {
    assertThatThrownBy(() -> new SignalConfig(-0.1, 0.1, 3, 6, 2, 0.5, 0.5)).hasMessageContaining("maxGapSeconds");
    assertThatThrownBy(() -> new SignalConfig(Double.NaN, 0.1, 3, 6, 2, 0.5, 0.5))
        .hasMessageContaining("maxGapSeconds");
    assertThatThrownBy(() -> new SignalConfig(0.25, 0, 3, 6, 2, 0.5, 0.5))
        .hasMessageContaining("hampelWindowSeconds");
    assertThatThrownBy(() -> new SignalConfig(0.25, 0.1, -1, 6, 2, 0.5, 0.5)).hasMessageContaining("hampelSigmas");
    assertThatThrownBy(() -> new SignalConfig(0.25, 0.1, 3, Double.POSITIVE_INFINITY, 2, 0.5, 0.5))
        .hasMessageContaining("cutoffHz");
    assertThatThrownBy(() -> new SignalConfig(0.25, 0.1, 3, 6, 0, 0.5, 0.5))
        .hasMessageContaining("filterOrderPerPass");
    assertThatThrownBy(() -> new SignalConfig(0.25, 0.1, 3, 6, 9, 0.5, 0.5))
        .hasMessageContaining("filterOrderPerPass");
    assertThatThrownBy(() -> new SignalConfig(0.25, 0.1, 3, 6, 2, 1.5, 0.5)).hasMessageContaining("minVisibility");
    assertThatThrownBy(() -> new SignalConfig(0.25, 0.1, 3, 6, 2, 0.5, 0)).hasMessageContaining("padSeconds");
  }
}
