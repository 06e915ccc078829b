package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.runpose.posture.LumbarTrace.PointPx;

class LumbarTraceTest {

  @Test
  void aScaledTraceMovesItsPointsAndKeepsItsDepth() {
    LumbarTrace trace = new LumbarTrace(4.5, new PointPx(100, 400), new PointPx(120, 200), new PointPx(90, 300),
        new PointPx(110, 300));
    LumbarTrace half = trace.scaled(0.5);
    assertThat(half.depthPct()).isEqualTo(4.5);
    assertThat(half.buttocks()).isEqualTo(new PointPx(50, 200));
    assertThat(half.upperBack()).isEqualTo(new PointPx(60, 100));
    assertThat(half.hollow()).isEqualTo(new PointPx(45, 150));
    assertThat(half.chord()).isEqualTo(new PointPx(55, 150));
  }
}
