package org.runpose.signal;

/**
 * Settings of keypoint cleaning. Every window is in seconds, so videos at 30 and 60 fps are treated alike.
 *
 * @param maxGapSeconds longest span, from the last sample before a gap to the first after it, that gap filling
 *     bridges; 0.25 s by default, a third of a running stride cycle, about the longest a leg keeps one shape (Pose2Sim
 *     bridges 10 frames, 0.33 s at 30 fps)
 * @param hampelWindowSeconds half-width of the window whose other samples give the trend a sample is judged against
 *     ({@link HampelFilter}); 0.1 s by default, 6 neighbours at 30 fps and 12 at 60 fps: enough for a robust line to
 *     ignore a glitch of a few frames, short enough for a line to follow a limb through a stride
 * @param hampelSigmas how many robust standard deviations (1.4826 MAD) from the trend make a sample an outlier; 3 by
 *     default, the usual choice for the Hampel filter
 * @param cutoffHz low-pass cutoff in hertz; 6 Hz by default, as in Sports2D and Pose2Sim (running kinematics hold
 *     little power above it, pose jitter much)
 * @param filterOrderPerPass Butterworth order of each of the forward and backward passes, 1 to 8. The default 2
 *     gives a 4th-order zero-phase filter, Sports2D's and Pose2Sim's default; the two passes square the magnitude
 *     response, so the combined -3 dB point lies at about 0.80 times {@code cutoffHz}
 * @param minVisibility keypoints whose visibility probability is below this, in [0,1], count as missing; 0.5 by
 *     default, even odds that the point is visible
 * @param padSeconds length of the odd reflection added at both ends of every filtered run so the filter's start-up
 *     does not distort the first and last samples; 0.5 s by default, three periods of the 6 Hz cutoff, and the 15
 *     samples at 30 fps that SciPy's filtfilt pads a 4th-order filter with. Runs shorter than this are not filtered
 */
public record SignalConfig(
    double maxGapSeconds,
    double hampelWindowSeconds,
    double hampelSigmas,
    double cutoffHz,
    int filterOrderPerPass,
    double minVisibility,
    double padSeconds) {

  static final int MAX_FILTER_ORDER = 8;

  public static final SignalConfig DEFAULT = new SignalConfig(0.25, 0.1, 3, 6, 2, 0.5, 0.5);

  public SignalConfig {
    if (!(maxGapSeconds >= 0) || Double.isInfinite(maxGapSeconds)) {
      throw new IllegalArgumentException("maxGapSeconds must be finite and >= 0: " + maxGapSeconds);
    }
    requirePositive(hampelWindowSeconds, "hampelWindowSeconds");
    requirePositive(hampelSigmas, "hampelSigmas");
    requirePositive(cutoffHz, "cutoffHz");
    requirePositive(padSeconds, "padSeconds");
    if (filterOrderPerPass < 1 || filterOrderPerPass > MAX_FILTER_ORDER) {
      throw new IllegalArgumentException(
          "filterOrderPerPass must be in 1.." + MAX_FILTER_ORDER + ": " + filterOrderPerPass);
    }
    if (!(minVisibility >= 0 && minVisibility <= 1)) {
      throw new IllegalArgumentException("minVisibility must be in [0,1]: " + minVisibility);
    }
  }

  /**
   * The settings for a motion {@code factor} times slower than real running (slowed playback): every window that
   * long, the cut-off that much lower, so the cleaning treats the motion as it would at real speed.
   */
  public SignalConfig stretchedBy(double factor) {
    requirePositive(factor, "factor");
    return new SignalConfig(maxGapSeconds * factor, hampelWindowSeconds * factor, hampelSigmas, cutoffHz / factor,
        filterOrderPerPass, minVisibility, padSeconds * factor);
  }

  private static void requirePositive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
    }
  }
}
