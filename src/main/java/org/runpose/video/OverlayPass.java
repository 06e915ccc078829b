package org.runpose.video;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.runpose.RunposeException;

/**
 * A second pass over an analysed video: every frame is decoded again, drawn on by a caller's painter, and written
 * to an overlay video; the painted images of a few chosen frames are handed back too, from the same decode.
 */
public final class OverlayPass {

  /**
   * The overlay and the stills are decoded, drawn and written at most this size on the short side (720p): a phone's
   * 1080p or 4K clip would otherwise cost more to draw and encode than to analyse, for lines and text that read as
   * well at 720p.
   */
  public static final int MAX_SHORT_SIDE_PX = 720;
  /**
   * A smaller video is drawn scaled up to this size on the short side, the size the report's frame painter makes its
   * labels for: on a GIF or an old phone clip 200 pixels tall they would cover the runner.
   */
  public static final int MIN_SHORT_SIDE_PX = 480;
  /** Frame rate for a video whose header gives none (rare); its frames are then written at this rate. */
  private static final double FALLBACK_FPS = 30;

  /** Draws on one frame. */
  @FunctionalInterface
  public interface Painter {
    /**
     * The frame as the overlay shows it: a new image, or the frame's own image to leave it as it is.
     *
     * @param frame the decoded frame, from {@link #MIN_SHORT_SIDE_PX} to {@link #MAX_SHORT_SIDE_PX} on its short side
     *     (positions measured on the video are drawn multiplied by its {@link VideoFrame#scale}); its image may be
     *     kept (it is not a decoder buffer)
     * @return an upright TYPE_3BYTE_BGR image of the frame's size
     */
    BufferedImage paint(VideoFrame frame);
  }

  private OverlayPass() {}

  /**
   * Decodes {@code video}, paints its frames, and writes them to {@code overlay} at the video's frame rate, or
   * every second (third, ...) frame at half (a third, ...) of it where the video has more than {@code maxFps}. A
   * clip of {@link ClipParts#SPLIT_FROM_MICROS} or more is drawn and encoded as two parts at once, each on a thread
   * and with a painter of its own, and the two joined without encoding again: one H.264 encoder uses one core, and
   * it takes most of the pass's time. The gain is 10-20 %, not twice: the second part decodes the first half of the
   * clip again to reach its start, and at 1080p decoding and scaling weigh as much as encoding.
   *
   * @param overlay the MP4 file to write, or null to write none (then only the kept frames are painted, and
   *     decoding stops after the last of them)
   * @param keep indices of the frames whose painted images to return
   * @param maxFps highest frame rate written ({@link VideoInfo#frameStep}): the pose pass's, so that the overlay
   *     shows the frames that were measured; 0 for every frame
   * @param painters a painter for each part, used by that part's thread alone (a painter may remember the frames
   *     before: the second part's starts without them)
   * @param onFrame called after each decoded frame, e.g. to move a progress bar; from one thread at a time
   * @return the painted images of the kept frames that the video has, by frame index
   * @throws RunposeException when the video cannot be read again or the overlay cannot be written
   */
  public static Map<Integer, BufferedImage> run(
      Path video, Path overlay, Set<Integer> keep, double maxFps, Supplier<Painter> painters, Runnable onFrame)
      throws RunposeException {
    int last = keep.stream().mapToInt(Integer::intValue).max().orElse(-1);
    Map<Integer, BufferedImage> kept = new ConcurrentHashMap<>();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video, MIN_SHORT_SIDE_PX, MAX_SHORT_SIDE_PX)) {
      VideoInfo info = source.info();
      int step = info.frameStep(maxFps);
      long split = overlay == null ? Long.MAX_VALUE : ClipParts.splitMicros(info.durationMicros());
      if (split == Long.MAX_VALUE) {
        try (VideoWriter writer = overlay == null ? null : open(overlay, source, step)) {
          writeAll(source, writer, step, keep, last, painters.get(), onFrame, kept, 0, Long.MAX_VALUE,
              new AtomicBoolean());
        }
        return Collections.unmodifiableMap(kept);
      }
      Runnable progress = ClipParts.oneAtATime(onFrame);
      Path head = overlay.resolveSibling(overlay.getFileName() + ".part1");
      Path tail = overlay.resolveSibling(overlay.getFileName() + ".part2");
      try {
        ClipParts.run(abandoned -> {
          try (VideoWriter writer = open(head, source, step)) {
            writeAll(source, writer, step, keep, last, painters.get(), progress, kept, 0, split, abandoned);
          }
          return null;
        }, abandoned -> {
          try (FfmpegFrameSource rest = FfmpegFrameSource.open(video, MIN_SHORT_SIDE_PX, MAX_SHORT_SIDE_PX);
              VideoWriter writer = open(tail, rest, step)) {
            writeAll(rest, writer, step, keep, last, painters.get(), progress, kept, split, Long.MAX_VALUE,
                abandoned);
          }
          return null;
        }, "runpose-overlay-2");
        Mp4Concat.join(List.of(head, tail), overlay);
      } finally {
        deleteQuietly(head);
        deleteQuietly(tail);
      }
    }
    return Collections.unmodifiableMap(kept);
  }

  /**
   * Paints and writes the frames stamped from {@code fromMicros} (inclusive) to {@code toMicros} (exclusive); the
   * frames before are decoded and passed over, counted by the part that paints them.
   */
  private static void writeAll(FfmpegFrameSource source, VideoWriter writer, int step, Set<Integer> keep, int last,
      Painter painter, Runnable onFrame, Map<Integer, BufferedImage> kept, long fromMicros, long toMicros,
      AtomicBoolean abandoned) throws RunposeException {
    while (!abandoned.get()) {
      int index = source.nextIndex();
      boolean wanted = keep.contains(index);
      boolean written = writer != null && index % step == 0;
      Optional<VideoFrame> frame = Optional.empty();
      OptionalLong t;
      if (written || wanted) {
        frame = source.next();
        t = frame.isPresent() ? OptionalLong.of(frame.get().timestampMicros()) : OptionalLong.empty();
      } else {
        // Decoded, since the frames after it need it, but not converted.
        t = source.skip();
      }
      if (t.isEmpty() || t.getAsLong() >= toMicros) {
        break;
      }
      if (t.getAsLong() < fromMicros) {
        continue;
      }
      if (frame.isPresent()) {
        BufferedImage painted = painter.paint(frame.get());
        if (written) {
          writer.write(painted);
        }
        if (wanted) {
          kept.put(index, painted);
        }
      }
      onFrame.run();
      if (writer == null && index >= last) {
        break;
      }
    }
    if (writer != null && !abandoned.get()) {
      writer.finish();
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A part left behind in the staged output folder goes with it when the analysis is discarded.
    }
  }

  private static VideoWriter open(Path overlay, FfmpegFrameSource source, int step) throws RunposeException {
    double fps = source.info().fps();
    return VideoWriter.open(overlay, source.frameWidthPx(), source.frameHeightPx(),
        fps > 0 ? fps / step : FALLBACK_FPS);
  }
}
