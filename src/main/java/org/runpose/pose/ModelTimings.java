package org.runpose.pose;

import java.util.Arrays;

/** Wall-clock time spent in each network, for the benchmark. Not thread-safe: one per tracker. */
public final class ModelTimings {

  private long[] detectorNanos = new long[64];
  private int detectorRuns;
  private long[] landmarkNanos = new long[64];
  private int landmarkRuns;

  void addDetector(long nanos) {
    if (detectorRuns == detectorNanos.length) {
      detectorNanos = Arrays.copyOf(detectorNanos, 2 * detectorRuns);
    }
    detectorNanos[detectorRuns++] = nanos;
  }

  void addLandmarks(long nanos) {
    if (landmarkRuns == landmarkNanos.length) {
      landmarkNanos = Arrays.copyOf(landmarkNanos, 2 * landmarkRuns);
    }
    landmarkNanos[landmarkRuns++] = nanos;
  }

  public int detectorRuns() {
    return detectorRuns;
  }

  public int landmarkRuns() {
    return landmarkRuns;
  }

  /** Detector run times in milliseconds. */
  public double[] detectorMillis() {
    return toMillis(detectorNanos, detectorRuns);
  }

  /** Landmark model run times in milliseconds. */
  public double[] landmarkMillis() {
    return toMillis(landmarkNanos, landmarkRuns);
  }

  private static double[] toMillis(long[] nanos, int n) {
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      ms[i] = nanos[i] / 1e6;
    }
    return ms;
  }
}
