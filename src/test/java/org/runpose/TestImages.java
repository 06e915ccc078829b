package org.runpose;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Frames for tests, in the decoder's BGR layout; plain Java, so pure tests can use them without native code. */
public final class TestImages {

  private TestImages() {}

  /** A frame of one colour. */
  public static BufferedImage filled(int width, int height, Color color) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = img.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return img;
  }
}
