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

  /** A peak must rise this fraction of the signal's spread above its surroundings. */
  static final double MIN_PROMINENCE_FRACTION = 0.3;

  private GaitEventDetector() {}

  /**
   * @param t sample times, seconds
   * @param heelAheadPx heel position ahead of the pelvis along the running direction, pixels (NaN = missing)
   * @param toeAheadPx toe position ahead of the pelvis along the running direction, pixels (NaN = missing)
   * @param minStrideSeconds same-foot events at least this far apart: a good share of the clip's stride
   */
  public static List<GaitEvent> detect(
      Side side, double[] t, double[] heelAheadPx, double[] toeAheadPx, double minStrideSeconds) {
    List<GaitEvent> events = new ArrayList<>();
    for (Peaks.Peak p : Peaks.maxima(t, heelAheadPx, minStrideSeconds, prominence(heelAheadPx))) {
      events.add(new GaitEvent(side, GaitEvent.Kind.CONTACT, p.sample(), p.timeSeconds()));
    }
    double[] toeBehind = negate(toeAheadPx);
    for (Peaks.Peak p : Peaks.maxima(t, toeBehind, minStrideSeconds, prominence(toeBehind))) {
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
   * <p>With {@code steady}, a landing counts only where the foot stays down, and a take-off only where it stays up,
   * in the median over the next quarter of the stance's length: a noisy foot that dips to the level while still
   * swinging in, or flickers above it while planted, does not start or end a stance. Without, every crossing does:
   * the strict stances a ground line is drawn from.
   *
   * @param events one foot's events from {@link #detect}, in time order
   * @param footHeightPx height of the foot's lowest point along the true vertical, pixels (NaN = missing)
   * @param tolerancePx how far above the ground the foot may be and still count as on it
   * @param windowSeconds how far from the position-based contact a landing is looked for
   * @param steady whether a crossing must hold for a quarter of the stance
   */
  public static List<GaitEvent> refineWithFootHeight(List<GaitEvent> events, double[] t, double[] footHeightPx,
      double tolerancePx, double windowSeconds, boolean steady) {
    double[] sorted = java.util.Arrays.stream(footHeightPx).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (sorted.length == 0) {
      return events;
    }
    double level = sorted[(int) (0.05 * (sorted.length - 1))] + tolerancePx;
    List<GaitEvent> out = new ArrayList<>(events.size());
    GaitEvent lastContact = null;
    int hold = 1;
    for (int k = 0; k < events.size(); k++) {
      GaitEvent e = events.get(k);
      GaitEvent refined = e;
      if (e.kind() == GaitEvent.Kind.CONTACT) {
        // A stance with no toe-off in the clip holds as long as the one before.
        if (steady && k + 1 < events.size() && events.get(k + 1).kind() == GaitEvent.Kind.TOE_OFF) {
          hold = quarter(e.sample(), events.get(k + 1).sample());
        }
        int i = firstCrossing(t, footHeightPx, level, true, e.timeSeconds() - windowSeconds,
            e.timeSeconds() + windowSeconds, hold);
        refined = i < 0 ? e : at(e, t, footHeightPx, level, i);
        lastContact = refined;
      } else {
        // Toe-off is the first take-off after the contact that began this stance, or after the foot is first seen
        // for a stance already under way.
        double from;
        if (lastContact == null) {
          int seen = firstSeen(footHeightPx);
          hold = steady ? quarter(seen, e.sample()) : 1;
          from = t[seen];
        } else {
          from = lastContact.timeSeconds();
        }
        int i = firstCrossing(t, footHeightPx, level, false, from, e.timeSeconds() + windowSeconds, hold);
        refined = i < 0 ? e : at(e, t, footHeightPx, level, i);
      }
      out.add(refined);
    }
    return out;
  }

  /**
   * How clearly a foot's height tells stance from swing: the median height of the planted foot, the middle half of
   * each stance between the position-based events, against the median of all the other samples, in robust standard
   * deviations (1.4826 MAD) of the planted foot's. The position-based toe-off comes after the foot has left the
   * ground, so the lift before it must not count as the noise of a planted foot. The stance's edges count with the
   * swing, which lowers the contrast of a foot that lifts slowly (a walker's); leaving them out of both, tried on the
   * tuning clips at its own best bar (8), timed the same real events and traded one rendered runner's toe-offs for
   * another's contacts. A side view at hip height gives 7 or more; a camera down at the belt, whose perspective moves
   * a sliding foot up and down, a panning camera, or noisy feet, give less.
   *
   * @param events one foot's events from {@link #detect}, in time order
   * @return the contrast, or 0 when the events leave no stance or no swing
   */
  public static double heightContrast(List<GaitEvent> events, double[] footHeightPx) {
    boolean[] stance = new boolean[footHeightPx.length];
    GaitEvent contact = null;
    for (GaitEvent e : events) {
      if (e.kind() == GaitEvent.Kind.CONTACT) {
        contact = e;
      } else if (contact != null) {
        int quarter = (e.sample() - contact.sample()) / 4;
        for (int i = contact.sample() + quarter; i <= e.sample() - quarter; i++) {
          stance[i] = true;
        }
        contact = null;
      }
    }
    List<Double> down = new ArrayList<>();
    List<Double> up = new ArrayList<>();
    for (int i = 0; i < footHeightPx.length; i++) {
      if (!Double.isNaN(footHeightPx[i])) {
        (stance[i] ? down : up).add(footHeightPx[i]);
      }
    }
    if (down.size() < 3 || up.size() < 3) {
      return 0;
    }
    double downMedian = median(down);
    List<Double> deviations = down.stream().map(h -> Math.abs(h - downMedian)).toList();
    double sigma = 1.4826 * median(deviations);
    return sigma > 0 ? (median(up) - downMedian) / sigma : 0;
  }

  /**
   * Moves each event to where the foot moves with the ground, for footage whose foot heights do not show the
   * ground ({@link #heightContrast}). Seen from the pelvis, a foot on the ground moves backward at the running (or
   * belt) speed, the same on a treadmill, over ground and with a camera that follows: the stance speed is the median
   * over the middle half of the stance. The foot lands when the heel, retracting, reaches {@code share} of it, and
   * takes off when the toe, still moving back, falls below that share: Zeni's extremes of position are where the
   * foot stops, a little before landing and after take-off.
   *
   * @param events one foot's events from {@link #detect}, in time order
   * @param heelAheadPx heel ahead of the pelvis, as given to {@link #detect}
   * @param toeAheadPx toe ahead of the pelvis
   * @param share share of the stance speed that counts as moving with the ground
   */
  public static List<GaitEvent> refineWithFootSpeed(List<GaitEvent> events, double[] t, double[] heelAheadPx,
      double[] toeAheadPx, double share) {
    double[] heelSpeed = derivative(t, heelAheadPx);
    double[] toeSpeed = derivative(t, toeAheadPx);
    double[] footSpeed = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      footSpeed[i] = (heelSpeed[i] + toeSpeed[i]) / 2;
    }
    List<GaitEvent> out = new ArrayList<>(events.size());
    for (int k = 0; k < events.size(); k++) {
      GaitEvent e = events.get(k);
      GaitEvent stanceStart = e.kind() == GaitEvent.Kind.CONTACT ? e : k > 0 ? events.get(k - 1) : null;
      GaitEvent stanceEnd = e.kind() == GaitEvent.Kind.TOE_OFF ? e : k + 1 < events.size() ? events.get(k + 1) : null;
      if (stanceStart == null || stanceEnd == null || stanceStart.kind() != GaitEvent.Kind.CONTACT
          || stanceEnd.kind() != GaitEvent.Kind.TOE_OFF) {
        out.add(e);
        continue;
      }
      int c = stanceStart.sample();
      int o = stanceEnd.sample();
      double level = share * stanceSpeed(footSpeed, c, o);
      if (!(level < 0)) {
        out.add(e);
        continue;
      }
      int i = e.kind() == GaitEvent.Kind.CONTACT ? firstBelow(heelSpeed, level, c, o)
          : lastBelow(toeSpeed, level, c, o);
      out.add(i < 0 ? e : at(e, t, e.kind() == GaitEvent.Kind.CONTACT ? heelSpeed : toeSpeed, level, i));
    }
    return out;
  }

  /** Median speed over the middle half of a stance, pixels per second (negative: backward). */
  private static double stanceSpeed(double[] speed, int contact, int toeOff) {
    List<Double> middle = new ArrayList<>();
    for (int i = contact + (toeOff - contact) / 4; i <= contact + 3 * (toeOff - contact) / 4; i++) {
      if (!Double.isNaN(speed[i])) {
        middle.add(speed[i]);
      }
    }
    return middle.isEmpty() ? Double.NaN : median(middle);
  }

  /** First i in (from, to] where the speed falls to the level: between samples i-1 and i. */
  private static int firstBelow(double[] v, double level, int from, int to) {
    for (int i = from + 1; i <= to; i++) {
      if (v[i - 1] > level && v[i] <= level) {
        return i;
      }
    }
    return -1;
  }

  /** Last i in (from, to] where the speed rises from the level: between samples i-1 and i. */
  private static int lastBelow(double[] v, double level, int from, int to) {
    for (int i = to; i > from; i--) {
      if (v[i - 1] <= level && v[i] > level) {
        return i;
      }
    }
    return -1;
  }

  /** Central differences on real time stamps; NaN where a neighbour is missing. */
  private static double[] derivative(double[] t, double[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int a = Math.max(0, i - 1);
      int b = Math.min(x.length - 1, i + 1);
      d[i] = b > a ? (x[b] - x[a]) / (t[b] - t[a]) : Double.NaN;
    }
    return d;
  }

  private static double median(List<Double> values) {
    return GaitCheck.median(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** First i with t[i] in (from, to] where the height crosses the level downward (landing) or upward. */
  private static int firstCrossing(double[] t, double[] h, double level, boolean landing, double from, double to,
      int hold) {
    for (int i = 1; i < t.length; i++) {
      if (t[i] <= from || t[i] > to || Double.isNaN(h[i]) || Double.isNaN(h[i - 1])) {
        continue;
      }
      if ((landing ? h[i - 1] > level && h[i] <= level : h[i - 1] <= level && h[i] > level)
          && stays(h, level, landing, i, hold)) {
        return i;
      }
    }
    return -1;
  }

  /** The first sample with a height (the refinement is only asked for where the foot has one). */
  private static int firstSeen(double[] h) {
    int i = 0;
    while (i < h.length - 1 && Double.isNaN(h[i])) {
      i++;
    }
    return i;
  }

  /** A quarter of the samples from one to the other, at least one: how long a crossing must hold. */
  private static int quarter(int fromSample, int toSample) {
    return Math.max(1, (toSample - fromSample) / 4);
  }

  /** Whether the median height over {@code samples} from {@code from} on lies on the crossing's side of the level. */
  private static boolean stays(double[] h, double level, boolean down, int from, int samples) {
    double[] next = java.util.Arrays.stream(h, from, Math.min(h.length, from + samples))
        .filter(v -> !Double.isNaN(v)).toArray();
    double m = GaitCheck.median(next);
    return down ? m <= level : m > level;
  }

  /** The event moved to where {@code h} (a height or a speed) crosses the level between samples i-1 and i. */
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
