package org.runpose.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;
import org.runpose.RunposeException;

/**
 * Writes upright frames to an MP4 file with FFmpeg (JavaCV): H.264 in yuv420p, which browsers and phones play, at
 * a constant frame rate. Call {@link #finish()} after the last frame: it writes the end of the file, and a video
 * closed without it is incomplete. Frames of odd width or height lose their last column or row, as yuv420p needs
 * even sizes.
 */
public final class VideoWriter implements AutoCloseable {

  static {
    // FFmpeg's own console messages would interleave with the progress bar; failures surface as exceptions.
    avutil.av_log_set_level(avutil.AV_LOG_FATAL);
  }

  /**
   * Encoders by preference: the FFmpeg build runpose ships has OpenH264; libx264 where a build has it instead; and
   * FFmpeg's own MPEG-4 part 2, which every build has but browsers do not play.
   */
  private static final List<String> ENCODERS = List.of("libopenh264", "libx264", "mpeg4");
  /** Encoded bits per pixel and frame: keeps thin drawn lines and small text sharp. */
  private static final double BITS_PER_PIXEL = 0.15;
  /** Seconds between key frames, so a player can seek without decoding far back. */
  private static final double KEY_FRAME_SECONDS = 2;

  private final FFmpegFrameRecorder recorder;
  private final Path file;
  private final String encoder;
  private final int sourceWidthPx;
  private final int sourceHeightPx;
  private final int widthPx;
  private final int heightPx;
  private final ByteBuffer pixels;
  private int framesWritten;
  private boolean finished;

  private VideoWriter(FFmpegFrameRecorder recorder, Path file, String encoder, int sourceWidthPx,
      int sourceHeightPx, int widthPx, int heightPx) {
    this.recorder = recorder;
    this.file = file;
    this.encoder = encoder;
    this.sourceWidthPx = sourceWidthPx;
    this.sourceHeightPx = sourceHeightPx;
    this.widthPx = widthPx;
    this.heightPx = heightPx;
    this.pixels = ByteBuffer.allocateDirect(sourceWidthPx * sourceHeightPx * 3);
  }

  /**
   * Creates {@code file} (replacing it) for frames of {@code widthPx x heightPx} shown at {@code fps}, encoded at
   * that size (cropped to even numbers).
   *
   * @throws RunposeException when the file cannot be created or the encoder not started
   */
  public static VideoWriter open(Path file, int widthPx, int heightPx, double fps) throws RunposeException {
    if (widthPx < 2 || heightPx < 2) {
      throw new IllegalArgumentException("frames must be at least 2x2 pixels: " + widthPx + "x" + heightPx);
    }
    if (!(fps > 0) || Double.isInfinite(fps)) {
      throw new IllegalArgumentException("fps must be positive and finite: " + fps);
    }
    int evenWidth = widthPx & ~1;
    int evenHeight = heightPx & ~1;
    String encoder = ENCODERS.stream().filter(n -> avcodec.avcodec_find_encoder_by_name(n) != null).findFirst()
        .orElseThrow(() -> new IllegalStateException("FFmpeg has none of the encoders " + ENCODERS));
    FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), evenWidth, evenHeight, 0);
    recorder.setFormat("mp4");
    recorder.setVideoCodecName(encoder);
    recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
    recorder.setFrameRate(fps);
    recorder.setGopSize(Math.max(1, (int) Math.round(KEY_FRAME_SECONDS * fps)));
    recorder.setVideoBitrate((int) Math.min(Integer.MAX_VALUE, BITS_PER_PIXEL * evenWidth * evenHeight * fps));
    // The index at the front lets a browser start playing before the whole file has loaded.
    recorder.setOption("movflags", "+faststart");
    try {
      recorder.start();
    } catch (FrameRecorder.Exception | RuntimeException e) {
      releaseQuietly(recorder);
      throw new RunposeException(file + ": the video could not be created (" + firstLine(e)
          + "). Check that the folder exists, is writable and has free space.", e);
    }
    return new VideoWriter(recorder, file, encoder, widthPx, heightPx, evenWidth, evenHeight);
  }

  /** The FFmpeg encoder in use, e.g. {@code libopenh264}. */
  public String encoder() {
    return encoder;
  }

  /** Number of frames written so far. */
  public int framesWritten() {
    return framesWritten;
  }

  /**
   * Encodes the next frame.
   *
   * @param frame upright {@link BufferedImage#TYPE_3BYTE_BGR} pixels of the size given to {@link #open}
   * @throws RunposeException when encoding or writing fails
   */
  public void write(BufferedImage frame) throws RunposeException {
    if (finished) {
      throw new IllegalStateException(file + " is already finished");
    }
    if (frame.getType() != BufferedImage.TYPE_3BYTE_BGR || frame.getWidth() != sourceWidthPx
        || frame.getHeight() != sourceHeightPx) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "frames must be TYPE_3BYTE_BGR of %dx%d, got type %d of %dx%d", sourceWidthPx, sourceHeightPx,
          frame.getType(), frame.getWidth(), frame.getHeight()));
    }
    // The image's own BGR bytes, handed over as they lie; FFmpeg's scaler converts them, cropped to the even size.
    byte[] bgr = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
    pixels.clear();
    pixels.put(bgr).flip();
    try {
      recorder.recordImage(widthPx, heightPx, Frame.DEPTH_UBYTE, 3, sourceWidthPx * 3,
          avutil.AV_PIX_FMT_BGR24, pixels);
    } catch (FrameRecorder.Exception | RuntimeException e) {
      throw new RunposeException(file + ": encoding frame " + framesWritten + " failed (" + firstLine(e)
          + "). Check that the disk has free space.", e);
    }
    framesWritten++;
  }

  /**
   * Flushes the encoder and writes the end of the file; the video is complete only after this.
   *
   * @throws RunposeException when the last frames or the file's index cannot be written
   */
  public void finish() throws RunposeException {
    if (finished) {
      return;
    }
    finished = true;
    try {
      recorder.stop();
    } catch (FrameRecorder.Exception | RuntimeException e) {
      throw new RunposeException(file + ": the video could not be completed after " + framesWritten
          + " frames (" + firstLine(e) + "). Check that the disk has free space.", e);
    }
  }

  /** Releases the encoder; without {@link #finish()} the file is left incomplete, for the caller to delete. */
  @Override
  public void close() {
    releaseQuietly(recorder);
  }

  private static void releaseQuietly(FFmpegFrameRecorder recorder) {
    try {
      recorder.release();
    } catch (FrameRecorder.Exception | RuntimeException ignored) {
      // Releasing only frees memory here: finish() has already reported whether the file is complete.
    }
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
