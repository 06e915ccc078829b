package org.runpose.gait;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Foot contacts and toe-offs from kinematics alone, after Zeni et al. (Gait Posture 2008): a foot touches down
 * when it is furthest ahead of the pelvis and leaves the ground when it is furthest behind. Works on a
 * treadmill, where the runner stays in place, as well as over ground, because positions are taken relative to
 * the pelvis.
 */
public final class GaitEventDetector {

  /** Same-foot events are at least this far apart: one stride at a sprint cadence of 240 steps/min. */
  static final double MIN_STRIDE_SECONDS = 0.5;
  /** A peak must rise this fraction of the signal's spread above its surroundings. */
  static final double MIN_PROMINENCE_FRACTION = 0.3;

  private GaitEventDetector() {}

  /**
   * @param t sample times, seconds
   * @param heelAheadPx heel position ahead of the pelvis along the running direction, pixels (NaN = missing)
   * @param toeAheadPx toe position ahead of the pelvis along the running direction, pixels (NaN = missing)
   */
  public static List<GaitEvent> detect(Side side, double[] t, double[] heelAheadPx, double[] toeAheadPx) {
    List<GaitEvent> events = new ArrayList<>();
    for (Peaks.Peak p : Peaks.maxima(t, heelAheadPx, MIN_STRIDE_SECONDS, prominence(heelAheadPx))) {
      events.add(new GaitEvent(side, GaitEvent.Kind.CONTACT, p.sample(), p.timeSeconds()));
    }
    double[] toeBehind = negate(toeAheadPx);
    for (Peaks.Peak p : Peaks.maxima(t, toeBehind, MIN_STRIDE_SECONDS, prominence(toeBehind))) {
      events.add(new GaitEvent(side, GaitEvent.Kind.TOE_OFF, p.sample(), p.timeSeconds()));
    }
    events.sort(Comparator.comparingDouble(GaitEvent::timeSeconds));
    return events;
  }

  private static double prominence(double[] x) {
    double[] sorted = java.util.Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length < 3) {
      return Double.POSITIVE_INFINITY;
    }
    // Spread between the 5th and 95th percentiles, so one outlier does not set the bar.
    double spread = sorted[(int) (0.95 * (sorted.length - 1))] - sorted[(int) (0.05 * (sorted.length - 1))];
    return MIN_PROMINENCE_FRACTION * spread;
  }

  private static double[] negate(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = -x[i];
    }
    return out;
  }
}
