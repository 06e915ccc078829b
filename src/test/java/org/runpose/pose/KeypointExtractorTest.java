package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.runpose.VideoDecodeException;
import org.runpose.video.ClipParts;
import org.runpose.video.FrameSource;
import org.runpose.video.VideoFrame;
import org.runpose.video.VideoInfo;

class KeypointExtractorTest {

  private static final long FRAME_MICROS = 33_333;
  private static final ModelInfo MODEL = new ModelInfo("full", "d.pt", "0", "l.pt", "0", "none", "none");

  private final List<Clip> opened = new CopyOnWriteArrayList<>();
  private final List<FakeNetworks> networks = new CopyOnWriteArrayList<>();

  /** A 30 fps clip of {@code frames} frames, each a different grey, failing with a decode error where told. */
  private final class Clip implements FrameSource {
    final int frames;
    final IntPredicate failsAt;
    int next;
    boolean closed;

    Clip(int frames, IntPredicate failsAt) {
      this.frames = frames;
      this.failsAt = failsAt;
      opened.add(this);
    }

    @Override
    public VideoInfo info() {
      return new VideoInfo(Path.of("clip.mp4"), "mp4", "h264", 224, 224, 30, 0, frames * FRAME_MICROS, frames);
    }

    @Override
    public Optional<VideoFrame> next() throws VideoDecodeException {
      if (next == frames) {
        return Optional.empty();
      }
      if (failsAt.test(next)) {
        throw new VideoDecodeException("clip.mp4: corrupt packet at frame " + next, null);
      }
      BufferedImage image = new BufferedImage(224, 224, BufferedImage.TYPE_3BYTE_BGR);
      Arrays.fill(((DataBufferByte) image.getRaster().getDataBuffer()).getData(), (byte) (next * 7));
      int i = next++;
      return Optional.of(new VideoFrame(i, i * FRAME_MICROS, image));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private PoseSeries run(int frames, IntPredicate failsAt, Map<Integer, String> readBy, int cancelAt)
      throws Exception {
    return KeypointExtractor.run(() -> new Clip(frames, failsAt), target -> {
      FakeNetworks n = new FakeNetworks();
      networks.add(n);
      return new PoseTracker(n, PoseConfig.DEFAULT, target);
    }, MODEL, PoseConfig.DEFAULT, e -> {
      if (e.frame().index() == cancelAt) {
        throw new CancellationException();
      }
      readBy.put(e.frame().index(), Thread.currentThread().getName());
    }, () -> { });
  }

  @Test
  void aClipOfFourSecondsOrMoreIsReadAsTwoPartsThatMeetOnTheWholeSecondNearestItsMiddle() throws Exception {
    Map<Integer, String> readBy = new ConcurrentHashMap<>();

    PoseSeries series = run(300, i -> false, readBy, -1);

    assertThat(series.frames()).extracting(PoseFrame::index)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 300).boxed().toList());
    String caller = Thread.currentThread().getName();
    List<Integer> first = new ArrayList<>();
    readBy.forEach((i, thread) -> {
      if (thread.equals(caller)) {
        first.add(i);
      }
    });
    // 10 s: the second part starts at 5 s, frame 151 (150 is stamped 4.99995 s).
    assertThat(first).hasSize(151).allMatch(i -> i <= 150);
    assertThat(readBy).hasSize(300);
    // The second part's tracker also read the half second before its first frame, and left it out.
    assertThat(networks.get(1).landmarkCalls).isGreaterThanOrEqualTo(149 + 15);
    assertThat(opened).hasSize(2).allMatch(c -> c.closed);
    assertThat(networks).hasSize(2).allMatch(n -> n.closed);
  }

  @Test
  void aShorterClipIsReadInOne() throws Exception {
    Map<Integer, String> readBy = new ConcurrentHashMap<>();

    PoseSeries series = run(110, i -> false, readBy, -1);

    assertThat(series.frames()).hasSize(110);
    assertThat(readBy.values()).containsOnly(Thread.currentThread().getName());
    assertThat(opened).hasSize(1);
  }

  @Test
  void whereTheSplitFalls() {
    assertThat(ClipParts.splitMicros(0)).isEqualTo(Long.MAX_VALUE);
    assertThat(ClipParts.splitMicros(3_999_999)).isEqualTo(Long.MAX_VALUE);
    assertThat(ClipParts.splitMicros(4_000_000)).isEqualTo(2_000_000);
    assertThat(ClipParts.splitMicros(9_000_000)).isEqualTo(5_000_000);
    assertThat(ClipParts.splitMicros(30_400_000)).isEqualTo(15_000_000);
  }

  @Test
  void aDecodeErrorInTheSecondPartIsReportedAndBothPartsAreReleased() {
    assertThatThrownBy(() -> run(300, i -> i == 200, new ConcurrentHashMap<>(), -1))
        .isInstanceOf(VideoDecodeException.class)
        .hasMessageContaining("frame 200");
    assertThat(opened).hasSize(2).allMatch(c -> c.closed);
    assertThat(networks).hasSize(2).allMatch(n -> n.closed);
  }

  @Test
  void aCancelInEitherPartEndsTheWholePassAndReleasesBoth() {
    for (int cancelAt : new int[] {10, 200}) {
      opened.clear();
      networks.clear();
      assertThatThrownBy(() -> run(300, i -> false, new ConcurrentHashMap<>(), cancelAt))
          .isInstanceOf(CancellationException.class);
      assertThat(opened).hasSize(2).allMatch(c -> c.closed);
      assertThat(networks).hasSize(2).allMatch(n -> n.closed);
    }
  }
}
