package org.runpose.video;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a video file holds, as the user sees it: sizes are those of the upright (display-rotated) frames.
 *
 * @param file the video file
 * @param container container format name reported by FFmpeg (e.g. "mov,mp4,m4a,3gp,3g2,mj2")
 * @param codec video codec name (e.g. "h264")
 * @param widthPx width of the upright frames
 * @param heightPx height of the upright frames
 * @param fps nominal frame rate from the container (a GIF's: the base rate of its pictures' timestamps); per-frame
 *     timestamps are authoritative
 * @param rotationDeg clockwise rotation applied to the stored frames to make them upright: 0, 90, 180 or 270
 * @param durationMicros duration from the container, 0 when unknown
 * @param frameCountEstimate FFmpeg's best guess of the frame count (a GIF's: its pictures), 0 when unknown
 * @param recordedAt when recording started, ISO-8601 UTC (e.g. {@code 2026-03-12T09:41:07Z}), from the file's
 *     metadata; null when the file does not say
 * @param sha256 SHA-256 of the file's bytes, lower-case hex: which recording this was, whatever it is named; null in
 *     keypoints and analyses written before runpose recorded it
 */
public record VideoInfo(
    @JsonSerialize(using = ToStringSerializer.class) Path file,
    String container,
    String codec,
    int widthPx,
    int heightPx,
    double fps,
    int rotationDeg,
    long durationMicros,
    int frameCountEstimate,
    String recordedAt,
    String sha256) {

  /** A video whose file does not say when it was recorded, its content not digested. */
  public VideoInfo(Path file, String container, String codec, int widthPx, int heightPx, double fps,
      int rotationDeg, long durationMicros, int frameCountEstimate) {
    this(file, container, codec, widthPx, heightPx, fps, rotationDeg, durationMicros, frameCountEstimate, null,
        null);
  }

  /** The same video under another name: a stored upload known by the name it was uploaded as. */
  public VideoInfo named(Path name) {
    return new VideoInfo(name, container, codec, widthPx, heightPx, fps, rotationDeg, durationMicros,
        frameCountEstimate, recordedAt, sha256);
  }

  /** FFmpeg's name of the GIF format, as {@link #container} gives it. */
  public static final String GIF = "gif";

  public VideoInfo {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(codec, "codec");
    if (widthPx <= 0 || heightPx <= 0) {
      throw new IllegalArgumentException("frame size must be positive: " + widthPx + "x" + heightPx);
    }
    if (!(fps >= 0) || Double.isInfinite(fps)) {
      throw new IllegalArgumentException("fps must be finite and >= 0: " + fps);
    }
    if (rotationDeg % 90 != 0 || rotationDeg < 0 || rotationDeg >= 360) {
      throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + rotationDeg);
    }
    if (durationMicros < 0 || frameCountEstimate < 0) {
      throw new IllegalArgumentException("duration and frame count must be >= 0");
    }
    sha256 = sha256 == null ? null : sha256.toLowerCase(java.util.Locale.ROOT);
    if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
  }

  /**
   * Every how many frames one is taken to read the video at no more than {@code maxFps}: 1 up to it (and for a
   * video without a frame rate, or {@code maxFps} 0: every frame), 2 for a 60 fps video and 30, 4 for 120.
   */
  public int frameStep(double maxFps) {
    return maxFps > 0 && fps > maxFps ? (int) Math.round(fps / maxFps) : 1;
  }

  /**
   * Whether this is an animated GIF: pictures with delays of their own rather than a video's frames. Not named as
   * a getter, so that it is no field of the files an analysis writes.
   */
  public boolean fromGif() {
    return GIF.equals(container);
  }
}
