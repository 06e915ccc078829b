package org.runpose.signal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;

/**
 * The x and y image coordinates (pixels) of every body landmark through a video, one sample per decoded frame.
 *
 * <p>{@link #from} gives the model's output as is: every position of every frame with a pose, visible or not, and
 * {@code NaN} on frames without one. {@link #clean} gives tracks ready for analysis. Per landmark and sample,
 * {@link #measured} tells a measurement from a filled or missing value: after cleaning, a sample is measured when
 * the model placed the point there visibly and it was no outlier; a filled sample has a value but is not measured;
 * a missing one is {@code NaN}.
 */
public final class KeypointTracks {

  private static final double MICROS_PER_SECOND = 1e6;

  private final int[] frameIndices;
  private final Track[] x;
  private final Track[] y;
  private final double[][] visibility;
  private final boolean[][] measured;
  private final Map<LimbChain, boolean[]> swapRepaired;

  private KeypointTracks(
      int[] frameIndices,
      Track[] x,
      Track[] y,
      double[][] visibility,
      boolean[][] measured,
      Map<LimbChain, boolean[]> swapRepaired) {
    this.frameIndices = frameIndices;
    this.x = x;
    this.y = y;
    this.visibility = visibility;
    this.measured = measured;
    this.swapRepaired = swapRepaired;
  }

  /**
   * The model's keypoints as tracks, in the order of the series' frames.
   *
   * @throws IllegalArgumentException when frame timestamps do not increase strictly
   */
  public static KeypointTracks from(PoseSeries series) {
    List<PoseFrame> frames = series.frames();
    int n = frames.size();
    int[] frameIndices = new int[n];
    double[] times = new double[n];
    double[][] xs = new double[BodyLandmark.COUNT][n];
    double[][] ys = new double[BodyLandmark.COUNT][n];
    double[][] visibility = new double[BodyLandmark.COUNT][n];
    boolean[][] measured = new boolean[BodyLandmark.COUNT][n];
    for (int i = 0; i < n; i++) {
      PoseFrame f = frames.get(i);
      frameIndices[i] = f.index();
      times[i] = f.timestampMicros() / MICROS_PER_SECOND;
      for (int l = 0; l < BodyLandmark.COUNT; l++) {
        Keypoint k = f.found() ? f.keypoints().get(l) : null;
        xs[l][i] = k != null ? k.xPx() : Double.NaN;
        ys[l][i] = k != null ? k.yPx() : Double.NaN;
        visibility[l][i] = k != null ? k.visibility() : Double.NaN;
        measured[l][i] = k != null;
      }
    }
    Track[] x = new Track[BodyLandmark.COUNT];
    Track[] y = new Track[BodyLandmark.COUNT];
    for (int l = 0; l < BodyLandmark.COUNT; l++) {
      x[l] = new Track(times, xs[l]);
      y[l] = new Track(times, ys[l]);
    }
    Map<LimbChain, boolean[]> none = new EnumMap<>(LimbChain.class);
    for (LimbChain chain : LimbChain.values()) {
      none.put(chain, new boolean[n]);
    }
    return new KeypointTracks(frameIndices, x, y, visibility, measured, none);
  }

  /**
   * The tracks cleaned for analysis: left/right label exchanges repaired ({@link SwapRepair}); points below
   * {@code minVisibility} made missing; outliers made missing ({@link HampelFilter}; a point whose x or y is an
   * outlier loses both); short gaps filled ({@link GapFilling}); then low-passed ({@link ZeroPhaseLowPass}).
   * Visibilities follow their points through the repair. Meant for the tracks of {@link #from}; only measured
   * samples enter.
   */
  public KeypointTracks clean(SignalConfig config) {
    int n = size();
    Map<LimbChain, boolean[]> repaired = new EnumMap<>(LimbChain.class);
    double[][] xs = new double[BodyLandmark.COUNT][];
    double[][] ys = new double[BodyLandmark.COUNT][];
    double[][] vis = new double[BodyLandmark.COUNT][];
    for (int l = 0; l < BodyLandmark.COUNT; l++) {
      xs[l] = x[l].values();
      ys[l] = y[l].values();
      vis[l] = visibility[l].clone();
    }
    for (LimbChain chain : LimbChain.values()) {
      boolean[] exchanged = SwapRepair.exchangedSamples(this, chain, config.maxGapSeconds());
      repaired.put(chain, exchanged);
      for (int j = 0; j < chain.left().size(); j++) {
        int left = chain.left().get(j).ordinal();
        int right = chain.right().get(j).ordinal();
        for (int i = 0; i < n; i++) {
          if (exchanged[i]) {
            swap(xs, left, right, i);
            swap(ys, left, right, i);
            swap(vis, left, right, i);
          }
        }
      }
    }
    Track[] cleanX = new Track[BodyLandmark.COUNT];
    Track[] cleanY = new Track[BodyLandmark.COUNT];
    boolean[][] cleanMeasured = new boolean[BodyLandmark.COUNT][n];
    for (int l = 0; l < BodyLandmark.COUNT; l++) {
      for (int i = 0; i < n; i++) {
        if (!(measured[l][i] && vis[l][i] >= config.minVisibility())) {
          xs[l][i] = Double.NaN;
          ys[l][i] = Double.NaN;
        }
      }
      double[] inX = rejectOutliers(x[l].withValues(xs[l]), config).values();
      double[] inY = rejectOutliers(y[l].withValues(ys[l]), config).values();
      for (int i = 0; i < n; i++) {
        cleanMeasured[l][i] = !Double.isNaN(inX[i]) && !Double.isNaN(inY[i]);
        if (!cleanMeasured[l][i]) {
          inX[i] = Double.NaN;
          inY[i] = Double.NaN;
        }
      }
      cleanX[l] = smooth(x[l].withValues(inX), config);
      cleanY[l] = smooth(y[l].withValues(inY), config);
    }
    return new KeypointTracks(frameIndices, cleanX, cleanY, vis, cleanMeasured, repaired);
  }

  /**
   * The same tracks on real time when the clip plays {@code factor} times slowed: every time divided by it, so
   * the cleaning's windows and cut-off, set for real motion, fit.
   */
  public KeypointTracks slowedBy(double factor) {
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("slow-motion factor must be finite and > 0: " + factor);
    }
    double[] times = timesSeconds();
    for (int i = 0; i < times.length; i++) {
      times[i] /= factor;
    }
    Track[] sx = new Track[BodyLandmark.COUNT];
    Track[] sy = new Track[BodyLandmark.COUNT];
    for (int l = 0; l < BodyLandmark.COUNT; l++) {
      sx[l] = new Track(times, x[l].values());
      sy[l] = new Track(times, y[l].values());
    }
    return new KeypointTracks(frameIndices, sx, sy, visibility, measured, swapRepaired);
  }

  private static void swap(double[][] byLandmark, int a, int b, int i) {
    double tmp = byLandmark[a][i];
    byLandmark[a][i] = byLandmark[b][i];
    byLandmark[b][i] = tmp;
  }

  private static Track rejectOutliers(Track track, SignalConfig config) {
    return HampelFilter.rejectOutliers(track, config.hampelWindowSeconds(), config.hampelSigmas());
  }

  private static Track smooth(Track track, SignalConfig config) {
    return ZeroPhaseLowPass.filter(
        GapFilling.fill(track, config.maxGapSeconds()),
        config.cutoffHz(),
        config.filterOrderPerPass(),
        config.padSeconds());
  }

  /** Number of samples, one per decoded frame. */
  public int size() {
    return frameIndices.length;
  }

  /** Sample times in seconds from the first frame (a copy). */
  public double[] timesSeconds() {
    return x[0].timesSeconds();
  }

  /** The video frame index of a sample. */
  public int frameIndex(int sample) {
    return frameIndices[sample];
  }

  /** Horizontal image coordinate in pixels, {@code NaN} where missing. */
  public Track x(BodyLandmark landmark) {
    return x[landmark.ordinal()];
  }

  /** Vertical image coordinate in pixels (down is positive), {@code NaN} where missing. */
  public Track y(BodyLandmark landmark) {
    return y[landmark.ordinal()];
  }

  /** The model's visibility probability of the point at a sample, {@code NaN} on frames without a pose. */
  public double visibility(BodyLandmark landmark, int sample) {
    return visibility[landmark.ordinal()][sample];
  }

  /** Whether the sample's value is a measurement, not filled in or missing. */
  public boolean measured(BodyLandmark landmark, int sample) {
    return measured[landmark.ordinal()][sample];
  }

  /** Number of measured samples of a landmark. */
  public int measuredCount(BodyLandmark landmark) {
    int count = 0;
    for (boolean m : measured[landmark.ordinal()]) {
      count += m ? 1 : 0;
    }
    return count;
  }

  /** Whether the chain's left and right labels were swapped back at a sample by {@link #clean}. */
  public boolean swapRepaired(LimbChain chain, int sample) {
    return swapRepaired.get(chain)[sample];
  }

  /** The video frame indices at which {@link #clean} swapped back the labels of any chain, in order. */
  public List<Integer> swapRepairedFrames() {
    List<Integer> frames = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      for (boolean[] repaired : swapRepaired.values()) {
        if (repaired[i]) {
          frames.add(frameIndices[i]);
          break;
        }
      }
    }
    return frames;
  }
}
