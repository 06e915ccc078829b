package org.runpose.posture;

import java.util.Locale;
import java.util.Objects;

/**
 * The smallest change of a measure between two recordings that is more than measurement error: the published smallest
 * detectable difference (SDD) of the measure as therapists take it from 2D video, combined with runpose's own.
 * runpose's own is the SDD formula applied to how much its error varies from clip to clip on the labelled renders of
 * the tuning split ({@code runpose eval}): 1.96 x sqrt(2) x the standard deviation of the per-clip errors. The two are
 * taken as independent and added in quadrature; where no published SDD is at hand, runpose's own stands alone.
 *
 * @param published the published SDD (the upper end of the published range), or 0 where none is at hand
 * @param publishedSource where it comes from
 * @param runpose runpose's own detectable change
 * @param runposeSource what it was measured on
 * @param unit the unit of all three, as written after a number ("°", " points")
 */
public record DetectableChange(double published, String publishedSource, double runpose, String runposeSource,
    String unit) {

  /**
   * Trunk lean, degrees: runpose's own, as no published SDD of sagittal trunk flexion from 2D video is at hand. Its
   * lean changes between labelled clips filmed the same way stay within 1.5° (docs/eval.md).
   */
  public static final double LEAN_DEG = 2;

  private static final String TUNING = " of the per-clip error over 13 labelled tuning renders";

  /**
   * Foot inclination at contact: SDD 1.3-2.3° (Dingenen 2018); runpose's per-clip error varied with a standard
   * deviation of 3.0° over the 13 tuning renders (its bias, +8° there, cancels in a change).
   */
  public static final DetectableChange FOOT_STRIKE = degrees(2.3,
      "Dingenen et al. 2018, foot inclination at initial contact", 3.03);

  /** Shank (tibia) inclination at contact: SDD 2.2-4.8° (Dingenen 2018); runpose's per-clip error SD 1.7°. */
  public static final DetectableChange SHANK = degrees(4.8,
      "Dingenen et al. 2018, tibia inclination at initial contact", 1.71);

  /**
   * Knee flexion at contact: SDD 2.3-3.8° for knee flexion (Dingenen 2018, at midstance); runpose read the rig's knee
   * about 5.6° less bent at contact, with a per-clip SD of 1.5° over the 13 tuning renders.
   */
  public static final DetectableChange KNEE_CONTACT = degrees(3.8, "Dingenen et al. 2018, knee flexion", 1.45);

  /**
   * Peak knee flexion in stance: the same published SDD; runpose read the rig's peak 10° less bent, with a per-clip SD
   * of 4.9° (the far leg crossing the near one moves the knee point).
   */
  public static final DetectableChange KNEE_PEAK = degrees(3.8, "Dingenen et al. 2018, knee flexion", 4.91);

  /** Hip extension at toe-off: no published SDD at hand; runpose read it 8° high, per-clip SD 2.0°. */
  public static final DetectableChange HIP_EXTENSION = degrees(0, "none at hand", 1.97);

  /**
   * Overstride, percentage points of leg length: no published SDD at hand; runpose read the heel 8 points further
   * ahead than the rig's, per-clip SD 2.0 points.
   */
  public static final DetectableChange OVERSTRIDE = new DetectableChange(0, "none at hand", sdd(1.99),
      "SD 2.0 points" + TUNING, " points");

  public DetectableChange {
    if (!(published >= 0 && runpose >= 0)) {
      throw new IllegalArgumentException("detectable changes are not negative: " + published + ", " + runpose);
    }
    Objects.requireNonNull(unit, "unit");
  }

  private static DetectableChange degrees(double published, String source, double errorSdDeg) {
    return new DetectableChange(published, source, sdd(errorSdDeg),
        String.format(Locale.ROOT, "SD %.1f°", errorSdDeg) + TUNING, "\u00b0");
  }

  /** The SDD of a measurement whose error between clips has this standard deviation. */
  static double sdd(double errorSd) {
    return 1.96 * Math.sqrt(2) * errorSd;
  }

  /** Both combined, to a tenth. */
  public double value() {
    return Math.round(10 * Math.hypot(published, runpose)) / 10.0;
  }

  /** The combined value with its unit, "8.7°", "5.5 points". */
  public String written() {
    return String.format(Locale.ROOT, "%.1f", value()) + unit;
  }

  /** How it was reached, in one line. */
  public String basis() {
    return published == 0
        ? String.format(Locale.ROOT, "%s = runpose's own (%s; no published SDD at hand)", written(), runposeSource)
        : String.format(Locale.ROOT, "%s = published SDD %.1f%s (%s) combined with runpose's %.1f%s (%s)", written(),
            published, unit, publishedSource, runpose, unit, runposeSource);
  }
}
