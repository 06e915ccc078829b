package org.runpose.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SwapRepairTest {

  private static final double MAX_STEP_SECONDS = SignalConfig.DEFAULT.maxGapSeconds();
  private static final double NOISE_PX = 1.5;

  private static int[] exchanged(SyntheticRunner runner, LimbChain chain) {
    boolean[] e = SwapRepair.exchangedSamples(runner.tracks(), chain, MAX_STEP_SECONDS);
    return IntStream.range(0, e.length).filter(i -> e[i]).toArray();
  }

  private static int[] range(int from, int to) {
    return IntStream.range(from, to).toArray();
  }

  /** Ankles cross at about frames 5.4, 16.1, 26.8, 37.5, 48.2, 58.9 and 69.6 at 30 fps, twice that at 60 fps. */
  private static int crossing(double fps, int k) {
    return (int) Math.round((0.25 + k / 2.0) / Signals.STRIDE_HZ * fps);
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void leavesCorrectLabelsAloneThroughEveryCrossing(double fps) {
    SyntheticRunner runner = new SyntheticRunner(fps, 6, 150, NOISE_PX, 1);
    assertThat(exchanged(runner, LimbChain.LEG)).isEmpty();
    assertThat(exchanged(runner, LimbChain.ARM)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void repairsAFiveFrameStretchAndAOneFrameBlip(double fps) {
    int stretch = (int) Math.round(1.35 * fps);
    int blip = crossing(fps, 5) + 1;
    SyntheticRunner runner =
        new SyntheticRunner(fps, 4, 150, NOISE_PX, 2)
            .exchange(LimbChain.LEG, stretch, stretch + 5)
            .exchange(LimbChain.LEG, blip, blip + 1);
    assertThat(exchanged(runner, LimbChain.LEG)).containsExactly(IntStream.concat(
        IntStream.range(stretch, stretch + 5), IntStream.of(blip)).toArray());
    assertThat(exchanged(runner, LimbChain.ARM)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void repairsLabelsExchangedFromOneCrossingToTheNext(double fps) {
    // The usual failure: the model calls the front leg "left", so labels flip exactly where the legs pass.
    int from = crossing(fps, 2);
    int to = crossing(fps, 3);
    SyntheticRunner runner = new SyntheticRunner(fps, 4, 0, NOISE_PX, 3).exchange(LimbChain.LEG, from, to);
    assertThat(exchanged(runner, LimbChain.LEG)).containsExactly(range(from, to));
  }

  @ParameterizedTest
  @ValueSource(doubles = {30, 60})
  void aFootPutOnTheOtherOnceAStrideIsNoExchange(double fps) {
    // One frame wrong whichever way it is read: it must not buy a stretch of exchanged labels.
    SyntheticRunner runner = new SyntheticRunner(fps, 4, 150, NOISE_PX, 9);
    for (int k = 1; crossing(fps, k) < runner.tracks().size(); k += 2) {
      runner.leftFootOnTheRight(crossing(fps, k));
    }
    assertThat(exchanged(runner, LimbChain.LEG)).isEmpty();
  }

  @Test
  void repairsArmsOnTheirOwn() {
    SyntheticRunner runner = new SyntheticRunner(30, 4, 150, NOISE_PX, 4).exchange(LimbChain.ARM, 30, 34);
    assertThat(exchanged(runner, LimbChain.ARM)).containsExactly(range(30, 34));
    assertThat(exchanged(runner, LimbChain.LEG)).isEmpty();
  }

  @Test
  void labelsExchangedFromTheFirstFrameAreRepairedToAgreeWithTheMostFrames() {
    SyntheticRunner runner = new SyntheticRunner(30, 4, 150, NOISE_PX, 5).exchange(LimbChain.LEG, 0, 12);
    assertThat(exchanged(runner, LimbChain.LEG)).containsExactly(range(0, 12));
  }

  @Test
  void followsTheLimbsAcrossFramesWithoutAPose() {
    SyntheticRunner runner =
        new SyntheticRunner(30, 4, 150, NOISE_PX, 6).exchange(LimbChain.LEG, 40, 50).lose(43, 46);
    assertThat(exchanged(runner, LimbChain.LEG)).containsExactly(40, 41, 42, 46, 47, 48, 49);
  }

  @Test
  void solvesEachSideOfALongLossAlone() {
    // After half a second without a pose the labels are taken afresh; the exchange after it is still repaired.
    SyntheticRunner runner =
        new SyntheticRunner(30, 4, 150, NOISE_PX, 7).lose(30, 45).exchange(LimbChain.LEG, 45, 48);
    assertThat(exchanged(runner, LimbChain.LEG)).containsExactly(45, 46, 47);
  }

  @Test
  void noFramesNoRepairs() {
    assertThat(exchanged(new SyntheticRunner(30, 0, 0, 0, 8), LimbChain.LEG)).isEmpty();
    assertThat(exchanged(new SyntheticRunner(30, 1, 0, 0, 8).lose(0, 30), LimbChain.LEG)).isEmpty();
  }
}
