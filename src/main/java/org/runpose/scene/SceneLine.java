package org.runpose.scene;

/**
 * A straight edge of the scene that is nearly upright in one frame: a door frame, a pillar, a post, a window
 * mullion. Such edges are true verticals, and where they lean in the picture the camera is rolled or tilted.
 *
 * @param frameIndex the frame it was found in
 * @param topXPx where the edge starts at the top, image pixels
 * @param topYPx the same, y (down)
 * @param bottomXPx where it ends at the bottom
 * @param bottomYPx the same, y (down)
 * @param supportPx edge pixels along it
 */
public record SceneLine(int frameIndex, double topXPx, double topYPx, double bottomXPx, double bottomYPx,
    int supportPx) {

  public SceneLine {
    if (!(bottomYPx > topYPx) || !Double.isFinite(topXPx) || !Double.isFinite(bottomXPx) || supportPx < 0) {
      throw new IllegalArgumentException("a line runs down from its top, in finite pixels");
    }
  }

  /** The same edge in an image {@code factor} times the size, e.g. the video a smaller decoded frame came from. */
  public SceneLine scaled(double factor) {
    return new SceneLine(frameIndex, topXPx * factor, topYPx * factor, bottomXPx * factor, bottomYPx * factor,
        (int) Math.round(supportPx * factor));
  }

  /** How far the edge leans from the image's columns, degrees, positive when its top is to the right. */
  public double angleDeg() {
    return Math.toDegrees(Math.atan2(topXPx - bottomXPx, bottomYPx - topYPx));
  }

  /** Where the edge is across the picture, at its middle. */
  public double midXPx() {
    return (topXPx + bottomXPx) / 2;
  }

  public double lengthPx() {
    return Math.hypot(topXPx - bottomXPx, bottomYPx - topYPx);
  }
}
