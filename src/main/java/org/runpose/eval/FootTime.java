package org.runpose.eval;

import org.runpose.gait.Side;

/**
 * A foot event (a landing or a take-off) in time.
 *
 * @param side which foot
 * @param timeSeconds when it happened
 */
record FootTime(Side side, double timeSeconds) {
  FootTime {
    if (side == null || !Double.isFinite(timeSeconds)) {
      throw new IllegalArgumentException("a foot event needs a side and a finite time");
    }
  }
}
