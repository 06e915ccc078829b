package org.runpose.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.runpose.Severity;
import org.runpose.gait.Side;
import org.runpose.posture.AnalysisConfig;

/** The scoring arithmetic, on plain numbers so it can be checked by hand. */
final class Metrics {

  /** A clip whose true lean lies closer than this to a flag threshold is not used to score the flag. */
  static final double FLAG_MARGIN_DEG = 3;

  private Metrics() {}

  /**
   * The p-th percentile (0-100) with linear interpolation between order statistics (NumPy's default, R type 7),
   * or null when there are no finite values.
   */
  static Double percentile(double[] values, double p) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
    if (finite.length == 0) {
      return null;
    }
    return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(finite, p);
  }

  static Double median(double[] values) {
    return percentile(values, 50);
  }

  static Double median(List<Double> values) {
    return median(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Pearson correlation, or null with fewer than three pairs or when either side does not vary. */
  static Double pearson(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("pairs needed: " + x.length + " vs " + y.length);
    }
    if (x.length < 3) {
      return null;
    }
    double r = new PearsonsCorrelation().correlation(x, y);
    return Double.isFinite(r) ? r : null;
  }

  /**
   * Whether the measure rises with the truth: the median measure of each true value, to the whole degree, is above
   * that of the next smaller one (the same spine seen by a camera looking down has a truth in the image a few
   * tenths of a degree off). Null with fewer than two distinct true values.
   */
  static Boolean increasing(double[] truth, double[] measured) {
    Map<Long, List<Double>> byTruth = new TreeMap<>();
    for (int i = 0; i < truth.length; i++) {
      byTruth.computeIfAbsent(Math.round(truth[i]), t -> new ArrayList<>()).add(measured[i]);
    }
    if (byTruth.size() < 2) {
      return null;
    }
    Double previous = null;
    for (List<Double> level : byTruth.values()) {
      double m = median(level);
      if (previous != null && !(m > previous)) {
        return false;
      }
      previous = m;
    }
    return true;
  }

  /**
   * The true flag of a lean, graded with the analysis thresholds, and whether it is clear enough to score: a lean
   * within {@link #FLAG_MARGIN_DEG} of a threshold is a judgement call the measurement error may tip either way.
   */
  static FlagScore leanFlag(AnalysisConfig config, double trueLeanDeg, Severity measured) {
    boolean scored = Math.abs(trueLeanDeg - config.leanWatchDeg()) >= FLAG_MARGIN_DEG
        && Math.abs(trueLeanDeg - config.leanExcessiveDeg()) >= FLAG_MARGIN_DEG;
    Severity truth = config.leanSeverity(trueLeanDeg);
    return new FlagScore(truth, measured, scored, scored ? truth == measured : null);
  }

  /**
   * Ground contacts of the labels: the first frame of each stance run, timed midway between it and the frame
   * before (the foot landed somewhere in between). A stance already running in the first frame has no known start.
   */
  static List<FootTime> labelContacts(List<ClipLabels.Frame> frames) {
    List<FootTime> contacts = new ArrayList<>();
    for (int i = 1; i < frames.size(); i++) {
      Side now = frames.get(i).stance();
      if (now != null && now != frames.get(i - 1).stance()) {
        contacts.add(new FootTime(now, (frames.get(i - 1).timeSeconds() + frames.get(i).timeSeconds()) / 2));
      }
    }
    return contacts;
  }

  /** The rig's toe-offs: each between a frame with a foot in stance and the next without it. */
  static List<FootTime> labelToeOffs(List<ClipLabels.Frame> frames) {
    List<FootTime> toeOffs = new ArrayList<>();
    for (int i = 1; i < frames.size(); i++) {
      Side before = frames.get(i - 1).stance();
      if (before != null && before != frames.get(i).stance()) {
        toeOffs.add(new FootTime(before, (frames.get(i - 1).timeSeconds() + frames.get(i).timeSeconds()) / 2));
      }
    }
    return toeOffs;
  }

  /**
   * Matches each true contact to the nearest measured contact of the same foot. Contacts of one foot are a stride
   * apart, so a match further than half a stride belongs to another step: the true contact was missed. Contacts
   * within a quarter stride (half a step) of the first or last frame are marked as at the clip's end.
   *
   * @param firstFrameSeconds time of the first frame of the labelled range
   * @param lastFrameSeconds time of its last frame
   */
  static ContactTiming matchContacts(List<FootTime> truth, List<FootTime> measured, double strideSeconds,
      double firstFrameSeconds, double lastFrameSeconds, double fps) {
    List<ContactTiming.Match> matches = new ArrayList<>();
    for (FootTime t : truth) {
      Double best = null;
      for (FootTime m : measured) {
        double dt = m.timeSeconds() - t.timeSeconds();
        if (m.side() == t.side() && Math.abs(dt) <= strideSeconds / 2
            && (best == null || Math.abs(dt) < Math.abs(best))) {
          best = dt;
        }
      }
      boolean atEnd = t.timeSeconds() < firstFrameSeconds + strideSeconds / 4
          || t.timeSeconds() > lastFrameSeconds - strideSeconds / 4;
      matches.add(new ContactTiming.Match(t.side(), t.timeSeconds() * fps, atEnd, best == null ? null : best * fps));
    }
    return new ContactTiming(matches);
  }
}
