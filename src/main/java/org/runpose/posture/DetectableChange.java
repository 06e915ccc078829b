package org.runpose.posture;

import java.util.Locale;

/**
 * The smallest change of a measure between two visits that is more than measurement error: the published smallest
 * detectable difference (SDD) of the measure as therapists take it from 2D video, combined with runpose's own.
 * runpose's own is the SDD formula applied to how much its error varies from clip to clip on the labelled renders of
 * the tuning split ({@code runpose eval}): 1.96 x sqrt(2) x the standard deviation of the per-clip errors. The two are
 * taken as independent and added in quadrature.
 *
 * @param publishedDeg the published SDD, degrees (the upper end of the published range)
 * @param publishedSource where it comes from
 * @param runposeDeg runpose's own detectable change, degrees
 * @param runposeSource what it was measured on
 */
public record DetectableChange(double publishedDeg, String publishedSource, double runposeDeg, String runposeSource) {

  /**
   * Trunk lean, degrees: runpose's own, as no published SDD of sagittal trunk flexion from 2D video is at hand. Its
   * lean changes between labelled clips filmed the same way stay within 1.5° (docs/eval.md).
   */
  public static final double LEAN_DEG = 2;

  /**
   * Foot inclination at contact: SDD 1.3-2.3° (Dingenen 2018); runpose's per-clip error varied with a standard
   * deviation of 3.0° over the 13 tuning renders (its bias, +8° there, cancels in a change).
   */
  public static final DetectableChange FOOT_STRIKE = new DetectableChange(2.3,
      "Dingenen et al. 2018, foot inclination at initial contact", sdd(3.03),
      "SD 3.0° of the per-clip error over 13 labelled tuning renders");

  /** Shank (tibia) inclination at contact: SDD 2.2-4.8° (Dingenen 2018); runpose's per-clip error SD 1.7°. */
  public static final DetectableChange SHANK = new DetectableChange(4.8,
      "Dingenen et al. 2018, tibia inclination at initial contact", sdd(1.71),
      "SD 1.7° of the per-clip error over 13 labelled tuning renders");

  /**
   * Knee flexion at contact: SDD 2.3-3.8° for knee flexion (Dingenen 2018, at midstance); runpose read the rig's knee
   * about 5.6° less bent at contact, with a per-clip SD of 1.5° over the 13 tuning renders.
   */
  public static final DetectableChange KNEE_CONTACT = new DetectableChange(3.8,
      "Dingenen et al. 2018, knee flexion", sdd(1.45), "SD 1.5° of the per-clip error over 13 labelled tuning renders");

  /**
   * Peak knee flexion in stance: the same published SDD; runpose read the rig's peak 10° less bent, with a per-clip SD
   * of 4.9° (the far leg crossing the near one moves the knee point).
   */
  public static final DetectableChange KNEE_PEAK = new DetectableChange(3.8,
      "Dingenen et al. 2018, knee flexion", sdd(4.91), "SD 4.9° of the per-clip error over 13 labelled tuning renders");

  public DetectableChange {
    if (!(publishedDeg >= 0 && runposeDeg >= 0)) {
      throw new IllegalArgumentException("detectable changes are not negative: " + publishedDeg + ", " + runposeDeg);
    }
  }

  /** The SDD of a measurement whose error between clips has this standard deviation. */
  static double sdd(double errorSdDeg) {
    return 1.96 * Math.sqrt(2) * errorSdDeg;
  }

  /** Both combined, to a tenth of a degree. */
  public double deg() {
    return Math.round(10 * Math.hypot(publishedDeg, runposeDeg)) / 10.0;
  }

  /** How it was reached, in one line. */
  public String basis() {
    return String.format(Locale.ROOT, "%.1f° = published SDD %.1f° (%s) combined with runpose's %.1f° (%s)", deg(),
        publishedDeg, publishedSource, runposeDeg, runposeSource);
  }
}
