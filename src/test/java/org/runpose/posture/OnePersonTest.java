package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.signal.SignalConfig;

class OnePersonTest {

  private static final AnalysisConfig CONFIG =
      new AnalysisConfig(SignalConfig.DEFAULT, 8, 15, null, null, null, 3.0, null, null, 4, 0.5, 0.3, null);

  /** The series with frames {@code from} to {@code to} (inclusive) showing a body {@code dxPx} to the side. */
  private static PoseSeries someoneElse(PoseSeries series, int from, int to, double dxPx) {
    List<PoseFrame> frames = new ArrayList<>(series.frames());
    for (int i = from; i <= to; i++) {
      PoseFrame f = frames.get(i);
      List<Keypoint> moved = f.keypoints().stream().map(k -> new Keypoint(k.landmark(), k.xPx() + dxPx, k.yPx(),
          k.zPx(), k.visibility(), k.presence())).toList();
      frames.set(i, new PoseFrame(f.index(), f.timestampMicros(), true, f.poseScore(), true, 1, moved));
    }
    return PoseSeries.of("test", series.video(), series.model(), series.settings(), frames);
  }

  private static PoseSeries lost(PoseSeries series, int from, int to) {
    List<PoseFrame> frames = new ArrayList<>(series.frames());
    for (int i = from; i <= to; i++) {
      PoseFrame f = frames.get(i);
      frames.set(i, new PoseFrame(f.index(), f.timestampMicros(), false, 0, true, 0, List.of()));
    }
    return PoseSeries.of("test", series.video(), series.model(), series.settings(), frames);
  }

  private static long found(PoseSeries series) {
    return series.frames().stream().filter(PoseFrame::found).count();
  }

  @Test
  void someoneTakenUpAfterTheRunnerWasLostIsLeftOut() {
    PoseSeries series = someoneElse(lost(new SyntheticRunner().series(), 95, 99), 100, 119, 900);
    List<String> notes = new ArrayList<>();

    PoseSeries kept = OnePerson.of(series, notes);

    assertThat(found(kept)).isEqualTo(95);
    assertThat(kept.frames().subList(100, 120)).noneMatch(PoseFrame::found);
    assertThat(notes).singleElement().asString().contains("In 20 frames (from 3.3 s to 4.0 s)")
        .contains("away from the runner seen in the other");
  }

  @Test
  void theRunnerBackAfterABystanderIsOnePerson() {
    PoseSeries series = someoneElse(new SyntheticRunner().series(), 50, 69, -900);

    PoseSeries kept = OnePerson.of(series, new ArrayList<>());

    assertThat(found(kept)).isEqualTo(100);
    assertThat(kept.frames().subList(50, 70)).noneMatch(PoseFrame::found);
  }

  @Test
  void aRunnerCrossingThePictureAtSprintSpeedStaysOnePerson() {
    PoseSeries series = new SyntheticRunner().series();
    List<PoseFrame> frames = new ArrayList<>();
    double pxPerFrame = 9.0 * 180 / 30;
    for (PoseFrame f : series.frames()) {
      frames.add(someoneElse(series, f.index(), f.index(), f.index() * pxPerFrame).frames().get(f.index()));
    }
    PoseSeries crossing = PoseSeries.of("test", series.video(), series.model(), series.settings(), frames);
    List<String> notes = new ArrayList<>();

    assertThat(OnePerson.of(crossing, notes)).isSameAs(crossing);
    assertThat(notes).isEmpty();
  }

  @Test
  void anotherPersonsFramesDoNotReachTheGait() {
    PoseSeries clean = new SyntheticRunner().series();
    PoseSeries mixed = someoneElse(lost(clean, 95, 99), 100, 119, 900);

    PostureAnalysis a = new PostureAnalyzer(CONFIG).analyze(mixed, List.of(), null).analysis();
    PostureAnalysis truth = new PostureAnalyzer(CONFIG).analyze(lost(clean, 95, 119), List.of(), null).analysis();

    assertThat(a.summary().framesWithPose()).isEqualTo(95);
    assertThat(a.summary().cadenceStepsPerMin()).isCloseTo(truth.summary().cadenceStepsPerMin(), within(1e-9));
    assertThat(a.notes()).anyMatch(n -> n.contains("away from the runner seen in the other"));
  }
}
