package org.runpose.signal;

/**
 * Hampel outlier rejection about a local robust line: a sample further from the trend of the samples around it than a
 * number of robust standard deviations (1.4826 times the median absolute deviation, which equals the standard
 * deviation for Gaussian noise) is an outlier. Windows are spans of time, so a glitch lasting the same time is judged
 * alike at 30 and 60 fps.
 *
 * <p>Trend: the repeated-median line (Siegel's slope: the median over samples of the median slope to the others;
 * level: the median of the samples less that slope) of the other samples within the half-window, as in the
 * repeated-median filters of Fried, Bernholt and Gather (2006), rather than the plain median of the textbook Hampel
 * filter. A foot sweeps some 50 px in a tenth of a second: about a plain median that motion alone widens the spread
 * until only glitches of hundreds of pixels stand out, while about the line only the noise and the path's curvature
 * do. The line ignores up to half its window, so a glitch of a few frames does not bend it, and it leaves out the
 * sample being judged, so an outlier cannot pull its own yardstick.
 *
 * <p>Spread: the MAD of the distances from the trend over {@value #SPREAD_WINDOWS} times the half-window either side
 * (0.5 s by default). Over the trend's own few samples it would swing so widely that about one clean sample in
 * twenty would be rejected.
 *
 * <p>A glitch of several frames partly hides itself, so the filter runs again without the outliers it found, up to
 * {@value #MAX_PASSES} passes. With the defaults, on a unit 1.4 Hz sine with noise of 0.02 to 0.05 carrying one
 * glitch of one or two frames (at 30 fps; the same time at 60 fps): glitches of 1 to 2.5 amplitudes are all caught,
 * and three in four (30 fps) to nine in ten (60 fps) of 0.4 to 1 amplitude, where the textbook filter catches about
 * one in four of the larger and one in fifteen of the smaller; about one clean sample in a thousand is rejected, and
 * up to one in a hundred of a still point's pure noise.
 *
 * <p>Outliers become missing ({@code NaN}) rather than replaced by the trend: {@link GapFilling} then bridges them
 * from the samples on both sides, and the analysis can count them as not measured. Windows ignore missing samples. A
 * sample is judged only when at least {@value #MIN_WINDOW_SAMPLES} other values lie within its half-window, reaching
 * at least half of it before and after the sample: a line run out to the edge of its window is too loose a
 * yardstick, and rejecting there would eat into the ends of the track and the edges of gaps, where nothing could fill
 * the loss back. So the first and last 0.05 s (by default) of a track are never rejected. Above about 70 fps the
 * trend takes every second sample or sparser, so that it rests on at most about {@value #MAX_WINDOW_SAMPLES}: the
 * line's cost grows with the square of its window, and a 240 fps video would otherwise take minutes.
 */
public final class HampelFilter {

  /** A line, or a spread, needs this many values at least to say which one is wrong. */
  static final int MIN_WINDOW_SAMPLES = 4;
  /** MAD to standard deviation for Gaussian noise. */
  static final double MAD_SCALE = 1.4826;
  /** The spread's half-width, in half-windows of the trend. */
  static final double SPREAD_WINDOWS = 5;
  /** Passes at most; later passes rarely find anything. */
  static final int MAX_PASSES = 3;
  /** Trend windows are thinned to about this many samples: the line costs the square of the window's size. */
  static final int MAX_WINDOW_SAMPLES = 15;

  private HampelFilter() {}

  /**
   * The track with its outliers made missing.
   *
   * @param halfWindowSeconds the samples within this time of a sample give its trend, positive
   * @param sigmas robust standard deviations from the trend beyond which a sample is an outlier, positive
   */
  public static Track rejectOutliers(Track track, double halfWindowSeconds, double sigmas) {
    if (!(halfWindowSeconds > 0) || !(sigmas > 0)) {
      throw new IllegalArgumentException("need a window and sigmas > 0: " + halfWindowSeconds + " s, " + sigmas);
    }
    double[] t = track.timesSeconds();
    double[] x = track.values();
    if (t.length < MIN_WINDOW_SAMPLES) {
      return track;
    }
    int stride = Math.max(
        1,
        (int) Math.ceil((2 * halfWindowSeconds / Medians.medianStep(t, 0, t.length) + 1) / MAX_WINDOW_SAMPLES));
    Windows trend = Windows.of(t, halfWindowSeconds, stride);
    Windows spread = Windows.of(t, SPREAD_WINDOWS * halfWindowSeconds, stride);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      if (!rejectOnce(x, trend.residuals(t, x, halfWindowSeconds), spread, sigmas)) {
        break;
      }
    }
    return track.withValues(x);
  }

  /** Makes missing the samples whose residual is an outlier in its spread window; true if any was. */
  private static boolean rejectOnce(double[] x, double[] residuals, Windows spread, double sigmas) {
    double[] work = new double[x.length];
    boolean rejected = false;
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(residuals[i])) {
        continue;
      }
      int n = 0;
      for (int j = spread.first(i); j <= spread.last(i); j += spread.stride()) {
        if (!Double.isNaN(residuals[j])) {
          work[n++] = Math.abs(residuals[j]);
        }
      }
      if (n >= MIN_WINDOW_SAMPLES && Math.abs(residuals[i]) > sigmas * MAD_SCALE * Medians.median(work, n)) {
        x[i] = Double.NaN;
        rejected = true;
      }
    }
    return rejected;
  }

  /**
   * For each sample, the window of samples within a half-width of it, as every {@code stride}-th index from
   * {@code first[i]} (aligned on {@code i}) to {@code last[i]}.
   */
  private record Windows(int[] first, int[] last, int stride) {

    static Windows of(double[] t, double halfWidthSeconds, int stride) {
      int[] first = new int[t.length];
      int[] last = new int[t.length];
      int lo = 0;
      int hi = 0;
      for (int i = 0; i < t.length; i++) {
        while (t[i] - t[lo] > halfWidthSeconds + Track.TIME_TOLERANCE_SECONDS) {
          lo++;
        }
        while (hi + 1 < t.length && t[hi + 1] - t[i] <= halfWidthSeconds + Track.TIME_TOLERANCE_SECONDS) {
          hi++;
        }
        first[i] = i - (i - lo) / stride * stride;
        last[i] = hi;
      }
      return new Windows(first, last, stride);
    }

    int first(int i) {
      return first[i];
    }

    int last(int i) {
      return last[i];
    }

    /** Distance of each sample from its window's repeated-median line; {@code NaN} where it is not judged. */
    double[] residuals(double[] t, double[] x, double halfWidthSeconds) {
      double[] residuals = new double[x.length];
      double[] wt = new double[x.length];
      double[] wx = new double[x.length];
      double[] work = new double[x.length];
      double[] slopes = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        residuals[i] = Double.NaN;
        if (Double.isNaN(x[i])) {
          continue;
        }
        int n = 0;
        boolean before = false;
        boolean after = false;
        for (int j = first[i]; j <= last[i]; j += stride) {
          if (j != i && !Double.isNaN(x[j])) {
            wt[n] = t[j] - t[i];
            before |= wt[n] <= -halfWidthSeconds / 2;
            after |= wt[n] >= halfWidthSeconds / 2;
            wx[n++] = x[j];
          }
        }
        if (n < MIN_WINDOW_SAMPLES || !before || !after) {
          continue;
        }
        for (int j = 0; j < n; j++) {
          int m = 0;
          for (int k = 0; k < n; k++) {
            if (k != j) {
              work[m++] = (wx[k] - wx[j]) / (wt[k] - wt[j]);
            }
          }
          slopes[j] = Medians.median(work, m);
        }
        double slope = Medians.median(slopes, n);
        for (int j = 0; j < n; j++) {
          work[j] = wx[j] - slope * wt[j];
        }
        residuals[i] = x[i] - Medians.median(work, n);
      }
      return residuals;
    }
  }
}
