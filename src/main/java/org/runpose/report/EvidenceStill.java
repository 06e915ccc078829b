package org.runpose.report;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.runpose.posture.EvidenceFrame;

/**
 * An evidence frame as the report shows it.
 *
 * @param evidence which frame and what the report says about it
 * @param image the annotated frame with its title strip
 */
public record EvidenceStill(EvidenceFrame evidence, BufferedImage image) {

  public EvidenceStill {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(image, "image");
  }
}
