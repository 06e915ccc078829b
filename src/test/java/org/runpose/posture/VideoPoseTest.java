package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.runpose.gait.Side;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.ModelVariant;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.PrefetchingFrameSource;

/** The real model on the shipped sample: what the pose pass measures besides the keypoints. */
class VideoPoseTest {

  private static final Path CLIP = Path.of("sample-videos/run_side_lean05.mp4");

  private static BlazePoseModel model;

  @BeforeAll
  static void load() throws Exception {
    model = BlazePoseModel.load(Path.of(System.getProperty("runpose.models", "models")), ModelVariant.FULL);
  }

  @AfterAll
  static void close() {
    model.close();
  }

  private static Map<Integer, MaskSample> byFrame(List<MaskSample> masks) {
    Map<Integer, MaskSample> out = new HashMap<>();
    masks.forEach(m -> out.put(m.frameIndex(), m));
    return out;
  }

  @Test
  void framesDecodedSmallerGiveTheMasksMeasuresInTheVideosPixels() throws Exception {
    VideoPose full = VideoPose.extract(PrefetchingFrameSource.opener(CLIP), model, () -> { });
    VideoPose smaller = VideoPose.extract(() -> new PrefetchingFrameSource(FfmpegFrameSource.open(CLIP, 360)), model,
        () -> { });
    Map<Integer, MaskSample> fullMasks = byFrame(full.masks());
    List<Double> apart = new ArrayList<>();
    for (MaskSample m : smaller.masks()) {
      MaskSample f = fullMasks.get(m.frameIndex());
      if (f != null && m.sole(Side.RIGHT) != null && f.sole(Side.RIGHT) != null) {
        apart.add(Math.hypot(m.sole(Side.RIGHT)[0] - f.sole(Side.RIGHT)[0],
            m.sole(Side.RIGHT)[1] - f.sole(Side.RIGHT)[1]));
      }
    }
    // Read at three quarters of the size, the shoe's lowest point comes back where the full-size reading has it
    // (left in the smaller frame's pixels, it would lie 100 px and more higher up, the shoes being 400 px down).
    assertThat(apart).hasSizeGreaterThan(20);
    assertThat(Stats.median(apart)).isLessThan(6);
  }
}
