package org.runpose.gait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class GaitEventDetectorTest {

  /** A foot swinging 0.6 s strides: furthest ahead at t = 0.1 + k * 0.6, furthest behind 0.3 s later. */
  private static double[][] strides(double fps, double seconds) {
    int n = (int) Math.round(fps * seconds);
    double[] t = new double[n];
    double[] heel = new double[n];
    double[] toe = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i / fps;
      heel[i] = 100 * Math.cos(2 * Math.PI * (t[i] - 0.1) / 0.6);
      toe[i] = heel[i] + 30;
    }
    return new double[][] {t, heel, toe};
  }

  @Test
  void contactsAtTheFurthestForwardAndToeOffsAtTheFurthestBack() {
    double[][] s = strides(30, 3);
    List<GaitEvent> events = GaitEventDetector.detect(Side.LEFT, s[0], s[1], s[2], 0.5);
    List<Double> contacts = events.stream().filter(e -> e.kind() == GaitEvent.Kind.CONTACT)
        .map(GaitEvent::timeSeconds).toList();
    List<Double> toeOffs = events.stream().filter(e -> e.kind() == GaitEvent.Kind.TOE_OFF)
        .map(GaitEvent::timeSeconds).toList();
    assertThat(contacts).hasSize(5);
    for (int k = 0; k < contacts.size(); k++) {
      assertThat(contacts.get(k)).isCloseTo(0.1 + 0.6 * k, within(0.005));
    }
    assertThat(toeOffs.get(0)).isCloseTo(0.4, within(0.005));
    assertThat(events).allMatch(e -> e.side() == Side.LEFT);
  }

  @Test
  void jitterSmallerThanAStrideMakesNoExtraEvents() {
    double[][] s = strides(60, 3);
    java.util.Random rnd = new java.util.Random(7);
    for (int i = 0; i < s[1].length; i++) {
      s[1][i] += 4 * rnd.nextGaussian();
      s[2][i] += 4 * rnd.nextGaussian();
    }
    List<GaitEvent> events = GaitEventDetector.detect(Side.RIGHT, s[0], s[1], s[2], 0.5);
    assertThat(events.stream().filter(e -> e.kind() == GaitEvent.Kind.CONTACT)).hasSize(5);
  }

  @Test
  void footHeightMovesContactAndToeOffToTheGroundCrossings() {
    double[][] s = plantedFrom030To055();
    assertRefinedTo030And055(s[0], s[1]);
  }

  @Test
  void aFootThatFlickersAboveTheLevelWhilePlantedStaysOnTheGround() {
    double[][] s = plantedFrom030To055();
    // One sample 10 px up at 0.35 s (a keypoint's jitter); the landing foot dips to the ground once at 0.20 s while
    // still swinging in.
    s[1][35] = 10;
    s[1][20] = 0;
    assertRefinedTo030And055(s[0], s[1]);
  }

  @Test
  void aLastStanceWithNoToeOffInTheClipHoldsAsLongAsTheOneBefore() {
    // Down from 0.05 s to 0.30 s, a dip to the ground at 0.65 s while swinging in, down again from 0.70 s to the end.
    double[][] s = heights(100, i -> i >= 5 && i <= 30 || i == 65 || i >= 70 ? 0 : 50);
    List<GaitEvent> zeni = List.of(
        new GaitEvent(Side.LEFT, GaitEvent.Kind.CONTACT, 5, 0.05),
        new GaitEvent(Side.LEFT, GaitEvent.Kind.TOE_OFF, 35, 0.35),
        new GaitEvent(Side.LEFT, GaitEvent.Kind.CONTACT, 72, 0.72));
    List<GaitEvent> refined = GaitEventDetector.refineWithFootHeight(zeni, s[0], s[1], 5, 0.12, true);
    assertThat(refined.get(2).timeSeconds()).isCloseTo(0.70, within(0.011));
  }

  /** 1 s: on the ground (height 0) from 0.30 s to 0.55 s, 50 px up before and after. */
  private static double[][] plantedFrom030To055() {
    return heights(100, i -> i >= 30 && i <= 55 ? 0 : 50);
  }

  /** Times and heights of {@code n} samples at 100 a second, the height of sample i given by {@code height}. */
  private static double[][] heights(int n, IntToDoubleFunction height) {
    double[] t = new double[n];
    double[] h = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i / 100.0;
      h[i] = height.applyAsDouble(i);
    }
    return new double[][] {t, h};
  }

  /** From the position-based events at 0.25 s and 0.70 s to the ground crossings at 0.30 s and 0.55 s. */
  private static void assertRefinedTo030And055(double[] t, double[] h) {
    List<GaitEvent> zeni = List.of(
        new GaitEvent(Side.LEFT, GaitEvent.Kind.CONTACT, 25, 0.25),
        new GaitEvent(Side.LEFT, GaitEvent.Kind.TOE_OFF, 70, 0.70));
    List<GaitEvent> refined = GaitEventDetector.refineWithFootHeight(zeni, t, h, 5, 0.12, true);
    assertThat(refined.get(0).timeSeconds()).isCloseTo(0.30, within(0.011));
    assertThat(refined.get(1).timeSeconds()).isCloseTo(0.55, within(0.011));
  }

  @Test
  void theLiftBeforeThePositionBasedToeOffIsNotTakenForNoise() {
    // Planted at height 0 with 1 px of jitter from 0.0 to 0.2 s, lifting 100 px a second until the position-based
    // toe-off at 0.3 s, up at 40 px in swing: the planted foot's jitter, not the lift, is the noise.
    double[] h = heights(60, i -> i <= 20 ? (i % 2 == 0 ? 1 : -1) : i <= 30 ? i - 20 : 40)[1];
    List<GaitEvent> zeni = List.of(
        new GaitEvent(Side.LEFT, GaitEvent.Kind.CONTACT, 0, 0.0),
        new GaitEvent(Side.LEFT, GaitEvent.Kind.TOE_OFF, 30, 0.30));
    // Middle half (samples 7-23): heights +-1 and up to 3 px of lift, median 1, MAD 1; swing median 40.
    assertThat(GaitEventDetector.heightContrast(zeni, h)).isCloseTo((40 - 1) / 1.4826, within(1e-9));
  }

  @Test
  void aStanceUnderWayAtTheStartEndsWhereTheFootLeavesTheGround() {
    // On the ground from the first frame to 0.15 s; the position-based toe-off, with no contact before it, at 0.25 s.
    double[][] s = heights(60, i -> i <= 15 ? 0 : 50);
    List<GaitEvent> zeni = List.of(new GaitEvent(Side.RIGHT, GaitEvent.Kind.TOE_OFF, 25, 0.25));
    List<GaitEvent> refined = GaitEventDetector.refineWithFootHeight(zeni, s[0], s[1], 5, 0.12, true);
    assertThat(refined.get(0).timeSeconds()).isCloseTo(0.15, within(0.011));
  }
}
