package org.runpose.posture;

import java.util.Locale;
import java.util.Objects;

/**
 * The smallest change of a measure between two recordings that is more than measurement error: the published smallest
 * detectable difference (SDD) of the measure as therapists take it from 2D video, combined with runpose's own.
 * runpose's own is the SDD formula, 1.96 x sqrt(2) x the standard deviation of its per-clip error, applied to the
 * larger of two spreads on the tuning split of {@code runpose eval}: over the 19 labelled renders, and over the real
 * clips digitised by hand where the measure was. Both spreads are between different runners and cameras, so they
 * overstate what a second visit filmed the same way adds; the larger is taken all the same, as a change called real
 * that was error is the worse mistake. The two parts are taken as independent and added in quadrature; where no
 * published SDD is at hand, runpose's own stands alone.
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

  /**
   * Foot inclination at contact: SDD 1.3-2.3° (Dingenen 2018). runpose's per-clip error (the sole's edge in the
   * person mask): SD 2.1° over the tuning renders, 4.4° over the four real tuning clips with the foot digitised
   * (errors -2.3°, -0.6°, +7.7°, +2.2°).
   */
  public static final DetectableChange FOOT_STRIKE = degrees(2.3,
      "Dingenen et al. 2018, foot inclination at initial contact", 4.39, "4 real tuning clips", 2.07);

  /** Shank (tibia) inclination at contact: SDD 2.2-4.8° (Dingenen 2018); runpose's SD 1.6° renders, 3.9° real. */
  public static final DetectableChange SHANK = degrees(4.8,
      "Dingenen et al. 2018, tibia inclination at initial contact", 3.90, "4 real tuning clips", 1.61);

  /**
   * Knee flexion at contact, of the near leg: SDD 2.3-3.8° for knee flexion (Dingenen 2018, at midstance). runpose
   * read the rendered knees 4.3° less bent (SD 2.4°) but the real ones 9-17° more bent (SD 3.4°): a contact placed
   * a frame late catches the knee already bending.
   */
  public static final DetectableChange KNEE_CONTACT = degrees(3.8, "Dingenen et al. 2018, knee flexion", 3.44,
      "4 real tuning clips", 2.38);

  /** Peak knee flexion in stance, of the near leg: the same published SDD; runpose's SD 1.8° over the renders. */
  public static final DetectableChange KNEE_PEAK = degrees(3.8, "Dingenen et al. 2018, knee flexion", 1.79, null, 0);

  /**
   * Overstride, percentage points of leg length: no published SDD at hand; runpose's SD 2.0 points over the renders,
   * 5.9 over the four real tuning clips with the hip digitised at contact.
   */
  public static final DetectableChange OVERSTRIDE = new DetectableChange(0, "none at hand", sdd(5.85),
      "SD 5.9 points of the per-clip error over 4 real tuning clips; 2.0 over the 19 tuning renders", " points");

  public DetectableChange {
    if (!(published >= 0 && runpose >= 0)) {
      throw new IllegalArgumentException("detectable changes are not negative: " + published + ", " + runpose);
    }
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * @param realSd the per-clip error's SD over the hand-labelled real tuning clips, or the renders' alone when
   *     {@code realClips} is null
   */
  private static DetectableChange degrees(double published, String source, double realSd, String realClips,
      double renderSd) {
    String renders = "19 tuning renders";
    String basis = realClips == null
        ? String.format(Locale.ROOT, "SD %.1f° of the per-clip error over the %s", realSd, renders)
        : String.format(Locale.ROOT, "SD %.1f° of the per-clip error over %s; %.1f° over the %s",
            Math.max(realSd, renderSd), realSd >= renderSd ? realClips : renders, Math.min(realSd, renderSd),
            realSd >= renderSd ? renders : realClips);
    return new DetectableChange(published, source, sdd(Math.max(realSd, renderSd)), basis, "\u00b0");
  }

  /** The SDD of a measurement whose error between clips has this standard deviation. */
  static double sdd(double errorSd) {
    return 1.96 * Math.sqrt(2) * errorSd;
  }

  /** Both combined, to a tenth. */
  public double value() {
    return Math.round(10 * Math.hypot(published, runpose)) / 10.0;
  }

  /**
   * Whether steps reading these values agree well enough for their median to be told apart from another visit's, as
   * {@link StepAgreement} judges a measure over all steps; one step alone shows no agreement, none holds nothing.
   */
  public boolean trustsMedianOf(double[] perStep) {
    return perStep.length == 0 || perStep.length >= 2 && StepAgreement.medianHalfInterval(perStep) <= value();
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
