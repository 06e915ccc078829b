package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.BadInputException;
import org.runpose.TestImages;
import org.runpose.VideoDecodeException;

class FfmpegFrameSourceTest {

  @TempDir Path dir;

  /** Blue 320x240 frame with a red top-left quadrant. */
  private static BufferedImage marked(int index) {
    BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, 320, 240);
    g.setColor(Color.RED);
    g.fillRect(0, 0, 160, 120);
    g.dispose();
    return img;
  }

  private static List<VideoFrame> readAll(FrameSource source) throws VideoDecodeException {
    List<VideoFrame> frames = new ArrayList<>();
    for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
      frames.add(f.get());
    }
    return frames;
  }

  private static boolean isRed(BufferedImage img, int x, int y) {
    Color c = new Color(img.getRGB(x, y));
    return c.getRed() > 200 && c.getBlue() < 60;
  }

  @Test
  void plainClipDecodesEveryFrameWithItsTimestamp() throws Exception {
    Path clip = dir.resolve("plain.mp4");
    TestClips.write(clip, 15, 30, 0, FfmpegFrameSourceTest::marked);
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip)) {
      VideoInfo info = source.info();
      assertThat(info.widthPx()).isEqualTo(320);
      assertThat(info.heightPx()).isEqualTo(240);
      assertThat(info.rotationDeg()).isZero();
      assertThat(info.fps()).isEqualTo(30.0);
      assertThat(info.recordedAt()).as("the file does not say").isNull();
      assertThat(info.sha256()).isEqualTo(HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(clip))));
      List<VideoFrame> frames = readAll(source);
      assertThat(frames).hasSize(15);
      assertThat(frames.get(0).timestampMicros()).isZero();
      assertThat(frames.get(14).timestampMicros()).isBetween(14 * 33_333L - 1000, 14 * 33_333L + 1000);
      assertThat(frames.get(0).image()).isNotSameAs(frames.get(1).image());
      assertThat(isRed(frames.get(3).image(), 20, 20)).isTrue();
      assertThat(isRed(frames.get(3).image(), 300, 220)).isFalse();
    }
  }

  @Test
  void recordingTimeComesFromTheContainer() throws Exception {
    Path clip = dir.resolve("dated.mp4");
    TestClips.write(clip, 3, 30, 0, Map.of("creation_time", "2026-03-12T09:41:07.000000Z"),
        FfmpegFrameSourceTest::marked);
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip)) {
      assertThat(source.info().recordedAt()).isEqualTo("2026-03-12T09:41:07Z");
    }
  }

  @Test
  void phoneRotationIsAppliedAsPlayersDoAtFullSizeAndUnderASizeLimit() throws Exception {
    // A display matrix of +90 (counter-clockwise) shows the stored frame turned a quarter to the left:
    // its top-left corner ends up bottom-left, as FFmpeg's own player and phones show it.
    Path clip = dir.resolve("rotated.mp4");
    TestClips.write(clip, 5, 30, 90, FfmpegFrameSourceTest::marked);
    for (int limit : new int[] {Integer.MAX_VALUE, 120}) {
      double s = limit == 120 ? 0.5 : 1;
      try (FfmpegFrameSource source = FfmpegFrameSource.open(clip, limit)) {
        assertThat(source.info().rotationDeg()).isEqualTo(270);
        // The video's own size, whatever size its frames are delivered at.
        assertThat(source.info().widthPx()).isEqualTo(240);
        assertThat(source.info().heightPx()).isEqualTo(320);
        assertThat(source.frameWidthPx()).isEqualTo((int) (240 * s));
        assertThat(source.frameHeightPx()).isEqualTo((int) (320 * s));
        BufferedImage upright = source.next().orElseThrow().image();
        assertThat(upright.getWidth()).isEqualTo((int) (240 * s));
        assertThat(upright.getHeight()).isEqualTo((int) (320 * s));
        assertThat(isRed(upright, (int) (20 * s), (int) (300 * s))).isTrue();
        assertThat(isRed(upright, (int) (20 * s), (int) (20 * s))).isFalse();
        assertThat(isRed(upright, (int) (220 * s), (int) (300 * s))).isFalse();
      }
    }
  }

  @Test
  void skippedFramesKeepTheirPlaceAndTimeStamp() throws Exception {
    Path clip = dir.resolve("plain.mp4");
    TestClips.write(clip, 6, 30, 0, FfmpegFrameSourceTest::marked);
    List<Long> read;
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip)) {
      read = readAll(source).stream().map(VideoFrame::timestampMicros).toList();
    }
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip)) {
      assertThat(source.skip()).hasValue(read.get(0));
      assertThat(source.skip()).hasValue(read.get(1));
      assertThat(source.nextIndex()).isEqualTo(2);
      VideoFrame third = source.next().orElseThrow();
      assertThat(third.index()).isEqualTo(2);
      assertThat(third.timestampMicros()).isEqualTo(read.get(2));
      assertThat(isRed(third.image(), 20, 20)).isTrue();
      assertThat(source.skip()).hasValue(read.get(3));
      assertThat(source.skip()).hasValue(read.get(4));
      assertThat(source.skip()).hasValue(read.get(5));
      assertThat(source.skip()).isEmpty();
    }
  }

  @Test
  void framesPassedOverAreNotReturnedAndTheOthersKeepTheirPlace() throws Exception {
    Path clip = dir.resolve("plain.mp4");
    TestClips.write(clip, 7, 30, 0, FfmpegFrameSourceTest::marked);
    try (FrameSource source = new PrefetchingFrameSource(FfmpegFrameSource.open(clip))) {
      source.passOver(index -> index % 2 == 1);
      // Up to a few frames may have been decoded ahead before it was said; odd ones among them still come.
      List<Integer> even = readAll(source).stream().map(VideoFrame::index).filter(i -> i % 2 == 0).toList();
      assertThat(even).containsExactly(0, 2, 4, 6);
    }
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip)) {
      source.passOver(index -> index % 2 == 1);
      assertThat(readAll(source)).extracting(VideoFrame::index).containsExactly(0, 2, 4, 6);
    }
  }

  @Test
  void textFileNamedMp4IsRejectedWithTheFileName() throws Exception {
    Path fake = dir.resolve("notes.mp4");
    Files.writeString(fake, "this is not a video\n");
    assertThatThrownBy(() -> FfmpegFrameSource.open(fake))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("notes.mp4")
        .hasMessageContaining("not a video runpose can read (FFmpeg: Invalid data found when processing input)")
        .hasMessageNotContaining("avformat")
        .hasMessageNotContaining("-1094995529");
  }

  @Test
  void anAnimatedGifIsReadFrameByFrameAtItsPicturesRate() throws Exception {
    Path gif = dir.resolve("coach.gif");
    // 15 a second: delays of 6 and 7 hundredths of a second, which FFmpeg's nominal rate reads as 16.7.
    TestClips.writeGif(gif, 6, 15, i -> marked(i));
    try (FfmpegFrameSource source = FfmpegFrameSource.open(gif)) {
      assertThat(source.info().fps()).isCloseTo(15, within(0.5));
      assertThat(source.info().frameCountEstimate()).isEqualTo(6);
      List<VideoFrame> frames = readAll(source);
      assertThat(frames).extracting(VideoFrame::index).containsExactly(0, 1, 2, 3, 4, 5);
      assertThat(frames.get(5).timestampMicros()).isCloseTo(333_333, within(10_000L));
    }
    // A last picture held 3 s before the loop: neither a slower rate nor a truncated file.
    Path held = dir.resolve("held.gif");
    TestClips.writeGif(held, 6, 20, 300, i -> marked(i));
    try (FfmpegFrameSource source = FfmpegFrameSource.open(held)) {
      assertThat(source.info().fps()).isCloseTo(20, within(0.5));
      assertThat(readAll(source)).hasSize(6);
    }
    Path two = dir.resolve("two.gif");
    TestClips.writeGif(two, 2, 10, i -> marked(i));
    try (FfmpegFrameSource source = FfmpegFrameSource.open(two)) {
      assertThat(readAll(source)).hasSize(2);
    }
  }

  @Test
  void aGifOfOnePictureIsAStillImage() throws Exception {
    Path still = dir.resolve("still.gif");
    TestClips.writeGif(still, 1, 10, i -> marked(0));
    assertThatThrownBy(() -> FfmpegFrameSource.open(still))
        .isInstanceOf(BadInputException.class)
        .hasMessage(still + ": a still image, not a video. Give a video of a few seconds of running, filmed from"
            + " the side.");
  }

  @Test
  void stillImagesAreRejectedAsNotAVideo() throws Exception {
    for (String type : List.of("png", "jpg")) {
      Path still = dir.resolve("runner." + type);
      ImageIO.write(marked(0), type, still.toFile());
      assertThatThrownBy(() -> FfmpegFrameSource.open(still))
          .isInstanceOf(BadInputException.class)
          .hasMessage(still + ": a still image, not a video. Give a video of a few seconds of running, filmed from"
              + " the side.");
    }
  }

  @Test
  void aTinyFrameWhoseRowsThePaddingWidensStillDecodes() throws Exception {
    Path clip = dir.resolve("tiny.mp4");
    TestClips.write(clip, 5, 30, 0, i -> TestImages.filled(16, 16, Color.RED));
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip)) {
      List<VideoFrame> frames = readAll(source);
      assertThat(frames).hasSize(5);
      assertThat(isRed(frames.get(0).image(), 8, 8)).isTrue();
    }
  }

  @Test
  void anEmptyFileIsSaidToBeEmpty() throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.mp4"));
    assertThatThrownBy(() -> FfmpegFrameSource.open(empty))
        .isInstanceOf(BadInputException.class)
        .hasMessage(empty + ": is empty (0 bytes). Copy or export the video again.");
  }

  @Test
  void missingFileIsRejected() {
    assertThatThrownBy(() -> FfmpegFrameSource.open(dir.resolve("nope.mp4")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("nope.mp4")
        .hasMessageContaining("no such file");
  }

  @Test
  void aFileCutBeforeItsIndexIsSaidToBeCutShort() throws Exception {
    Path clip = dir.resolve("full.mp4");
    TestClips.write(clip, 30, 30, 0, i -> marked(i));
    // A camera writes the index ('moov') last: keep the header box and half the media, as if it stopped there.
    ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(clip));
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    for (int at = 0; at < bytes.limit(); at += bytes.getInt(at)) {
      String type = new String(bytes.array(), at + 4, 4, StandardCharsets.ISO_8859_1);
      if (type.equals("ftyp")) {
        kept.write(bytes.array(), at, bytes.getInt(at));
      } else if (type.equals("mdat")) {
        kept.write(bytes.array(), at, bytes.getInt(at) / 2);
      }
    }
    Path cut = Files.write(dir.resolve("cut.mp4"), kept.toByteArray());
    assertThatThrownBy(() -> FfmpegFrameSource.open(cut))
        .isInstanceOf(VideoDecodeException.class)
        .hasMessageStartingWith(cut + ": the file is cut short (its 'mdat' box ends ")
        .hasMessageContaining("the index ('moov') is missing");
  }

  /** A 3 s clip of noisy frames written and cut to the first bytes {@code keep} leaves of it. */
  private Path cutCopy(String name, java.util.function.ToIntFunction<byte[]> keep) throws Exception {
    Path clip = dir.resolve("full.mp4");
    TestClips.write(clip, 90, 30, 0, i -> noisy(i));
    byte[] bytes = Files.readAllBytes(clip);
    Path cut = dir.resolve(name);
    Files.write(cut, java.util.Arrays.copyOf(bytes, keep.applyAsInt(bytes)));
    return cut;
  }

  @Test
  void truncatedFileIsAnErrorNotAShortVideo() throws Exception {
    Path cut = cutCopy("cut.mp4", bytes -> bytes.length / 3);
    try (FfmpegFrameSource source = FfmpegFrameSource.open(cut)) {
      assertThatThrownBy(() -> readAll(source))
          .isInstanceOf(VideoDecodeException.class)
          .hasMessageContaining("cut.mp4")
          .hasMessageContaining("truncated");
    }
  }

  @Test
  void aFileCutBeforeItsFirstFrameIsTruncatedNotEmpty() throws Exception {
    // The index first (as runpose's test clips and most phone exports keep it), cut just after it.
    Path cut = cutCopy("header-only.mp4", bytes -> moovEnd(bytes) + 64);
    try (FfmpegFrameSource source = FfmpegFrameSource.open(cut)) {
      assertThatThrownBy(() -> readAll(source))
          .isInstanceOf(VideoDecodeException.class)
          .hasMessageStartingWith(cut + ": not one frame could be decoded, but its header says the video lasts 3.0 s");
    }
  }

  /** Where the 'moov' box ends, from the top-level boxes' sizes. */
  private static int moovEnd(byte[] mp4) {
    int at = 0;
    while (at + 8 <= mp4.length) {
      int size = java.nio.ByteBuffer.wrap(mp4, at, 4).getInt();
      if (new String(mp4, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("moov")) {
        return at + size;
      }
      at += size;
    }
    throw new IllegalStateException("no moov box");
  }

  /** Frames that do not compress away, so a byte cut lands mid-stream. */
  private static BufferedImage noisy(int index) {
    BufferedImage img = new BufferedImage(160, 120, BufferedImage.TYPE_3BYTE_BGR);
    java.util.Random rnd = new java.util.Random(index);
    for (int y = 0; y < 120; y++) {
      for (int x = 0; x < 160; x++) {
        img.setRGB(x, y, rnd.nextInt());
      }
    }
    return img;
  }
}
