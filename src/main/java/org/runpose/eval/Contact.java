package org.runpose.eval;

import org.runpose.gait.Side;

/**
 * A foot landing.
 *
 * @param side which foot
 * @param timeSeconds when it landed
 */
record Contact(Side side, double timeSeconds) {
  Contact {
    if (side == null || !Double.isFinite(timeSeconds)) {
      throw new IllegalArgumentException("a contact needs a side and a finite time");
    }
  }
}
