package org.runpose.video;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import org.runpose.RunposeException;

/**
 * Joins MP4 files that {@link VideoWriter} wrote with the same settings into one, packet by packet, without
 * decoding or encoding again: each part begins with a key frame, and its time stamps go on from where the part
 * before it ended.
 */
final class Mp4Concat {

  private Mp4Concat() {}

  /**
   * Writes {@code parts}, in order, to {@code out} (replacing it).
   *
   * @throws RunposeException when a part cannot be read or the file cannot be written
   */
  static void join(List<Path> parts, Path out) throws RunposeException {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no parts to join");
    }
    List<FFmpegFrameGrabber> grabbers = new ArrayList<>();
    FFmpegFrameRecorder recorder = null;
    try {
      for (Path part : parts) {
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(part.toFile());
        grabbers.add(grabber);
        grabber.start();
      }
      // The recorder reads each packet's stream from the first part's context: it stays open to the end.
      FFmpegFrameGrabber first = grabbers.get(0);
      recorder = new FFmpegFrameRecorder(out.toFile(), first.getImageWidth(), first.getImageHeight(), 0);
      recorder.setFormat("mp4");
      recorder.setOption("movflags", "+faststart");
      recorder.start(first.getFormatContext());
      long offset = 0;
      for (FFmpegFrameGrabber grabber : grabbers) {
        long end = offset;
        for (AVPacket packet = grabber.grabPacket(); packet != null; packet = grabber.grabPacket()) {
          packet.pts(packet.pts() + offset);
          packet.dts(packet.dts() + offset);
          end = Math.max(end, packet.pts() + Math.max(1, packet.duration()));
          recorder.recordPacket(packet);
          avcodec.av_packet_unref(packet);
        }
        offset = end;
      }
      recorder.stop();
    } catch (FrameGrabber.Exception | FrameRecorder.Exception | RuntimeException e) {
      throw new RunposeException(out + ": the overlay's parts could not be joined (" + e.getMessage()
          + "). Check that the disk has free space.", e);
    } finally {
      if (recorder != null) {
        try {
          recorder.release();
        } catch (FrameRecorder.Exception ignored) {
          // Releasing only frees memory: stop() has already reported whether the file is complete.
        }
      }
      for (FFmpegFrameGrabber grabber : grabbers) {
        try {
          grabber.release();
        } catch (FrameGrabber.Exception ignored) {
          // Only frees memory.
        }
      }
    }
  }
}
