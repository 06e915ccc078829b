package org.runpose.signal;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/** Hand-made tracks for the tests: times rounded to whole microseconds, as video timestamps are. */
final class Signals {

  static final double STRIDE_HZ = 1.4;

  private Signals() {}

  static double[] uniformTimes(double fps, double seconds) {
    int n = (int) Math.round(seconds * fps) + 1;
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = Math.round(i * 1e6 / fps) / 1e6;
    }
    return t;
  }

  /** Each frame moved by up to {@code fraction} of a frame interval, either way. */
  static double[] jitteredTimes(double fps, double seconds, double fraction, Random random) {
    double[] t = uniformTimes(fps, seconds);
    for (int i = 1; i < t.length - 1; i++) {
      t[i] = Math.round((t[i] + (2 * random.nextDouble() - 1) * fraction / fps) * 1e6) / 1e6;
    }
    return t;
  }

  static double[] sample(double[] t, DoubleUnaryOperator f) {
    double[] x = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      x[i] = f.applyAsDouble(t[i]);
    }
    return x;
  }

  /** A unit sine at the stride frequency, off its zero at the start so the ends test level and slope. */
  static double stride(double tSeconds) {
    return Math.sin(2 * Math.PI * STRIDE_HZ * tSeconds + 0.7);
  }

  static Track strideTrack(double[] t) {
    return new Track(t, sample(t, Signals::stride));
  }
}
