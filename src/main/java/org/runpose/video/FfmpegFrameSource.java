package org.runpose.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.runpose.BadInputException;
import org.runpose.VideoDecodeException;
import org.runpose.io.Sha256;

/**
 * Decodes a video file with FFmpeg (JavaCV). Applies the display rotation of phone videos, copies every frame
 * out of the grabber's reused buffers, and keeps the stream's own timestamps (variable frame rate). Frames can be
 * delivered smaller than the video ({@link #open(Path, int)}), and passed over without their pictures
 * ({@link #skip()}): the colour conversion of a 1080p or 4K frame costs about as much as decoding it.
 */
public final class FfmpegFrameSource implements FrameSource {

  /** A small video scaled up is made at most this long on its long side: a strip 20 px wide stays a strip. */
  static final int MAX_UPSCALED_LONG_SIDE_PX = 1280;

  static {
    // FFmpeg's own console messages would interleave with the progress bar; failures surface as exceptions.
    avutil.av_log_set_level(avutil.AV_LOG_FATAL);
  }

  private final FFmpegFrameGrabber grabber;
  private final VideoInfo info;
  /** The size frames are converted to, before rotation: the stored size, or less. */
  private final int decodedWidthPx;
  private final int decodedHeightPx;
  private final long streamDurationMicros;
  private int nextIndex;
  /** Frames {@link #next()} passes over; set from the reader's thread, read by the one decoding ahead. */
  private volatile IntPredicate unread = index -> false;
  private long firstTimestampMicros = Long.MIN_VALUE;
  private long lastTimestampMicros = -1;

  private FfmpegFrameSource(FFmpegFrameGrabber grabber, VideoInfo info, int decodedWidthPx, int decodedHeightPx,
      long streamDurationMicros) {
    this.grabber = grabber;
    this.info = info;
    this.decodedWidthPx = decodedWidthPx;
    this.decodedHeightPx = decodedHeightPx;
    this.streamDurationMicros = streamDurationMicros;
  }

  /** Duration of the video stream itself (not of the longest stream), 0 when the header does not say. */
  private static long videoStreamDurationMicros(AVStream stream) {
    AVRational tb = stream.time_base();
    if (stream.duration() <= 0 || tb.den() == 0) {
      return 0;
    }
    return Math.round(stream.duration() * 1e6 * tb.num() / tb.den());
  }

  /**
   * Opens a video file.
   *
   * @throws BadInputException when the file is missing, unreadable, not a video or has no video stream
   */
  public static FfmpegFrameSource open(Path file) throws BadInputException, VideoDecodeException {
    return open(file, Integer.MAX_VALUE);
  }

  /**
   * Opens a video file whose frames are delivered at most {@code maxShortSidePx} on their short side, scaled by
   * FFmpeg as it converts them; {@link #info()} still gives the video's own size.
   *
   * @throws BadInputException when the file is missing, unreadable, not a video or has no video stream
   */
  public static FfmpegFrameSource open(Path file, int maxShortSidePx) throws BadInputException,
      VideoDecodeException {
    return open(file, 2, maxShortSidePx);
  }

  /**
   * Opens a video file whose frames are delivered from {@code minShortSidePx} to {@code maxShortSidePx} on their
   * short side: a smaller video is scaled up (its long side to at most {@link #MAX_UPSCALED_LONG_SIDE_PX}), a larger
   * one down, by FFmpeg as it converts them; {@link #info()} still gives the video's own size.
   *
   * @throws BadInputException when the file is missing, unreadable, not a video or has no video stream
   */
  public static FfmpegFrameSource open(Path file, int minShortSidePx, int maxShortSidePx) throws BadInputException,
      VideoDecodeException {
    if (minShortSidePx < 2 || maxShortSidePx < minShortSidePx) {
      throw new IllegalArgumentException("short-side limits need 2 <= min <= max: " + minShortSidePx + " to "
          + maxShortSidePx);
    }
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": no such file. Check the path.");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": a folder, not a video. Give a video file.");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": not a file that can be read to its end (a pipe or a device). Copy the"
          + " video to a file first.");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(file + ": cannot be read (permissions). Make the file readable.");
    }
    if (isEmpty(file)) {
      throw new BadInputException(file + ": is empty (0 bytes). Copy or export the video again.");
    }
    // The grabber's default colour output is packed BGR24, which copyUpright relies on.
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
    try {
      grabber.start();
    } catch (FrameGrabber.Exception | RuntimeException e) {
      releaseQuietly(grabber);
      String cut = truncation(file);
      if (cut != null) {
        throw new VideoDecodeException(file + ": the file is cut short (" + cut + "): the recording stopped"
            + " abruptly or the copy is incomplete. Copy or export the video again.", e);
      }
      throw new BadInputException(
          file + ": not a video runpose can read (" + firstLine(e) + "). Give a video file such as MP4, MOV or AVI.",
          e);
    }
    if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
      releaseQuietly(grabber);
      throw new BadInputException(file + ": has no video stream. Give a file that contains video.");
    }
    String format = grabber.getFormat();
    // A GIF stores a delay per picture, not a frame rate: FFmpeg's base rate of its timestamps is its rate (its average
    // rate reads 20 for delays of 50 and 60 ms in turn, where the pictures come 18 a second, and counts a held last
    // picture in). One picture, or pictures without delays (only the first of them decodes), is a still.
    boolean gif = VideoInfo.GIF.equals(format);
    AVStream video = grabber.getFormatContext().streams(grabber.getVideoStream());
    int gifPictures = gif ? (int) Math.min(Integer.MAX_VALUE, Math.max(0, video.nb_frames())) : 0;
    double gifFps = gif && video.r_frame_rate().den() > 0 ? avutil.av_q2d(video.r_frame_rate()) : 0;
    boolean stillGif = gif && (gifPictures == 1 || gifPictures == 0 && grabber.getLengthInFrames() <= 1
        || grabber.getLengthInTime() <= 0);
    if (isStillImage(format) || stillGif) {
      releaseQuietly(grabber);
      throw new BadInputException(file + ": a still image, not a video. Give a video of a few seconds of running,"
          + " filmed from the side.");
    }
    int width = grabber.getImageWidth();
    int height = grabber.getImageHeight();
    int rotation = Rotation.clockwiseDegrees(grabber.getDisplayRotation());
    boolean quarterTurn = rotation % 180 != 0;
    VideoInfo info =
        new VideoInfo(
            file,
            String.valueOf(format),
            String.valueOf(grabber.getVideoCodecName()),
            quarterTurn ? height : width,
            quarterTurn ? width : height,
            gifFps > 0 ? gifFps : finiteOrZero(grabber.getVideoFrameRate()),
            rotation,
            Math.max(0, grabber.getLengthInTime()),
            gifPictures > 1 ? gifPictures : Math.max(0, grabber.getLengthInVideoFrames()),
            recordedAt(grabber),
            sha256(file, grabber));
    int shortSide = Math.min(width, height);
    double scale = shortSide > maxShortSidePx ? (double) maxShortSidePx / shortSide
        : shortSide < minShortSidePx ? Math.max(1, Math.min((double) minShortSidePx / shortSide,
            (double) MAX_UPSCALED_LONG_SIDE_PX / Math.max(width, height))) : 1;
    int decodedWidth = scale != 1 ? Math.max(2, (int) Math.round(width * scale)) : width;
    int decodedHeight = scale != 1 ? Math.max(2, (int) Math.round(height * scale)) : height;
    if (scale != 1) {
      grabber.setImageWidth(decodedWidth);
      grabber.setImageHeight(decodedHeight);
    }
    // A GIF has no header to promise a duration: FFmpeg adds up its delays, the last one too (a held end picture).
    return new FfmpegFrameSource(grabber, info, decodedWidth, decodedHeight,
        gif ? 0 : videoStreamDurationMicros(video));
  }

  /**
   * The file's digest, read once for the several times an analysis opens it (a gigabyte takes a second or more), and
   * kept by the file itself (its inode where the disk has one), so that an upload checked under one name and analysed
   * under another after a move is read once; read again when its size or time changes.
   */
  private static String sha256(Path file, FFmpegFrameGrabber grabber) throws BadInputException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      String key = (attributes.fileKey() != null ? attributes.fileKey() : file.toAbsolutePath()) + "|"
          + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
      synchronized (DIGESTS) {
        String known = DIGESTS.get(key);
        if (known != null) {
          return known;
        }
      }
      String sha = Sha256.of(file);
      synchronized (DIGESTS) {
        DIGESTS.put(key, sha);
      }
      return sha;
    } catch (IOException e) {
      releaseQuietly(grabber);
      throw new BadInputException(file + ": cannot be read to the end (" + e.getMessage() + "). Copy the video"
          + " again, or to a local disk.", e);
    }
  }

  /** The digests of the files opened last, by path, size and time: a few, as an analysis opens one video at a time. */
  private static final Map<String, String> DIGESTS = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > KEPT_DIGESTS;
    }
  };
  private static final int KEPT_DIGESTS = 8;

  private static boolean isEmpty(Path file) {
    try {
      return Files.size(file) == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static String truncation(Path file) {
    try {
      return IsoBoxes.truncation(file);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * FFmpeg's image readers: one picture each (PNG, JPEG, WebP, BMP, TIFF ...: "png_pipe", "jpeg_pipe"), or a numbered
   * series ("image2"). A GIF is not among them: {@link #open} reads it as a video unless it holds one picture.
   */
  static boolean isStillImage(String format) {
    return format != null && (format.endsWith("_pipe") || format.equals("image2"));
  }

  /**
   * When the camera started recording, from the container's {@code creation_time} (phones and cameras write it; it
   * is UTC); null when absent or unreadable, as in files made by editors that leave it out.
   */
  private static String recordedAt(FFmpegFrameGrabber grabber) {
    String created = grabber.getMetadata("creation_time");
    if (created == null || created.isBlank()) {
      created = grabber.getVideoMetadata("creation_time");
    }
    if (created == null || created.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(created.strip()).truncatedTo(ChronoUnit.SECONDS).toString();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public VideoInfo info() {
    return info;
  }

  @Override
  public Optional<VideoFrame> next() throws VideoDecodeException {
    while (unread.test(nextIndex)) {
      if (skip().isEmpty()) {
        return Optional.empty();
      }
    }
    Frame frame = grab(true);
    if (frame == null) {
      return Optional.empty();
    }
    if (frame.imageWidth != decodedWidthPx || frame.imageHeight != decodedHeightPx) {
      throw new VideoDecodeException(
          info.file() + ": frame " + nextIndex + " changed size to " + frame.imageWidth + "x" + frame.imageHeight
              + "; videos whose resolution changes mid-stream are not supported.",
          null);
    }
    // Packed BGR, 8 bits a channel. Not imageChannels: JavaCV derives it from the row stride, which the decoder
    // pads, so a 16-pixel-wide frame reports 12.
    if (frame.imageDepth != Frame.DEPTH_UBYTE || frame.imageStride < 3 * decodedWidthPx) {
      throw new VideoDecodeException(info.file() + ": frame " + nextIndex + " decoded to an unexpected pixel layout"
          + " (depth " + frame.imageDepth + ", row stride " + frame.imageStride + " for " + decodedWidthPx
          + " pixels). Re-export the video as H.264 MP4.", null);
    }
    return Optional.of(new VideoFrame(nextIndex++, relativeTimestamp(frame.timestamp), copyUpright(frame),
        (double) frameWidthPx() / info.widthPx()));
  }

  @Override
  public void passOver(IntPredicate unread) {
    this.unread = unread;
  }

  /** Width of the frames delivered, upright: the video's, or scaled when opened with size limits. */
  public int frameWidthPx() {
    return info.rotationDeg() % 180 != 0 ? decodedHeightPx : decodedWidthPx;
  }

  /** Height of the frames delivered, upright. */
  public int frameHeightPx() {
    return info.rotationDeg() % 180 != 0 ? decodedWidthPx : decodedHeightPx;
  }

  /** The index the next frame read or skipped will have. */
  int nextIndex() {
    return nextIndex;
  }

  /**
   * Decodes the next frame without converting its picture, for a frame whose place in the stream matters but whose
   * picture does not.
   *
   * @return its time stamp, as {@link #next()} would give it, or empty at the end of the stream
   * @throws VideoDecodeException when the data cannot be decoded
   */
  OptionalLong skip() throws VideoDecodeException {
    Frame frame = grab(false);
    if (frame == null) {
      return OptionalLong.empty();
    }
    nextIndex++;
    return OptionalLong.of(relativeTimestamp(frame.timestamp));
  }

  /** The next video frame, its picture converted or not; null at the end of a stream that is not cut short. */
  private Frame grab(boolean convert) throws VideoDecodeException {
    Frame frame;
    try {
      frame = grabber.grabFrame(false, true, convert, false, false);
    } catch (FrameGrabber.Exception | RuntimeException e) {
      throw new VideoDecodeException(
          info.file() + ": decoding failed after " + nextIndex + " frames (" + firstLine(e)
              + "). The file may be corrupt or truncated; re-export or re-copy it.",
          e);
    }
    if (frame == null) {
      checkNotTruncated();
    }
    return frame;
  }

  /**
   * FFmpeg ends a stream whose data stops early as if it were complete; compare with the duration the header
   * promises so a truncated copy is reported instead of silently analysed in part.
   */
  private void checkNotTruncated() throws VideoDecodeException {
    long expected = streamDurationMicros;
    long decoded = lastTimestampMicros;
    if (expected > 0 && decoded < 0) {
      throw new VideoDecodeException(
          String.format(Locale.ROOT, "%s: not one frame could be decoded, but its header says the video lasts %.1f s."
              + " The file is truncated or damaged; copy or export it again.", info.file(), expected / 1e6),
          null);
    }
    if (expected > 0 && decoded >= 0 && decoded < expected * 0.9 - 500_000) {
      throw new VideoDecodeException(
          String.format(
              Locale.ROOT,
              "%s: the video stops at %.1f s but its header says %.1f s. The file is truncated or damaged;"
                  + " copy or export it again.",
              info.file(), decoded / 1e6, expected / 1e6),
          null);
    }
  }

  private long relativeTimestamp(long streamMicros) {
    if (firstTimestampMicros == Long.MIN_VALUE) {
      firstTimestampMicros = streamMicros;
    }
    // Guard against streams whose timestamps repeat or step back: keep them strictly increasing.
    long t = Math.max(streamMicros - firstTimestampMicros, lastTimestampMicros + 1);
    lastTimestampMicros = t;
    return t;
  }

  private BufferedImage copyUpright(Frame frame) {
    BufferedImage upright = new BufferedImage(frameWidthPx(), frameHeightPx(), BufferedImage.TYPE_3BYTE_BGR);
    byte[] dst = ((DataBufferByte) upright.getRaster().getDataBuffer()).getData();
    Rotation.copyRotated((ByteBuffer) frame.image[0], decodedWidthPx, decodedHeightPx, frame.imageStride,
        info.rotationDeg(), dst);
    return upright;
  }

  @Override
  public void close() {
    releaseQuietly(grabber);
  }

  private static void releaseQuietly(FFmpegFrameGrabber grabber) {
    try {
      grabber.close();
    } catch (FrameGrabber.Exception | RuntimeException ignored) {
      // Nothing useful can be done when releasing a decoder fails; the frames already read stay valid.
    }
  }

  private static double finiteOrZero(double v) {
    return Double.isFinite(v) && v > 0 ? v : 0;
  }

  /**
   * What FFmpeg said, in its plain words: JavaCV's messages name the FFmpeg function and its error number
   * ({@code avformat_open_input() error -1094995529: Could not open input "x.mp4".}), which mean nothing to a user;
   * the number's own text ("Invalid data found when processing input") does.
   */
  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    Matcher code = FFMPEG_ERROR.matcher(line);
    if (code.find()) {
      byte[] text = new byte[AV_ERROR_TEXT_BYTES];
      if (avutil.av_strerror(Integer.parseInt(code.group(1)), text, text.length) == 0) {
        int end = 0;
        while (end < text.length && text[end] != 0) {
          end++;
        }
        return "FFmpeg: " + new String(text, 0, end, StandardCharsets.UTF_8);
      }
    }
    // JavaCV's hints to its own developers mean nothing to a user.
    for (String hint : JAVACV_HINTS) {
      line = line.replace(hint, "");
    }
    return line;
  }

  private static final Pattern FFMPEG_ERROR = Pattern.compile("\\(\\) error (-\\d+)");
  private static final int AV_ERROR_TEXT_BYTES = 128;

  private static final List<String> JAVACV_HINTS = List.of(" (Has setFormat() been called?)",
      " (For more details, make sure FFmpegLogCallback.set() has been called.)");
}
