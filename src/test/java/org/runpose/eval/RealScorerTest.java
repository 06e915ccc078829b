package org.runpose.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.Side;
import org.runpose.posture.Direction;
import org.runpose.posture.HandMadeAnalysis;
import org.runpose.posture.PostureAnalysis;

class RealScorerTest {

  private static RealLabels labels(boolean slowMotion, List<RealLabels.Event> events) {
    return labels(slowMotion, 99, List.of(), events);
  }

  private static RealLabels labels(boolean slowMotion, int toFrame, List<Integer> cuts,
      List<RealLabels.Event> events) {
    return labels(slowMotion, toFrame, cuts, List.of(new RealLabels.Pass(60, 99, Direction.LEFT)), events);
  }

  private static RealLabels labels(boolean slowMotion, int toFrame, List<Integer> cuts, List<RealLabels.Pass> passes,
      List<RealLabels.Event> events) {
    return new RealLabels("clip", "a".repeat(64), "owner/repo clip.mp4", "tuning", 100, Direction.RIGHT,
        passes, "running", "fixed", slowMotion, 0, toFrame, cuts, events, List.of(),
        List.of(new RealLabels.Vertical(0, 99, 100, 50, 100 + Math.tan(Math.toRadians(2)) * 200, 250)));
  }

  private static double[] times(int n, double fps) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = i / fps;
    }
    return t;
  }

  @Test
  void aVerticalLeaningLeftAtTheTopIsGroundRisingToTheRight() {
    RealLabels l = labels(false, List.of());
    assertThat(l.verticals().get(0).groundSlopeDeg()).isCloseTo(2, within(1e-9));
    assertThat(RealScorer.groundSlopeDeg(l)).isCloseTo(2, within(1e-9));
  }

  @Test
  void leanIsTakenFromTheScenesVerticalAndSignedByTheDirection() {
    RealLabels.Vertical upright = new RealLabels.Vertical(0, 99, 10, 0, 10, 100);
    double rise = 100;
    double ahead = rise * Math.tan(Math.toRadians(6));
    RealLabels.TrunkPoint p = new RealLabels.TrunkPoint(0, 200, 300, 200 + ahead, 300 - rise);
    assertThat(RealScorer.leanDeg(p, upright, Direction.RIGHT)).isCloseTo(6, within(1e-9));
    assertThat(RealScorer.leanDeg(p, upright, Direction.LEFT)).isCloseTo(-6, within(1e-9));
    // The scene turned 3° clockwise (its verticals lean right at the top): the trunk leans 3° less than the image.
    double t = Math.toRadians(3);
    RealLabels.Vertical turned = new RealLabels.Vertical(0, 99, 10 + 100 * Math.sin(t), 100 - 100 * Math.cos(t), 10,
        100);
    assertThat(RealScorer.leanDeg(p, turned, Direction.RIGHT)).isCloseTo(3, within(1e-9));
  }

  @Test
  void eventsAreTimedBetweenFramesOnTheLegOfEachPass() {
    RealLabels l = labels(false, List.of(
        new RealLabels.Event(10, true, GaitEvent.Kind.CONTACT, true),
        new RealLabels.Event(20, false, GaitEvent.Kind.CONTACT, true),
        new RealLabels.Event(70, true, GaitEvent.Kind.CONTACT, true),
        new RealLabels.Event(30, true, GaitEvent.Kind.TOE_OFF, true)));
    List<FootTime> contacts = RealScorer.labelled(l, times(100, 30), GaitEvent.Kind.CONTACT);
    // Heading right the near leg is the right one; from frame 60 the person heads left and shows the left.
    assertThat(contacts).extracting(FootTime::side).containsExactly(Side.RIGHT, Side.LEFT, Side.LEFT);
    assertThat(contacts.get(0).timeSeconds()).isCloseTo(9.5 / 30, within(1e-9));
    assertThat(contacts.get(1).timeSeconds()).isCloseTo(19.5 / 30, within(1e-9));
    assertThat(contacts.get(2).timeSeconds()).isCloseTo(69.5 / 30, within(1e-9));
  }

  @Test
  void theDirectionScoredIsThatOfThePassRunposeAnalysed() {
    RealLabels l = labels(false, List.of());
    HandMadeAnalysis firstPass = new HandMadeAnalysis();
    HandMadeAnalysis secondPass = new HandMadeAnalysis();
    for (int i = 0; i < 100; i++) {
      if (i < 60) {
        firstPass.frame(i, 5.0, null);
        secondPass.notFound(i);
      } else {
        firstPass.notFound(i);
        secondPass.frame(i, 5.0, null);
      }
    }
    assertThat(RealScorer.analysedDirection(l, firstPass.build())).isEqualTo(Direction.RIGHT);
    assertThat(RealScorer.analysedDirection(l, secondPass.build())).isEqualTo(Direction.LEFT);
  }

  @Test
  void theTimingToleranceOfASlowedClipIsTheSameRealTime() {
    List<FootTime> tenTimesSlowed = List.of(new FootTime(Side.LEFT, 0), new FootTime(Side.RIGHT, 3.5),
        new FootTime(Side.LEFT, 7), new FootTime(Side.RIGHT, 10.5));
    CadenceScore cadence = RealScorer.cadence(tenTimesSlowed, null);
    assertThat(RealScorer.toleranceFrames(labels(true, List.of()), 30, cadence))
        .isCloseTo(2 * 170 / (60 / 3.5), within(1e-9));
    assertThat(RealScorer.toleranceFrames(labels(false, List.of()), 60, cadence)).isEqualTo(3);
  }

  @Test
  void onAnEditedClipLabelledInPartRunposesCadenceIsCountedWithinTheLabelledShots() {
    // Contacts every 11 frames in the labelled first shot (164 steps/min), every 9 after the cut at frame 50.
    HandMadeAnalysis analysis = new HandMadeAnalysis().cadence(190);
    for (int frame = 0; frame < 50; frame += 11) {
      analysis.contact(frame % 22 == 0 ? Side.RIGHT : Side.LEFT, frame);
    }
    for (int frame = 52; frame < 100; frame += 9) {
      analysis.contact(Side.LEFT, frame);
    }
    PostureAnalysis built = analysis.build();
    RealLabels firstShot = labels(false, 49, List.of(50), List.of());
    assertThat(RealScorer.measuredCadence(firstShot, built, 0, 49 / 30.0)).isCloseTo(30 * 60 / 11.0, within(1e-9));
    RealLabels whole = labels(false, 99, List.of(50), List.of());
    assertThat(RealScorer.measuredCadence(whole, built, 0, 99 / 30.0)).isEqualTo(190);
    // A range that ends on the first frame of the next shot leaves the rest of that shot out.
    RealLabels toTheCut = labels(false, 50, List.of(50), List.of());
    assertThat(toTheCut.lastFrameOfLabelledShots()).isEqualTo(49);
    assertThat(whole.lastFrameOfLabelledShots()).isEqualTo(99);
    assertThat(RealScorer.measuredCadence(toTheCut, built, 0, 49 / 30.0)).isCloseTo(30 * 60 / 11.0, within(1e-9));
  }

  /** Contacts at the given frames of a 30 fps clip, feet alternating from the left. */
  private static List<FootTime> contactsAt(int... frames) {
    List<FootTime> out = new java.util.ArrayList<>();
    for (int i = 0; i < frames.length; i++) {
      out.add(new FootTime(i % 2 == 0 ? Side.LEFT : Side.RIGHT, frames[i] / 30.0));
    }
    return out;
  }

  @Test
  void theCadenceOfALimpingWalkerCountsItsShortAndLongSteps() {
    // Steps of 18 and 30 frames in turn: a stride of 48 frames, 75 steps a minute (most single steps are short).
    List<FootTime> limping = contactsAt(0, 18, 48, 66, 96, 114, 144, 162, 192, 210);
    assertThat(RealScorer.cadence(limping, null).trueStepsPerMin()).isCloseTo(75, within(1e-9));
  }

  @Test
  void aContactFoundTwiceOrMissedDoesNotMoveTheCadence() {
    List<FootTime> even = contactsAt(0, 11, 22, 33, 44, 55, 66, 77, 88, 99);
    List<FootTime> twice = new java.util.ArrayList<>(even);
    twice.add(5, new FootTime(Side.RIGHT, 50 / 30.0));
    List<FootTime> missed = new java.util.ArrayList<>(even);
    missed.remove(4);
    assertThat(RealScorer.cadence(even, null).trueStepsPerMin()).isCloseTo(30 * 60 / 11.0, within(1e-9));
    assertThat(RealScorer.cadence(twice, null).trueStepsPerMin()).isCloseTo(30 * 60 / 11.0, within(1e-9));
    assertThat(RealScorer.cadence(missed, null).trueStepsPerMin()).isCloseTo(30 * 60 / 11.0, within(1e-9));
  }

  @Test
  void aTurnedWalkersCadenceIsLabelledOnThePassRunposeAnalysed() {
    RealLabels twoPasses = labels(false, 99, List.of(),
        List.of(new RealLabels.Pass(0, 49, Direction.RIGHT), new RealLabels.Pass(50, 99, Direction.LEFT)),
        List.of());
    List<FootTime> contacts = contactsAt(0, 12, 24, 36, 48, 60, 70, 80, 90);
    HandMadeAnalysis firstPass = new HandMadeAnalysis();
    HandMadeAnalysis whole = new HandMadeAnalysis();
    for (int i = 0; i < 100; i++) {
      whole.frame(i, 5.0, null);
      if (i < 50) {
        firstPass.frame(i, 5.0, null);
      } else {
        firstPass.notFound(i);
      }
    }
    assertThat(RealScorer.ofAnalysedPass(twoPasses, firstPass.build(), times(100, 30), contacts))
        .isEqualTo(contacts.subList(0, 5));
    assertThat(RealScorer.ofAnalysedPass(twoPasses, whole.build(), times(100, 30), contacts)).isEqualTo(contacts);
  }
}
