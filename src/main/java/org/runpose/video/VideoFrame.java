package org.runpose.video;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One decoded, upright frame. The image is owned by this record (never a decoder buffer), so frames can be kept.
 *
 * @param index position of the frame in decoding order, from 0
 * @param timestampMicros presentation time relative to the first frame
 * @param image upright frame pixels, {@link BufferedImage#TYPE_3BYTE_BGR}
 * @param scale the image's pixels per pixel of the video: 1, or less (more) where the frame was decoded smaller
 *     (larger)
 */
public record VideoFrame(int index, long timestampMicros, BufferedImage image, double scale) {

  /** A frame at the video's own size. */
  public VideoFrame(int index, long timestampMicros, BufferedImage image) {
    this(index, timestampMicros, image, 1);
  }

  public VideoFrame {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
    if (timestampMicros < 0) {
      throw new IllegalArgumentException("timestamp must be >= 0: " + timestampMicros);
    }
    Objects.requireNonNull(image, "image");
    if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      throw new IllegalArgumentException("image must be TYPE_3BYTE_BGR, was type " + image.getType());
    }
    if (!(scale > 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("scale must be positive: " + scale);
    }
  }

  public int widthPx() {
    return image.getWidth();
  }

  public int heightPx() {
    return image.getHeight();
  }
}
