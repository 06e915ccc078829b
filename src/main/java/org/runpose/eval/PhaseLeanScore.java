package org.runpose.eval;

/**
 * The trunk lean at the instants of the step a therapist reads it at, against the truth. The rendered runner holds
 * one trunk lean through the whole stride, so a lean that swings with the step is the measurement's (the hip
 * keypoint moving with the thigh), not the runner's.
 *
 * @param contactErrorDeg median over the steps of the lean at initial contact, minus the truth; null when not measured
 * @param midStanceErrorDeg the same at mid-stance
 * @param toeOffErrorDeg the same at toe-off
 * @param stanceMeanErrorDeg the same for the lean averaged over each stance (the measure of Teng & Powers' groups)
 */
public record PhaseLeanScore(Double contactErrorDeg, Double midStanceErrorDeg, Double toeOffErrorDeg,
    Double stanceMeanErrorDeg) {

  static PhaseLeanScore of(double trueDeg, Double contactDeg, Double midStanceDeg, Double toeOffDeg,
      Double stanceMeanDeg) {
    return new PhaseLeanScore(minus(contactDeg, trueDeg), minus(midStanceDeg, trueDeg), minus(toeOffDeg, trueDeg),
        minus(stanceMeanDeg, trueDeg));
  }

  /** The largest error of the three instants; null when any was not measured. */
  Double worstDeg() {
    if (contactErrorDeg == null || midStanceErrorDeg == null || toeOffErrorDeg == null) {
      return null;
    }
    double[] e = {contactErrorDeg, midStanceErrorDeg, toeOffErrorDeg};
    double worst = e[0];
    for (double v : e) {
      worst = Math.abs(v) > Math.abs(worst) ? v : worst;
    }
    return worst;
  }

  private static Double minus(Double measured, double truth) {
    return measured == null ? null : measured - truth;
  }
}
