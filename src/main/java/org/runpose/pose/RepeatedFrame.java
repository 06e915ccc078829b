package org.runpose.pose;

/**
 * A decoded frame left out of the pose pass because it shows the picture of the frame before it
 * ({@link org.runpose.video.PictureRepeats}).
 *
 * @param index frame index in decoding order
 * @param timestampMicros its presentation time relative to the first frame
 */
public record RepeatedFrame(int index, long timestampMicros) {

  public RepeatedFrame {
    if (index < 0 || timestampMicros < 0) {
      throw new IllegalArgumentException("index and timestamp must be >= 0");
    }
  }
}
