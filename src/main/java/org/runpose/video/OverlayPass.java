package org.runpose.video;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runpose.RunposeException;

/**
 * A second pass over an analysed video: every frame is decoded again, drawn on by a caller's painter, and written
 * to an overlay video; the painted images of a few chosen frames are handed back too, from the same decode.
 */
public final class OverlayPass {

  /**
   * The overlay is written at most this size on the short side (720p): a phone's 1080p or 4K clip would otherwise
   * cost more to encode than to analyse, for lines and text that read as well at 720p.
   */
  static final int MAX_SHORT_SIDE_PX = 720;
  /** Frame rate for a video whose header gives none (rare); its frames are then written at this rate. */
  private static final double FALLBACK_FPS = 30;

  /** Draws on one frame. */
  @FunctionalInterface
  public interface Painter {
    /**
     * The frame as the overlay shows it: a new image, or the frame's own image to leave it as it is.
     *
     * @param frame the decoded frame; its image may be kept (it is not a decoder buffer)
     * @return an upright TYPE_3BYTE_BGR image of the frame's size
     */
    BufferedImage paint(VideoFrame frame);
  }

  private OverlayPass() {}

  /**
   * Decodes {@code video}, paints its frames, and writes them to {@code overlay} at the video's frame rate, or
   * every second (third, ...) frame at half (a third, ...) of it where the video has more than {@code maxFps}.
   *
   * @param overlay the MP4 file to write, or null to write none (then only the kept frames are painted, and
   *     decoding stops after the last of them)
   * @param keep indices of the frames whose painted images to return
   * @param maxFps highest frame rate written ({@link VideoInfo#frameStep}): the pose pass's, so that the overlay
   *     shows the frames that were measured; 0 for every frame
   * @param onFrame called after each decoded frame, e.g. to move a progress bar
   * @return the painted images of the kept frames that the video has, by frame index
   * @throws RunposeException when the video cannot be read again or the overlay cannot be written
   */
  public static Map<Integer, BufferedImage> run(
      Path video, Path overlay, Set<Integer> keep, double maxFps, Painter painter, Runnable onFrame)
      throws RunposeException {
    int last = keep.stream().mapToInt(Integer::intValue).max().orElse(-1);
    Map<Integer, BufferedImage> kept = new HashMap<>();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      int step = source.info().frameStep(maxFps);
      try (VideoWriter writer = overlay == null ? null : open(overlay, source.info(), step)) {
        writeAll(source, writer, step, keep, last, painter, onFrame, kept);
      }
    }
    return Collections.unmodifiableMap(kept);
  }

  private static void writeAll(FfmpegFrameSource source, VideoWriter writer, int step, Set<Integer> keep, int last,
      Painter painter, Runnable onFrame, Map<Integer, BufferedImage> kept) throws RunposeException {
    for (Optional<VideoFrame> next = source.next(); next.isPresent(); next = source.next()) {
      VideoFrame frame = next.get();
      boolean wanted = keep.contains(frame.index());
      boolean written = writer != null && frame.index() % step == 0;
      if (written || wanted) {
        BufferedImage painted = painter.paint(frame);
        if (written) {
          writer.write(painted);
        }
        if (wanted) {
          kept.put(frame.index(), painted);
        }
      }
      onFrame.run();
      if (writer == null && frame.index() >= last) {
        break;
      }
    }
    if (writer != null) {
      writer.finish();
    }
  }

  private static VideoWriter open(Path overlay, VideoInfo info, int step) throws RunposeException {
    return VideoWriter.open(overlay, info.widthPx(), info.heightPx(),
        info.fps() > 0 ? info.fps() / step : FALLBACK_FPS, MAX_SHORT_SIDE_PX);
  }
}
