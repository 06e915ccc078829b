package org.runpose.signal;

/**
 * One coordinate through time: samples at strictly increasing times, {@code NaN} where the value is missing.
 * Immutable; the array accessors return copies, so loops should use {@link #timeSeconds(int)} and
 * {@link #value(int)}.
 *
 * @param timesSeconds sample times in seconds, finite and strictly increasing; frame rate may vary
 * @param values the samples, finite or {@code NaN} (missing), in the unit of the source (pixels for keypoints)
 */
public record Track(double[] timesSeconds, double[] values) {

  /** Timestamps are whole microseconds: times closer than this are the same instant in window comparisons. */
  static final double TIME_TOLERANCE_SECONDS = 1e-6;

  public Track {
    if (timesSeconds.length != values.length) {
      throw new IllegalArgumentException(
          timesSeconds.length + " times but " + values.length + " values; expected one value a time");
    }
    timesSeconds = timesSeconds.clone();
    values = values.clone();
    for (int i = 0; i < timesSeconds.length; i++) {
      if (!Double.isFinite(timesSeconds[i])) {
        throw new IllegalArgumentException("time " + i + " is not finite: " + timesSeconds[i]);
      }
      if (i > 0 && !(timesSeconds[i] > timesSeconds[i - 1])) {
        throw new IllegalArgumentException(
            "times must increase strictly: time " + i + " is " + timesSeconds[i] + " s after " + timesSeconds[i - 1]
                + " s");
      }
      if (Double.isInfinite(values[i])) {
        throw new IllegalArgumentException("value " + i + " is infinite; use NaN for a missing value");
      }
    }
  }

  @Override
  public double[] timesSeconds() {
    return timesSeconds.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public int size() {
    return values.length;
  }

  public double timeSeconds(int i) {
    return timesSeconds[i];
  }

  public double value(int i) {
    return values[i];
  }

  public boolean isMissing(int i) {
    return Double.isNaN(values[i]);
  }

  /** The same times with other values. */
  public Track withValues(double[] newValues) {
    return new Track(timesSeconds, newValues);
  }
}
