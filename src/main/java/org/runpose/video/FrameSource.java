package org.runpose.video;

import java.util.Optional;
import java.util.function.IntPredicate;
import org.runpose.RunposeException;
import org.runpose.VideoDecodeException;

/** A sequence of upright video frames. Closing it releases the decoder. */
public interface FrameSource extends AutoCloseable {

  /** Opens the video afresh, for a pass from its first frame. */
  @FunctionalInterface
  interface Opener {
    FrameSource open() throws RunposeException;
  }

  VideoInfo info();

  /**
   * The next frame, or empty at the end of the stream.
   *
   * @throws VideoDecodeException when the data cannot be decoded; a decode error is never reported as the end
   */
  Optional<VideoFrame> next() throws VideoDecodeException;

  /**
   * Lets the source pass over the frames whose index {@code unread} accepts: {@link #next()} then decodes them
   * without converting their pictures and does not return them. Frames already decoded ahead may still come, and a
   * source that cannot pass over frames returns them all, so a reader still checks each frame's index.
   */
  default void passOver(IntPredicate unread) {}

  @Override
  void close();
}
