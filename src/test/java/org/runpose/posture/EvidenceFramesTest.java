package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.runpose.gait.Side;

class EvidenceFramesTest {

  /**
   * 60 frames leaning 10 deg, rising to 14 deg over frames 20-29, with one mis-detected frame (45) at 40 deg; the
   * lumbar depth is 3 % with a gradual rise to 6 % and one outlier at 30 %. Stance windows cover every frame, so
   * mid-stance takes the middle half of each.
   */
  private static HandMadeAnalysis clip() {
    HandMadeAnalysis a = new HandMadeAnalysis().medianLean(10.2);
    for (int i = 0; i < 60; i++) {
      double lean = i == 45 ? 40 : i >= 20 && i < 30 ? 10 + 0.4 * (i - 19) : 10 + 0.01 * i;
      Double lumbar = i % 2 == 0 ? null : i == 33 ? 30.0 : 3 + 0.05 * i;
      a.frame(i, lean, lumbar);
    }
    for (int c = 0; c + 8 <= 60; c += 8) {
      a.step(c % 16 == 0 ? Side.RIGHT : Side.LEFT, c, c + 8);
    }
    return a;
  }

  @Test
  void mostForwardLeanIsAHighPercentileNotTheOutlier() {
    List<EvidenceFrame> ev = EvidenceFrames.choose(clip().build());
    EvidenceFrame most = ev.get(0);
    assertThat(most.kind()).isEqualTo(EvidenceFrame.Kind.MOST_FORWARD_LEAN);
    assertThat(most.frameIndex()).isNotEqualTo(45).isBetween(20, 29);
    assertThat(most.leanDeg()).isGreaterThan(13);
    assertThat(most.title()).isEqualTo("Most forward lean");
    assertThat(most.caption()).contains(String.format(Locale.ROOT, "%.2f s", most.timeSeconds()))
        .contains(String.format(Locale.ROOT, "%.1f° forward", most.leanDeg())).contains("mid-stance")
        .contains("; only 1 of the other").endsWith("mid-stance frames leans further forward.");
  }

  @Test
  void leanFramesAreTakenFromMidStance() {
    for (EvidenceFrame e : EvidenceFrames.choose(clip().build()).subList(0, 2)) {
      // Stances are 8 frames long from multiples of 8: mid-stance is their frames 2 to 6.
      assertThat(e.frameIndex() % 8).as("frame %d", e.frameIndex()).isBetween(2, 6);
    }
  }

  @Test
  void theTypicalLeanIsShownFromAnotherStepThanTheMostForward() {
    HandMadeAnalysis a = new HandMadeAnalysis().medianLean(10.0);
    for (int i = 0; i < 60; i++) {
      // The stance from frame 24 leans most in the middle, but for frame 28, nearest the median, within a frame of
      // the others: jitter.
      boolean leaning = i >= 26 && i <= 30 && i != 28;
      a.frame(i, leaning ? 12.0 : i == 28 ? 10.0 : i % 2 == 0 ? 9.0 : 11.0, null);
    }
    for (int c = 0; c + 8 <= 60; c += 8) {
      a.step(c % 16 == 0 ? Side.RIGHT : Side.LEFT, c, c + 8);
    }
    List<EvidenceFrame> ev = EvidenceFrames.choose(a.build());
    assertThat(ev.get(0).frameIndex()).isBetween(26, 30);
    // Each step's next contact is 12 frames after its own (HandMadeAnalysis: toe-off + 4): the typical frame lies a
    // step away.
    assertThat(Math.abs(ev.get(1).frameIndex() - ev.get(0).frameIndex())).isGreaterThanOrEqualTo(12);
  }

  @Test
  void typicalLeanIsClosestToTheClipsMedian() {
    EvidenceFrame typical = EvidenceFrames.choose(clip().build()).get(1);
    assertThat(typical.kind()).isEqualTo(EvidenceFrame.Kind.TYPICAL_LEAN);
    // Leans outside frames 20-29 are 10 + 0.01 i; the typical frame is a step (12 frames) from the most forward, in
    // the ramp's stance, so the nearest to the median among the mid-stance frames before that is frame 14.
    assertThat(typical.frameIndex()).isEqualTo(14);
    assertThat(typical.caption()).contains("median of 10.2° forward");
  }

  @Test
  void deepestLumbarHollowSkipsTheOutlierWhenTheFindingIsAssessed() {
    List<EvidenceFrame> ev = EvidenceFrames.choose(clip().build());
    assertThat(ev).hasSize(3);
    EvidenceFrame lumbar = ev.get(2);
    assertThat(lumbar.kind()).isEqualTo(EvidenceFrame.Kind.DEEPEST_LUMBAR_HOLLOW);
    assertThat(lumbar.frameIndex()).isNotEqualTo(33).isGreaterThan(50);
    assertThat(lumbar.lumbarDepthPct()).isGreaterThan(5.5);
    assertThat(lumbar.caption()).contains(String.format(Locale.ROOT, "%.1f%%", lumbar.lumbarDepthPct()))
        .endsWith("; only 1 of the other 28 frames showing the back is deeper.");
  }

  @Test
  void deepestLumbarHollowIsNoDeeperThanAnyBackThoughManyFramesReadDeeper() {
    HandMadeAnalysis a = new HandMadeAnalysis().medianLean(10);
    for (int i = 0; i < 40; i++) {
      // A quarter of the frames read an arm's outline, 14-16 %, deeper than any back.
      a.frame(i, 10.0, i % 4 == 0 ? 14.0 + i % 3 : 4.0 + 0.05 * i);
    }
    EvidenceFrame lumbar = EvidenceFrames.choose(a.build()).get(2);
    assertThat(lumbar.lumbarDepthPct()).isLessThanOrEqualTo(Flags.MAX_PLAUSIBLE_LUMBAR_PCT).isGreaterThan(5.5);
  }

  @Test
  void noLumbarFrameWhenThatFindingWasNotAssessed() {
    assertThat(EvidenceFrames.choose(clip().lumbarNotAssessed().build()))
        .extracting(EvidenceFrame::kind)
        .containsExactly(EvidenceFrame.Kind.MOST_FORWARD_LEAN, EvidenceFrame.Kind.TYPICAL_LEAN);
  }

  @Test
  void withoutStepsEveryFrameWithTheRunnerIsACandidate() {
    HandMadeAnalysis a = new HandMadeAnalysis().medianLean(5).lumbarNotAssessed();
    for (int i = 0; i < 40; i++) {
      a.frame(i, i >= 5 && i <= 8 ? 8.0 : 5.0, null);
    }
    List<EvidenceFrame> ev = EvidenceFrames.choose(a.build());
    assertThat(ev.get(0).leanDeg()).isEqualTo(8);
    assertThat(ev.get(0).caption()).doesNotContain("mid-stance")
        .endsWith("; none of the other 39 frames with the runner leans further forward.");
    assertThat(ev.get(1).leanDeg()).isEqualTo(5);
  }

  @Test
  void noneWhenTheRunnerWasNeverFound() {
    HandMadeAnalysis a = new HandMadeAnalysis();
    for (int i = 0; i < 30; i++) {
      a.notFound(i);
    }
    assertThat(EvidenceFrames.choose(a.build())).isEmpty();
    assertThat(EvidenceFrames.choose(new HandMadeAnalysis().build())).isEmpty();
  }

  @Test
  void leanWording() {
    assertThat(EvidenceFrames.lean(12.34)).isEqualTo("12.3° forward");
    assertThat(EvidenceFrames.lean(-4)).isEqualTo("4.0° backward");
    assertThat(EvidenceFrames.lean(-0.02)).isEqualTo("0.0°");
  }
}
