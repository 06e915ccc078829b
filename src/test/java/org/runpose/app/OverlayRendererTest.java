package org.runpose.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.runpose.TestImages;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.pose.BodyLandmark;
import org.runpose.posture.AnalysisResult;
import org.runpose.posture.EvidenceFrame;
import org.runpose.posture.HandMadeAnalysis;
import org.runpose.posture.Skeleton;
import org.runpose.posture.SkeletonTrack;
import org.runpose.report.ReportDocument.Picture;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.TestClips;
import org.runpose.video.VideoFrame;

class OverlayRendererTest {

  private static final int FRAMES = 10;
  /** The runner is not found in this frame. */
  private static final int MISSING = 5;

  @TempDir Path dir;

  private static BufferedImage grey(int index) {
    return TestImages.filled(640, 480, Color.GRAY);
  }

  /** An upright trunk from hips at (320, 300) to shoulders at (320, 200). */
  private static Skeleton upright(int frameIndex) {
    return upright(frameIndex, 1);
  }

  /** The same in a video {@code size} times as large. */
  private static Skeleton upright(int frameIndex, double size) {
    double[] x = new double[BodyLandmark.COUNT];
    double[] y = new double[BodyLandmark.COUNT];
    Arrays.fill(x, Double.NaN);
    Arrays.fill(y, Double.NaN);
    for (BodyLandmark lm : List.of(BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, BodyLandmark.LEFT_SHOULDER,
        BodyLandmark.RIGHT_SHOULDER)) {
      x[lm.ordinal()] = 320 * size;
      y[lm.ordinal()] = (lm.name().endsWith("HIP") ? 300 : 200) * size;
    }
    return new Skeleton(frameIndex, x, y);
  }

  private static AnalysisResult analysis() {
    return analysis(1);
  }

  private static AnalysisResult analysis(double size) {
    HandMadeAnalysis a = new HandMadeAnalysis();
    List<Skeleton> skeletons = new ArrayList<>();
    for (int i = 0; i < FRAMES; i++) {
      if (i == MISSING) {
        a.notFound(i);
      } else {
        a.frame(i, 0.0, null);
        skeletons.add(upright(i, size));
      }
    }
    return new AnalysisResult(a.build(), new SkeletonTrack(skeletons));
  }

  private static EvidenceFrame evidence(int frameIndex, String title) {
    return new EvidenceFrame(EvidenceFrame.Kind.MOST_FORWARD_LEAN, frameIndex, frameIndex / 30.0, 0, null, title,
        "caption");
  }

  /** The trunk line is drawn green (an upright trunk is fine) half-way between hips and shoulders. */
  private static boolean trunkDrawn(BufferedImage img) {
    Color c = new Color(img.getRGB(320, 250));
    return c.getGreen() > c.getRed() + 40 && c.getGreen() > c.getBlue() + 40;
  }

  @Test
  void overlayAndEvidenceStillsFromOneDecode() throws Exception {
    Path clip = dir.resolve("clip.mp4");
    TestClips.write(clip, FRAMES, 30, 0, OverlayRendererTest::grey);
    Path overlay = dir.resolve("overlay.mp4");
    int[] steps = {0};
    List<Picture> stills = OverlayRenderer.render(clip, analysis(), overlay,
        List.of(evidence(8, "Most forward lean"), evidence(2, "Typical lean")), Set.of(), false, () -> steps[0]++);

    assertThat(steps[0]).isEqualTo(FRAMES);
    assertThat(stills).extracting(Picture::title).containsExactly("Most forward lean", "Typical lean");
    for (Picture s : stills) {
      assertThat(s.image().getWidth()).isEqualTo(640);
      assertThat(s.image().getHeight()).isGreaterThan(480);
      assertThat(trunkDrawn(s.image())).isTrue();
    }

    List<VideoFrame> frames = new ArrayList<>();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(overlay)) {
      for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
        frames.add(f.get());
      }
    }
    assertThat(frames).hasSize(FRAMES);
    for (VideoFrame f : frames) {
      assertThat(trunkDrawn(f.image())).as("frame %d", f.index()).isEqualTo(f.index() != MISSING);
    }
    // The frame without the runner says so in its corner panel and is otherwise left as it was.
    Color panel = new Color(frames.get(MISSING).image().getRGB(20, 20));
    assertThat(Math.abs(panel.getRed() - Color.GRAY.getRed())).isGreaterThan(40);
    Color untouched = new Color(frames.get(MISSING).image().getRGB(320, 400));
    assertThat(Math.abs(untouched.getRed() - Color.GRAY.getRed())).isLessThan(12);
  }

  @Test
  void aVideoLargerThan720pIsDrawnAt720pWithThePointsWhereTheyAre() throws Exception {
    Path clip = dir.resolve("big.mp4");
    TestClips.write(clip, FRAMES, 30, 0, i -> TestImages.filled(1280, 960, Color.GRAY));
    Path overlay = dir.resolve("overlay.mp4");
    List<Picture> stills = OverlayRenderer.render(clip, analysis(2), overlay,
        List.of(evidence(8, "Most forward lean")), Set.of(), false, () -> { });

    // Drawn on 960x720 frames, the trunk of a 1280x960 video at x 640 sits at x 480 (the line checked at 320 in
    // 640x480 frames, a scale of 0.75 times 2).
    BufferedImage still = stills.get(0).image();
    assertThat(still.getWidth()).isEqualTo(960);
    assertThat(new Color(still.getRGB(480, 375)).getGreen()).isGreaterThan(new Color(still.getRGB(480, 375)).getRed()
        + 40);
    try (FfmpegFrameSource source = FfmpegFrameSource.open(overlay)) {
      assertThat(source.info().widthPx()).isEqualTo(960);
      BufferedImage first = source.next().orElseThrow().image();
      Color c = new Color(first.getRGB(480, 375));
      assertThat(c.getGreen()).isGreaterThan(c.getRed() + 40);
    }
  }

  @Test
  void withoutAnOverlayPathOnlyTheStillsAreMade() throws Exception {
    Path clip = dir.resolve("clip.mp4");
    TestClips.write(clip, FRAMES, 30, 0, OverlayRendererTest::grey);
    List<Picture> stills =
        OverlayRenderer.render(clip, analysis(), null, List.of(evidence(MISSING, "No runner")), Set.of(), false,
            () -> {});
    assertThat(stills).hasSize(1);
    assertThat(trunkDrawn(stills.get(0).image())).isFalse();
  }
}
