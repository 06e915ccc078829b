package org.runpose.eval;

import org.runpose.posture.Direction;

/**
 * The running direction runpose decided.
 *
 * @param truth the labelled direction
 * @param measured runpose's
 * @param correct whether they agree
 */
public record DirectionScore(Direction truth, Direction measured, boolean correct) {

  public DirectionScore {
    if (truth == null || measured == null || correct != (truth == measured)) {
      throw new IllegalArgumentException("both directions are required, and correct when they agree");
    }
  }

  static DirectionScore of(Direction truth, Direction measured) {
    return new DirectionScore(truth, measured, truth == measured);
  }
}
