package org.runpose.video;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.runpose.VideoDecodeException;

/**
 * Decodes a few frames ahead on a thread of its own, so the next frame is ready when the pose model is done with
 * the current one: the model keeps one core, decoding and colour conversion use the other. The wrapped source is
 * used by that thread only, and closed with this one. A decode error reaches {@link #next()} in its place in the
 * stream, after the frames before it.
 */
public final class PrefetchingFrameSource implements FrameSource {

  /** Frames decoded ahead: enough to absorb a slow frame, few enough to hold at 4K. */
  private static final int AHEAD = 3;

  private interface Item {}

  private record Frame(VideoFrame frame) implements Item {}

  private record End() implements Item {}

  private record Failure(Exception error) implements Item {}

  private final FrameSource source;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread decoder;
  private boolean ended;

  /**
   * Frames are decoded at most this size on the short side for the pose pass: its networks look at 224 and 256 px
   * crops, and a 4K frame costs four times the conversion, copying and memory of a 1080p one for nothing they use.
   */
  public static final int POSE_MAX_SHORT_SIDE_PX = 1080;

  /**
   * Opens a video file afresh each time, decoding ahead on a second thread, frames at most {@link
   * #POSE_MAX_SHORT_SIDE_PX} on the short side (their {@link VideoFrame#scale} says by how much smaller).
   */
  public static FrameSource.Opener opener(Path file) {
    return () -> new PrefetchingFrameSource(FfmpegFrameSource.open(file, POSE_MAX_SHORT_SIDE_PX));
  }

  public PrefetchingFrameSource(FrameSource source) {
    this.source = source;
    this.decoder = new Thread(this::decodeAll, "runpose-decode");
    decoder.setDaemon(true);
    decoder.start();
  }

  private void decodeAll() {
    try {
      try {
        for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
          queue.put(new Frame(f.get()));
        }
        queue.put(new End());
      } catch (VideoDecodeException | RuntimeException e) {
        queue.put(new Failure(e));
      }
    } catch (InterruptedException e) {
      // Closed while waiting for room in the queue: nobody wants the rest.
    }
  }

  @Override
  public VideoInfo info() {
    return source.info();
  }

  @Override
  public Optional<VideoFrame> next() throws VideoDecodeException {
    if (ended) {
      return Optional.empty();
    }
    Item item;
    try {
      item = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VideoDecodeException(info().file() + ": interrupted while waiting for the next frame.", e);
    }
    if (item instanceof Frame f) {
      return Optional.of(f.frame());
    }
    ended = true;
    if (item instanceof Failure f) {
      if (f.error() instanceof VideoDecodeException d) {
        throw d;
      }
      throw (RuntimeException) f.error();
    }
    return Optional.empty();
  }

  @Override
  public void passOver(IntPredicate unread) {
    source.passOver(unread);
  }

  @Override
  public void close() {
    decoder.interrupt();
    try {
      decoder.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      source.close();
    }
  }
}
