package org.runpose.video;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Writes small H.264 clips (and animated GIFs) for tests, optionally with phone-style display rotation metadata. */
public final class TestClips {

  static {
    avutil.av_log_set_level(avutil.AV_LOG_QUIET);
  }

  private TestClips() {}

  /**
   * @param displayRotationDeg display-matrix angle as FFmpeg stores it (counter-clockwise); 0 for none
   * @param frames frame images by index, all of the same size
   */
  public static void write(Path file, int count, double fps, double displayRotationDeg,
      IntFunction<BufferedImage> frames) throws Exception {
    write(file, count, fps, displayRotationDeg, Map.of(), frames);
  }

  /** @param metadata container metadata, e.g. {@code creation_time} as a camera writes it */
  public static void write(Path file, int count, double fps, double displayRotationDeg, Map<String, String> metadata,
      IntFunction<BufferedImage> frames) throws Exception {
    record(file, count, frames, r -> {
      r.setFormat("mp4");
      r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      r.setFrameRate(fps);
      r.setVideoBitrate(4_000_000);
      r.setOption("movflags", "faststart");
      r.setMetadata(metadata);
      if (displayRotationDeg != 0) {
        r.setDisplayRotation(displayRotationDeg);
      }
    });
  }

  /** An animated GIF, as coaches share short clips. */
  public static void writeGif(Path file, int count, double fps, IntFunction<BufferedImage> frames) throws Exception {
    writeGif(file, count, fps, 0, frames);
  }

  /** @param finalDelayCs how long the last picture is held before the GIF loops, hundredths of a second */
  public static void writeGif(Path file, int count, double fps, int finalDelayCs, IntFunction<BufferedImage> frames)
      throws Exception {
    record(file, count, frames, r -> {
      r.setFormat("gif");
      r.setVideoCodec(avcodec.AV_CODEC_ID_GIF);
      r.setPixelFormat(avutil.AV_PIX_FMT_RGB8);
      r.setFrameRate(fps);
      if (finalDelayCs > 0) {
        r.setOption("final_delay", String.valueOf(finalDelayCs));
      }
    });
  }

  /** Records {@code count} frames with a recorder that {@code setup} has set up for its format. */
  private static void record(Path file, int count, IntFunction<BufferedImage> frames,
      Consumer<FFmpegFrameRecorder> setup) throws Exception {
    BufferedImage first = frames.apply(0);
    try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), first.getWidth(), first.getHeight());
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      setup.accept(r);
      r.start();
      for (int i = 0; i < count; i++) {
        r.record(converter.convert(i == 0 ? first : frames.apply(i)));
      }
      r.stop();
    }
  }
}
