package org.runpose.video;

import java.util.Optional;
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

  @Override
  void close();
}
