package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.runpose.TestImages;
import org.junit.jupiter.api.io.TempDir;

class OverlayPassTest {

  @TempDir Path dir;

  private static BufferedImage blue(int index) {
    return TestImages.filled(160, 120, Color.BLUE);
  }

  /** Paints a white box on even frames and leaves odd ones as they are. */
  private static BufferedImage paintEven(VideoFrame f) {
    if (f.index() % 2 == 1) {
      return f.image();
    }
    BufferedImage out = new BufferedImage(f.widthPx(), f.heightPx(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.drawImage(f.image(), 0, 0, null);
    g.setColor(Color.WHITE);
    g.fillRect(40, 30, 80, 60);
    g.dispose();
    return out;
  }

  private static boolean white(BufferedImage img) {
    Color c = new Color(img.getRGB(80, 60));
    return c.getRed() > 200 && c.getGreen() > 200 && c.getBlue() > 200;
  }

  @Test
  void writesThePaintedVideoAndHandsBackTheKeptFrames() throws Exception {
    Path clip = blueClip("clip.mp4", 12, 30);
    Path overlay = dir.resolve("overlay.mp4");
    AtomicInteger decoded = new AtomicInteger();
    Map<Integer, BufferedImage> kept =
        OverlayPass.run(clip, overlay, Set.of(2, 7, 40), 30, () -> OverlayPassTest::paintEven,
            decoded::incrementAndGet);
    assertThat(decoded).hasValue(12);
    assertThat(kept).containsOnlyKeys(2, 7);
    assertThat(white(kept.get(2))).isTrue();
    assertThat(white(kept.get(7))).isFalse();

    List<VideoFrame> frames = framesAt30(overlay);
    assertThat(frames).hasSize(12);
    for (VideoFrame f : frames) {
      assertThat(white(f.image())).as("frame %d", f.index()).isEqualTo(f.index() % 2 == 0);
    }
  }

  @Test
  void aSixtyFramesASecondClipIsWrittenAtThirtyWithEveryOtherFrameAndTheKeptOnesStillPainted() throws Exception {
    Path clip = blueClip("clip60.mp4", 12, 60);
    Path overlay = dir.resolve("overlay.mp4");
    List<Integer> painted = new ArrayList<>();
    Map<Integer, BufferedImage> kept = OverlayPass.run(clip, overlay, Set.of(3), 30, () -> f -> {
      painted.add(f.index());
      return paintEven(f);
    }, () -> { });
    assertThat(painted).containsExactly(0, 2, 3, 4, 6, 8, 10);
    assertThat(kept).containsOnlyKeys(3);
    try (FfmpegFrameSource source = FfmpegFrameSource.open(overlay)) {
      assertThat(source.info().fps()).isEqualTo(30.0);
      int frames = 0;
      for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
        assertThat(white(f.get().image())).isTrue();
        frames++;
      }
      assertThat(frames).isEqualTo(6);
    }
  }

  @Test
  void aSmallVideoIsDrawnScaledUpSoThatTheLabelsLeaveTheRunnerInView() throws Exception {
    Path clip = blueClip("small.mp4", 4, 30);
    List<VideoFrame> seen = new ArrayList<>();
    Path overlay = dir.resolve("overlay.mp4");
    OverlayPass.run(clip, overlay, Set.of(1), 30, () -> f -> {
      seen.add(f);
      return f.image();
    }, () -> { });
    // 160x120 scaled to 480 on the short side.
    assertThat(seen).allSatisfy(f -> {
      assertThat(f.widthPx()).isEqualTo(640);
      assertThat(f.heightPx()).isEqualTo(480);
      assertThat(f.scale()).isEqualTo(4.0);
    });
    try (FfmpegFrameSource source = FfmpegFrameSource.open(overlay)) {
      assertThat(source.info().widthPx()).isEqualTo(640);
    }
  }

  @Test
  void withoutAnOverlayOnlyTheKeptFramesArePaintedAndDecodingStopsAfterThem() throws Exception {
    Path clip = blueClip("clip.mp4", 12, 30);
    List<Integer> painted = new ArrayList<>();
    AtomicInteger decoded = new AtomicInteger();
    Map<Integer, BufferedImage> kept = OverlayPass.run(clip, null, Set.of(4, 6), 30, () -> f -> {
      painted.add(f.index());
      return paintEven(f);
    }, decoded::incrementAndGet);
    assertThat(painted).containsExactly(4, 6);
    assertThat(decoded).hasValue(7);
    assertThat(kept).containsOnlyKeys(4, 6);
    assertThat(white(kept.get(6))).isTrue();
  }

  @Test
  void aClipOfFourSecondsOrMoreIsDrawnAsTwoPartsJoinedIntoOneVideo() throws Exception {
    Path clip = blueClip("clip5s.mp4", 150, 30);
    Path overlay = dir.resolve("overlay.mp4");
    AtomicInteger painters = new AtomicInteger();
    AtomicInteger decoded = new AtomicInteger();
    Map<Integer, BufferedImage> kept = OverlayPass.run(clip, overlay, Set.of(10, 120), 30, () -> {
      painters.incrementAndGet();
      return OverlayPassTest::paintEven;
    }, decoded::incrementAndGet);

    // 5 s: the second part starts at 3 s, frame 90.
    assertThat(painters).hasValue(2);
    assertThat(decoded).hasValue(150);
    assertThat(kept).containsOnlyKeys(10, 120);
    List<VideoFrame> frames = framesAt30(overlay);
    assertThat(frames).hasSize(150);
    for (VideoFrame f : frames) {
      assertThat(white(f.image())).as("frame %d", f.index()).isEqualTo(f.index() % 2 == 0);
      assertThat(f.timestampMicros()).as("frame %d", f.index()).isCloseTo(f.index() * 33_333L,
          org.assertj.core.api.Assertions.within(1_000L));
    }
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("clip5s.mp4", "overlay.mp4");
    }
  }

  @Test
  void aVideoLargerThan720pIsDrawnWrittenAndKeptAt720p() throws Exception {
    Path clip = dir.resolve("big.mp4");
    TestClips.write(clip, 6, 30, 0, i -> TestImages.filled(1280, 960, Color.BLUE));
    Path overlay = dir.resolve("overlay.mp4");
    List<Double> scales = new ArrayList<>();
    Map<Integer, BufferedImage> kept = OverlayPass.run(clip, overlay, Set.of(2), 30, () -> f -> {
      scales.add(f.scale());
      assertThat(f.widthPx()).isEqualTo(960);
      assertThat(f.heightPx()).isEqualTo(720);
      return f.image();
    }, () -> { });
    assertThat(scales).hasSize(6).containsOnly(0.75);
    assertThat(kept.get(2).getWidth()).isEqualTo(960);
    try (FfmpegFrameSource source = FfmpegFrameSource.open(overlay)) {
      assertThat(source.info().widthPx()).isEqualTo(960);
      assertThat(source.info().heightPx()).isEqualTo(720);
    }
  }

  /** Every frame of a video written at 30 frames a second. */
  private static List<VideoFrame> framesAt30(Path video) throws Exception {
    List<VideoFrame> frames = new ArrayList<>();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      assertThat(source.info().fps()).isEqualTo(30.0);
      for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
        frames.add(f.get());
      }
    }
    return frames;
  }

  private Path blueClip(String name, int frames, double fps) throws Exception {
    Path clip = dir.resolve(name);
    TestClips.write(clip, frames, fps, 0, OverlayPassTest::blue);
    return clip;
  }
}
