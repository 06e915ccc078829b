package org.runpose.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleBiFunction;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;

/** The synthetic runner walked across the picture, turned round, or played back in another order. */
final class Walkers {
  private Walkers() {}

  /** Going right for 100 frames (3.3 s), then turned round and back to the left for 140. */
  static PoseSeries turningRound() {
    return walker(i -> i >= 100, 100, 3);
  }

  /**
   * The synthetic runner (8 s, facing right) moved across the picture by {@code travelPxPerFrame}, turned to face
   * left (mirrored) in the frames {@code facingLeft} picks, and sent back the way it came from frame
   * {@code backFrom} on.
   */
  static PoseSeries walker(IntPredicate facingLeft, int backFrom, double travelPxPerFrame) {
    return moved(i -> travelPxPerFrame * (i < backFrom ? i : 2 * backFrom - i),
        (i, k) -> facingLeft.test(i) ? 640 - k.xPx() : k.xPx());
  }

  /** The synthetic runner (8 s) with each keypoint across the picture given by {@code x}, moved by {@code offset}. */
  static PoseSeries moved(IntToDoubleFunction offset, ToDoubleBiFunction<Integer, Keypoint> x) {
    return eightSeconds((source, i) -> source.get(i).keypoints().stream().map(k -> new Keypoint(k.landmark(),
        x.applyAsDouble(i, k) + offset.applyAsDouble(i), k.yPx(), k.zPx(), k.visibility(), k.presence())).toList());
  }

  /** The synthetic runner (8 s) showing in frame i the keypoints {@code shown} picks from the runner's own frames. */
  static PoseSeries eightSeconds(BiFunction<List<PoseFrame>, Integer, List<Keypoint>> shown) {
    SyntheticRunner runner = new SyntheticRunner();
    runner.seconds = 8;
    PoseSeries series = runner.series();
    List<PoseFrame> source = series.frames();
    List<PoseFrame> frames = new ArrayList<>();
    for (PoseFrame f : source) {
      frames.add(new PoseFrame(f.index(), f.timestampMicros(), true, f.poseScore(), f.detectorRan(),
          f.peopleDetected(), shown.apply(source, f.index())));
    }
    return PoseSeries.of("test", series.video(), series.model(), series.settings(), frames);
  }
}
