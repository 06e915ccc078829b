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

  /**
   * Moves each event to where the foot actually meets or leaves the ground, when the foot's height shows it. Zeni's
   * extremes of foot position lead or lag the true contact by a frame or two, and toe-off by more: the foot keeps
   * moving back after it has left the ground. The height of the foot's lowest point does not.
   *
   * @param events one foot's events from {@link #detect}, in time order
   * @param footHeightPx height of the foot's lowest point along the true vertical, pixels (NaN = missing)
   * @param tolerancePx how far above the ground the foot may be and still count as on it
   * @param windowSeconds how far from the position-based contact a landing is looked for
   */
  public static List<GaitEvent> refineWithFootHeight(
      List<GaitEvent> events, double[] t, double[] footHeightPx, double tolerancePx, double windowSeconds) {
    double[] sorted = java.util.Arrays.stream(footHeightPx).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0) {
      return events;
    }
    double level = sorted[(int) (0.05 * (sorted.length - 1))] + tolerancePx;
    List<GaitEvent> out = new ArrayList<>(events.size());
    GaitEvent lastContact = null;
    for (GaitEvent e : events) {
      GaitEvent refined = e;
      if (e.kind() == GaitEvent.Kind.CONTACT) {
        int i = firstCrossing(t, footHeightPx, level, true, e.timeSeconds() - windowSeconds,
            e.timeSeconds() + windowSeconds);
        refined = i < 0 ? e : at(e, t, footHeightPx, level, i);
        lastContact = refined;
      } else if (lastContact != null) {
        // Toe-off is the first take-off after the contact that began this stance.
        int i = firstCrossing(t, footHeightPx, level, false, lastContact.timeSeconds(),
            e.timeSeconds() + windowSeconds);
        refined = i < 0 ? e : at(e, t, footHeightPx, level, i);
      }
      out.add(refined);
    }
    return out;
  }

  /** First i with t[i] in (from, to] where the height crosses the level downward (landing) or upward. */
  private static int firstCrossing(double[] t, double[] h, double level, boolean landing, double from, double to) {
    for (int i = 1; i < t.length; i++) {
      if (t[i] <= from || t[i] > to || Double.isNaN(h[i]) || Double.isNaN(h[i - 1])) {
        continue;
      }
      if (landing ? h[i - 1] > level && h[i] <= level : h[i - 1] <= level && h[i] > level) {
        return i;
      }
    }
    return -1;
  }

  /** The event moved to the crossing between samples i-1 and i, at the interpolated time. */
  private static GaitEvent at(GaitEvent e, double[] t, double[] h, double level, int i) {
    double frac = (level - h[i - 1]) / (h[i] - h[i - 1]);
    double time = t[i - 1] + frac * (t[i] - t[i - 1]);
    return new GaitEvent(e.side(), e.kind(), e.kind() == GaitEvent.Kind.CONTACT ? i : i - 1, time);
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
