package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.runpose.VideoDecodeException;

class PrefetchingFrameSourceTest {

  private static final BufferedImage PIXEL = new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR);

  /** Gives {@code frames} frames, then the end or, with {@code failAtEnd}, a decode error. */
  private static final class Scripted implements FrameSource {
    final int frames;
    final boolean failAtEnd;
    final AtomicInteger decoded = new AtomicInteger();
    final AtomicBoolean closed = new AtomicBoolean();

    Scripted(int frames, boolean failAtEnd) {
      this.frames = frames;
      this.failAtEnd = failAtEnd;
    }

    @Override
    public VideoInfo info() {
      return new VideoInfo(Path.of("clip.mp4"), "mp4", "h264", 1, 1, 30, 0, 0, frames);
    }

    @Override
    public Optional<VideoFrame> next() throws VideoDecodeException {
      int i = decoded.get();
      if (i == frames) {
        if (failAtEnd) {
          throw new VideoDecodeException("clip.mp4: corrupt packet", null);
        }
        return Optional.empty();
      }
      decoded.incrementAndGet();
      return Optional.of(new VideoFrame(i, i * 33_333L, PIXEL));
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  @Test
  void framesArriveInOrderThenTheEndAndTheEndStays() throws Exception {
    Scripted inner = new Scripted(10, false);
    List<Integer> seen = new ArrayList<>();
    try (PrefetchingFrameSource source = new PrefetchingFrameSource(inner)) {
      for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
        seen.add(f.get().index());
      }
      assertThat(source.next()).isEmpty();
    }
    assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(inner.closed).isTrue();
  }

  @Test
  void aDecodeErrorComesAfterTheFramesBeforeItNotAsAnEnd() throws Exception {
    Scripted inner = new Scripted(4, true);
    try (PrefetchingFrameSource source = new PrefetchingFrameSource(inner)) {
      for (int i = 0; i < 4; i++) {
        assertThat(source.next()).get().extracting(VideoFrame::index).isEqualTo(i);
      }
      assertThatThrownBy(source::next).isInstanceOf(VideoDecodeException.class).hasMessageContaining("corrupt");
    }
  }

  @Test
  void closingEarlyStopsTheDecoderAndClosesTheSource() {
    Scripted inner = new Scripted(1_000, false);
    new PrefetchingFrameSource(inner).close();
    assertThat(inner.closed).isTrue();
    assertThat(inner.decoded.get()).isLessThan(1_000);
  }
}
