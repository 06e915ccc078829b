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
 * <p>Sharp turns: a heel stops dead on landing and is carried back by the ground at once, so the line across the turn
 * misses the turn's own samples by far more than the noise, and an eighth to a half of every heel's samples on the
 * rendered clips were rejected as glitches, the landing among them (bridged over, or with a long enough gap, a
 * contact lost). A sample off the line is therefore kept when it continues the samples on one side of it: they lie
 * on a line of their own within {@value #STRAIGHT_SIGMAS} robust standard deviations and it lies on that line's
 * extension within the outlier limit. A glitch shorter than a side continues neither: the side that holds the rest
 * of it is not straight, the other does not lead to it. The cleaned feet now lie nearer the rig's on the rendered
 * clips: 90th percentile of the near heel's distance 19 px to 12-13 px, of the near ankle's 12 px to 7 px.
 *
 * <p>A glitch of several frames partly hides itself, so the filter runs again without the outliers it found, up to
 * {@value #MAX_PASSES} passes. With the defaults, on a unit 1.4 Hz sine with noise of 0.02 to 0.05 carrying one
 * glitch of one or two frames (at 30 fps; the same time at 60 fps): glitches of 1 to 2.5 amplitudes are all caught,
 * and about two in three (30 fps) to eight in ten (60 fps) of 0.4 to 1 amplitude (three in four and nine in ten
 * without the turns kept), where the textbook filter catches about one in four of the larger and one in fifteen of
 * the smaller; about one clean sample in a hundred thousand is rejected, and up to one in a hundred of a still
 * point's pure noise.
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
  /** A side of a window shows a straight run with this many samples: two give the line, the others check it. */
  static final int MIN_SIDE_SAMPLES = 3;
  /**
   * A straight run's samples lie within this many robust standard deviations of their line. On a heel-like track
   * (a steady stance, a swing three times as fast, sharp turns between) 1 kept too few turns (at 60 fps one sample
   * in nine was still rejected), 3 let a third of the small glitches that 2 catches through.
   */
  static final double STRAIGHT_SIGMAS = 2;
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
      if (!rejectOnce(t, x, trend, spread, sigmas, halfWindowSeconds)) {
        break;
      }
    }
    return track.withValues(x);
  }

  /**
   * Makes missing the samples whose residual is an outlier in its spread window, unless they continue a straight run
   * of the samples on one side ({@link Windows#continuesASide}); true if any was.
   */
  private static boolean rejectOnce(
      double[] t, double[] x, Windows trend, Windows spread, double sigmas, double halfWindowSeconds) {
    double[] residuals = trend.residuals(t, x, halfWindowSeconds);
    double[] limits = new double[x.length];
    double[] straightness = new double[x.length];
    double[] work = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      limits[i] = Double.NaN;
      if (Double.isNaN(residuals[i])) {
        continue;
      }
      int n = 0;
      for (int j = spread.first(i); j <= spread.last(i); j += spread.stride()) {
        if (!Double.isNaN(residuals[j])) {
          work[n++] = Math.abs(residuals[j]);
        }
      }
      if (n >= MIN_WINDOW_SAMPLES) {
        double sd = MAD_SCALE * Medians.median(work, n);
        limits[i] = sigmas * sd;
        straightness[i] = Math.min(STRAIGHT_SIGMAS, sigmas) * sd;
      }
    }
    boolean[] outliers = new boolean[x.length];
    boolean rejected = false;
    Line side = new Line(x.length);
    for (int i = 0; i < x.length; i++) {
      outliers[i] = Math.abs(residuals[i]) > limits[i]
          && !trend.continuesASide(t, x, i, -1, limits[i], straightness[i], side)
          && !trend.continuesASide(t, x, i, 1, limits[i], straightness[i], side);
      rejected |= outliers[i];
    }
    for (int i = 0; i < x.length; i++) {
      if (outliers[i]) {
        x[i] = Double.NaN;
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
      Line line = new Line(x.length);
      for (int i = 0; i < x.length; i++) {
        residuals[i] = Double.NaN;
        if (Double.isNaN(x[i])) {
          continue;
        }
        line.clear();
        boolean before = false;
        boolean after = false;
        for (int j = first[i]; j <= last[i]; j += stride) {
          if (j != i && !Double.isNaN(x[j])) {
            double dt = t[j] - t[i];
            before |= dt <= -halfWidthSeconds / 2;
            after |= dt >= halfWidthSeconds / 2;
            line.add(dt, x[j]);
          }
        }
        if (line.size() >= MIN_WINDOW_SAMPLES && before && after) {
          residuals[i] = x[i] - line.valueAtZero();
        }
      }
      return residuals;
    }

    /**
     * Whether sample {@code i} continues the straight run of the samples on one side of its window ({@code side}
     * -1: before it, 1: after it): they lie within {@code straightness} of their own line, and it within
     * {@code limit} of that line's extension. A sharp turn, as of a heel that stops dead on landing, keeps its
     * samples this way, though the line across the turn misses them; a glitch of fewer samples than the side holds
     * continues neither side.
     *
     * @param line where the side's samples are gathered, cleared first
     */
    boolean continuesASide(double[] t, double[] x, int i, int side, double limit, double straightness, Line line) {
      line.clear();
      int end = side < 0 ? first[i] : last[i];
      for (int j = i + side * stride; side < 0 ? j >= end : j <= end; j += side * stride) {
        if (!Double.isNaN(x[j])) {
          line.add(t[j] - t[i], x[j]);
        }
      }
      if (line.size() < MIN_SIDE_SAMPLES) {
        return false;
      }
      double slope = line.slope();
      double level = line.level(slope);
      return line.fitsWithin(slope, level, straightness) && Math.abs(x[i] - level) <= limit;
    }
  }

  /** Siegel's repeated-median line through points (dt, x), read at dt = 0; reused across samples. */
  private static final class Line {
    private final double[] dt;
    private final double[] x;
    private final double[] work;
    private final double[] slopes;
    private int n;

    Line(int capacity) {
      dt = new double[capacity];
      x = new double[capacity];
      work = new double[capacity];
      slopes = new double[capacity];
    }

    void clear() {
      n = 0;
    }

    void add(double dtSeconds, double value) {
      dt[n] = dtSeconds;
      x[n++] = value;
    }

    int size() {
      return n;
    }

    /** Whether every point lies within {@code limit} of the line of this slope and level (its value at dt = 0). */
    boolean fitsWithin(double slope, double level, double limit) {
      for (int j = 0; j < n; j++) {
        if (Math.abs(x[j] - level - slope * dt[j]) > limit) {
          return false;
        }
      }
      return true;
    }

    double valueAtZero() {
      return level(slope());
    }

    double slope() {
      for (int j = 0; j < n; j++) {
        int m = 0;
        for (int k = 0; k < n; k++) {
          if (k != j) {
            work[m++] = (x[k] - x[j]) / (dt[k] - dt[j]);
          }
        }
        slopes[j] = Medians.median(work, m);
      }
      return Medians.median(slopes, n);
    }

    /** The line's value at dt = 0 for this slope: the median of the points less it. */
    double level(double slope) {
      for (int j = 0; j < n; j++) {
        work[j] = x[j] - slope * dt[j];
      }
      return Medians.median(work, n);
    }
  }
}
