package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.Severity;
import org.runpose.gait.GaitCheck;
import org.runpose.signal.SignalConfig;

class FlagsTest {

  /** A clip of 8 steps whose lower back measured {@code depthPct} in 40 frames. */
  private static Flag lumbar(AnalysisConfig config, double depthPct) {
    PostureSummary s = new PostureSummary(90, 90, 0, 8, 176.0, 5.0, null, null, null, depthPct, 40, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    return Flags.of(config, s, GaitCheck.unchecked(), List.of(), List.of(), List.of(), List.of(), null).stream()
        .filter(f -> f.id().equals(Flag.LUMBAR)).findFirst().orElseThrow();
  }

  @Test
  void withoutABaselineTheHollowIsMeasuredNotJudgedAndKeptAsOne() {
    Flag f = lumbar(AnalysisConfig.DEFAULT, 8.8);
    assertThat(f.severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(f.unjudged()).isTrue();
    assertThat(f.stateLabel()).isEqualTo("not judged");
    assertThat(f.value()).isEqualTo(8.8);
    assertThat(f.watchAt()).isNull();
    assertThat(f.timesSeconds()).isEmpty();
    assertThat(f.explanation()).contains("8.8% of the trunk length").contains("One video cannot tell the back's"
        + " arch from the build").contains("--baseline");
    assertThat(f.advice()).contains("next visit");

    // An analysis measured but not judged is a baseline for the next.
    PostureAnalysis earlier = new HandMadeAnalysis().build();
    assertThat(LumbarBaseline.from(withLumbar(earlier, f), "visit 1")).get()
        .extracting(LumbarBaseline::depthPct).isEqualTo(8.8);
  }

  /** As above, with the frames' depths, 40 frames cycling through {@code depths}. */
  private static Flag lumbar(double depthPct, double... depths) {
    PostureSummary s = new PostureSummary(90, 90, 0, 8, 176.0, 5.0, null, null, null, depthPct, 40, null, null, null,
        null, null, null, null, null, null, null, null, null, null);
    return finding(Flag.LUMBAR, s, new double[] {5.0}, depths);
  }

  /** The lean finding of a clip of 8 steps whose 40 frames cycle through {@code leans}, median {@code medianDeg}. */
  private static Flag lean(double medianDeg, double... leans) {
    PostureSummary s = new PostureSummary(90, 90, 0, 8, 176.0, medianDeg, null, null, null, null, 0, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    return finding(Flag.FORWARD_LEAN, s, leans, new double[] {4.0});
  }

  /** The finding {@code id} of a clip whose 40 frames cycle through {@code leans} and {@code depths}. */
  private static Flag finding(String id, PostureSummary s, double[] leans, double[] depths) {
    List<FrameMetrics> frames = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      frames.add(new FrameMetrics(i, i / 30.0, true, leans[i % leans.length], depths[i % depths.length], null));
    }
    return Flags.of(AnalysisConfig.DEFAULT, s, GaitCheck.unchecked(), List.of(), frames, List.of(), List.of(), null)
        .stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aLeanThatChangedWithinTheClipIsTheFindingOfItsGravestStretch() {
    PostureSummary s = new PostureSummary(90, 90, 0, 30, 176.0, 10.1, null, null, null, null, 0, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    List<LeanStretch> stretches = List.of(new LeanStretch(0.2, 5.7, 15, 1.1, Severity.OK),
        new LeanStretch(5.7, 11.7, 13, 21.9, Severity.EXCESSIVE), new LeanStretch(12.6, 21.2, 22, 11.1,
            Severity.WATCH));
    // The frames run from upright to 22°: more than a steady runner's spread, but each stretch holds its level.
    List<FrameMetrics> frames = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      frames.add(new FrameMetrics(i, i / 30.0, true, i < 20 ? 1.0 : 22.0, null, null));
    }

    Flag f = Flags.of(AnalysisConfig.DEFAULT, s, GaitCheck.unchecked(), List.of(), frames, List.of(), stretches,
        null).get(0);

    assertThat(f.severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(f.value()).isEqualTo(21.9);
    assertThat(f.explanation()).startsWith("The lean did not hold one level through the clip: 1.1° from 0.2 to 5.7 s"
        + " (15 steps, ok), then 21.9° from 5.7 to 11.7 s (13 steps, excessive), then 11.1° from 12.6 to 21.2 s"
        + " (22 steps, watch)").contains("This finding is that of the stretch graded worst, 21.9° from 5.7 to 11.7"
        + " s. Running bent forward this much").contains("Judge the other stretches on their own. Over the whole clip"
        + " the trunk (hips to shoulders) leans 10.1° forward");
    assertThat(f.advice()).startsWith("Run tall");

    Flag steady = Flags.of(AnalysisConfig.DEFAULT, s, GaitCheck.unchecked(), List.of(), List.of(), List.of(),
        List.of(), null).get(0);
    assertThat(steady.explanation()).startsWith("The trunk (hips to shoulders) leans 10.1°");
    assertThat(steady.severity()).isEqualTo(Severity.WATCH);
    Flag spreadWithoutStretches = Flags.of(AnalysisConfig.DEFAULT, s, GaitCheck.unchecked(), List.of(), frames,
        List.of(), List.of(), null).get(0);
    assertThat(spreadWithoutStretches.severity()).isEqualTo(Severity.NOT_ASSESSED);
  }

  @Test
  void ofStretchesGradedAlikeTheMostForwardIsTheFinding() {
    PostureSummary s = new PostureSummary(90, 90, 0, 30, 176.0, 3.0, null, null, null, null, 0, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    Flag f = Flags.of(AnalysisConfig.DEFAULT, s, GaitCheck.unchecked(), List.of(), List.of(), List.of(),
        List.of(new LeanStretch(0, 4, 10, 6.5, Severity.OK), new LeanStretch(4, 8, 10, -0.04, Severity.OK),
            new LeanStretch(8, 12, 10, -9, Severity.OK)), null).get(0);
    assertThat(f.value()).isEqualTo(6.5);
    assertThat(f.explanation()).contains("then 0.0° from 4.0 to 8.0 s").contains("then 9.0° backward from 8.0 to"
        + " 12.0 s").contains("This finding is that of the most forward stretch, 6.5° from 0.0 to 4.0 s.");
  }

  @Test
  void aTrunkAngleThatSpansMoreThanUprightToExcessiveIsNoSteadyRunnersLean() {
    // A sprint start: crouched in the blocks at 120°, rising through 60° to 30° as the runner gets going.
    Flag start = lean(69, 125, 120, 90, 60, 45, 35, 30, 30);
    assertThat(start.severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(start.value()).isNull();
    assertThat(start.explanation()).startsWith("Insufficient data: The trunk's angle changed from")
        .contains("not steady running");
  }

  @Test
  void aTrunkThatRocksWithEachStepIsJudgedOnItsMedian() {
    // A phone close to a treadmill: the line swings 10° either way within each stride, as on the real clip IMG5396.
    Flag rocking = lean(16, 6, 11, 16, 21, 26, 21, 16, 11);
    assertThat(rocking.severity()).isEqualTo(Severity.EXCESSIVE);
    assertThat(rocking.value()).isEqualTo(16.0);
  }

  /** The lean finding of a clip of {@code steps} steps whose median lean is {@code leanDeg}, judged by {@code c}. */
  private static Flag lean(AnalysisConfig c, int steps, double leanDeg) {
    PostureSummary s = new PostureSummary(90, 90, 0, steps, 176.0, leanDeg, null, null, null, null, 0, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
    return Flags.of(c, s, GaitCheck.unchecked(), List.of(), List.of(), List.of(), List.of(), null).get(0);
  }

  @Test
  void aLeanLessThanItsErrorFromALineIsSaidToBeBorderline() {
    AnalysisConfig d = AnalysisConfig.DEFAULT;
    Flag near = lean(d, 8, 8.6);
    assertThat(near.borderline()).isTrue();
    assertThat(near.explanation()).contains("At 8.6° it lies less than 2° from the 8° line").contains("borderline")
        .doesNotContain("one stride");
    assertThat(lean(d, 8, 13.5).explanation()).contains("less than 2° from the 15° line");
    // The grade across the line: a watch near 15° is near the excessive line, not nearly ok.
    assertThat(near.borderlineTo()).isEqualTo(Severity.OK);
    assertThat(near.advice()).startsWith("Film again the same way to see whether it holds");
    assertThat(lean(d, 8, 13.5).advice()).startsWith("Run tall");
    assertThat(lean(d, 8, 13.5).borderlineTo()).isEqualTo(Severity.EXCESSIVE);
    assertThat(lean(d, 8, 15.5).borderlineTo()).isEqualTo(Severity.WATCH);
    assertThat(lean(d, 8, 7.0).borderlineTo()).isEqualTo(Severity.WATCH);
    assertThat(lean(d, 8, 11.5).borderlineTo()).isNull();
    // Graded unrounded, printed rounded onto the line: still the grade across it, never its own.
    assertThat(lean(d, 8, 7.96).borderlineTo()).isEqualTo(Severity.WATCH);
    assertThat(lean(d, 8, 14.96).borderlineTo()).isEqualTo(Severity.EXCESSIVE);
    assertThat(lean(d, 8, -0.5).borderline()).isFalse();
    // The margin is open and taken on the lean as printed: 10.0° and 9.96° (printed 10.0°) are 2° clear of 8°.
    assertThat(lean(d, 8, 10.0).borderline()).isFalse();
    assertThat(lean(d, 8, 9.96).borderline()).isFalse();
    assertThat(lean(d, 8, 9.94).borderline()).isTrue();
    // Thresholds as set, not rounded.
    AnalysisConfig half = new AnalysisConfig(SignalConfig.DEFAULT, 7.5, 15, null, null, null, null, null, null, 2,
        0.5, 0.3, null);
    assertThat(lean(half, 8, 8.6).explanation()).contains("from the 7.5° line").contains("runpose watches from 7.5°");
    // The lumbar finding is never borderline, even judged against thresholds near its value.
    assertThat(lumbar(d.withLumbarThresholds(4.0, 6.0), 4.5).borderline()).isFalse();
  }

  @Test
  void aLeanFromOneStrideSaysItIsLessSure() {
    Flag oneStride = lean(AnalysisConfig.DEFAULT, 2, 10.5);
    assertThat(oneStride.severity()).isEqualTo(Severity.WATCH);
    assertThat(oneStride.explanation()).contains("It rests on 2 steps, about one stride")
        .contains("less than 3° from the 8° line");
    assertThat(oneStride.borderline()).isTrue();
    assertThat(lean(AnalysisConfig.DEFAULT, 2, 11.6).borderline()).isFalse();
    assertThat(lean(AnalysisConfig.DEFAULT, 3, 12.5).borderline()).isTrue();
    assertThat(lean(AnalysisConfig.DEFAULT, 4, 12.5).borderline()).isFalse();
  }

  @Test
  void anOutlineThatWandersFromFrameToFrameIsNotTakenForTheBack() {
    // Middle half from 5 to 15 %: more apart than a flat and a strongly arched back.
    Flag wandering = lumbar(10.0, 3, 5, 5, 8, 12, 15, 15, 20);
    assertThat(wandering.severity()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(wandering.value()).isNull();
    assertThat(wandering.explanation()).startsWith("Insufficient data: The hollow of the lower back changed from 5.0%"
        + " to 15.0% of the trunk length over the middle half of the frames");
    // A steady back, with the frame-to-frame noise of the renders (middle half within 2 points), is measured.
    Flag steady = lumbar(4.0, 2, 3.5, 3.5, 4, 4.5, 5.5, 5.5, 7);
    assertThat(steady.value()).isEqualTo(4.0);
    assertThat(steady.unjudged()).isTrue();
  }

  @Test
  void thresholdsChosenForAnyoneAreSaidWithTheirBasis() {
    Flag f = lumbar(AnalysisConfig.DEFAULT.withLumbarThresholds(4.0, 6.0), 5.0);
    assertThat(f.severity()).isEqualTo(Severity.WATCH);
    assertThat(f.explanation()).contains("Judged against the thresholds chosen for anyone: watch from 4%, excessive"
        + " from 6%").contains("--baseline");
  }

  private static PostureAnalysis withLumbar(PostureAnalysis a, Flag lumbar) {
    return new PostureAnalysis(a.formatVersion(), a.runposeVersion(), a.video(), a.model(), a.poseSettings(),
        a.settings(), a.view(), a.capture(), a.gait(), a.sufficient(), a.insufficientReasons(), a.summary(),
        a.trend(), a.leanStretches(), List.of(a.flag(Flag.FORWARD_LEAN), lumbar), a.steps(), a.events(), a.frames(),
        a.notes(), a.otherPasses());
  }

  @Test
  void withABaselineTheLowerBackIsJudgedByItsChange() {
    // The same 6.1 % hollow: a full build's normal back, or 3 points deeper than this runner's own.
    for (double[] c : new double[][] {{6.0, 0}, {4.4, 1}, {3.0, 2}}) {
      AnalysisConfig config = AnalysisConfig.DEFAULT.withLumbarBaseline(
          LumbarBaseline.of(c[0], 6.0, String.format(java.util.Locale.ROOT, "%.1f%% in the analysis of visit1.mp4",
              c[0])));
      Flag f = lumbar(config, 6.1);
      assertThat(f.severity()).isEqualTo(new Severity[] {Severity.OK, Severity.WATCH, Severity.EXCESSIVE}[(int) c[1]]);
      assertThat(f.watchAt()).isCloseTo(c[0] + LumbarBaseline.WATCH_INCREASE_PTS, within(1e-9));
      assertThat(f.excessiveAt()).isCloseTo(c[0] + LumbarBaseline.EXCESSIVE_INCREASE_PTS, within(1e-9));
      assertThat(f.explanation()).contains(String.format(java.util.Locale.ROOT,
          "That is %+.1f points against the same runner's baseline of %.1f%% in the analysis of visit1.mp4",
          6.1 - c[0], c[0])).doesNotContain("leans");
    }
  }

  @Test
  void aMuchChangedLeanIsSaidWithTheChangeOfTheHollow() {
    // This clip's trunk leans 5°; the baseline visit leaned 18°.
    Flag f = lumbar(AnalysisConfig.DEFAULT.withLumbarBaseline(LumbarBaseline.of(3.0, 18.0, "3.0% in visit1")), 5.0);
    assertThat(f.explanation()).contains("The trunk leans 13° less than at the baseline (5.0° against 18.0°)");
  }
}
