package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.RunposeException;

class VideoWriterTest {

  @TempDir Path dir;

  /** Blue frame with a red square that moves 8 px right per frame. */
  private static BufferedImage frame(int index, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.RED);
    g.fillRect(20 + 8 * index, 60, 40, 40);
    g.dispose();
    return img;
  }

  private static List<VideoFrame> readAll(Path file) throws Exception {
    List<VideoFrame> frames = new ArrayList<>();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(file)) {
      for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
        frames.add(f.get());
      }
    }
    return frames;
  }

  private static Color at(VideoFrame f, int x, int y) {
    return new Color(f.image().getRGB(x, y));
  }

  @Test
  void roundTripKeepsFrameCountSizeRateAndContent() throws Exception {
    Path file = dir.resolve("out.mp4");
    try (VideoWriter writer = VideoWriter.open(file, 320, 240, 25)) {
      assertThat(writer.encoder()).isEqualTo("libopenh264");
      for (int i = 0; i < 20; i++) {
        writer.write(frame(i, 320, 240));
      }
      writer.finish();
      assertThat(writer.framesWritten()).isEqualTo(20);
    }
    try (FfmpegFrameSource source = FfmpegFrameSource.open(file)) {
      assertThat(source.info().codec()).isEqualTo("h264");
      assertThat(source.info().widthPx()).isEqualTo(320);
      assertThat(source.info().heightPx()).isEqualTo(240);
      assertThat(source.info().fps()).isEqualTo(25.0);
    }
    List<VideoFrame> frames = readAll(file);
    assertThat(frames).hasSize(20);
    for (int i : new int[] {0, 9, 19}) {
      Color inside = at(frames.get(i), 40 + 8 * i, 80);
      Color outside = at(frames.get(i), 40 + 8 * i, 160);
      assertThat(inside.getRed()).as("frame %d square", i).isGreaterThan(200);
      assertThat(inside.getBlue()).isLessThan(60);
      assertThat(outside.getBlue()).as("frame %d background", i).isGreaterThan(200);
      assertThat(outside.getRed()).isLessThan(60);
    }
  }

  @Test
  void oddSizesLoseTheirLastColumnAndRow() throws Exception {
    Path file = dir.resolve("odd.mp4");
    try (VideoWriter writer = VideoWriter.open(file, 321, 241, 30)) {
      for (int i = 0; i < 5; i++) {
        writer.write(frame(i, 321, 241));
      }
      writer.finish();
    }
    List<VideoFrame> frames = readAll(file);
    assertThat(frames).hasSize(5);
    assertThat(frames.get(0).widthPx()).isEqualTo(320);
    assertThat(frames.get(0).heightPx()).isEqualTo(240);
    assertThat(at(frames.get(2), 50, 80).getRed()).isGreaterThan(200);
  }

  @Test
  void aFolderThatDoesNotExistIsReportedWithTheFile() {
    Path file = dir.resolve("missing").resolve("out.mp4");
    assertThatThrownBy(() -> VideoWriter.open(file, 320, 240, 30))
        .isInstanceOf(RunposeException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("writable");
  }

  @Test
  void framesOfAnotherSizeAreRefused() throws Exception {
    try (VideoWriter writer = VideoWriter.open(dir.resolve("size.mp4"), 320, 240, 30)) {
      assertThatThrownBy(() -> writer.write(frame(0, 640, 480))).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
