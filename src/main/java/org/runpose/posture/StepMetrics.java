package org.runpose.posture;

import org.runpose.gait.Side;

/**
 * One step: from a foot's contact to the other foot's next contact. Null where a value could not be measured.
 *
 * @param number step number from 1
 * @param side the foot that lands at the start of the step
 * @param contactSeconds time of contact
 * @param toeOffSeconds time the same foot leaves the ground
 * @param nextContactSeconds time the other foot lands
 * @param stanceMs contact to toe-off
 * @param flightMs toe-off to the other foot's contact (negative when both feet are down: walking)
 * @param leanContactDeg trunk lean at contact
 * @param leanMidStanceDeg trunk lean half-way through stance
 * @param leanToeOffDeg trunk lean at toe-off
 * @param overstride horizontal distance of the heel ahead of the hip midpoint at contact, per leg length
 * @param kneeFlexionContactDeg knee flexion of the landing leg at contact; null for the leg away from the camera, whose
 *     hip the pelvis hides
 * @param kneeFlexionPeakStanceDeg largest knee flexion of the landing leg during stance; null for the far leg
 * @param verticalOscillation rise and fall of the hip midpoint over the step, per leg length
 * @param verticalOscillationCm the same in centimetres, when the runner's height is known
 * @param hipExtensionToeOffDeg angle of the thigh behind the line of the trunk at toe-off; null for the far leg
 * @param footStrikeDeg foot strike angle: the sole's inclination to the ground in the frame the shoe lands (heel to
 *     toe, toe higher positive) minus the same foot's at mid-stance, where it lies flat; this takes out the shoe's own
 *     shape, as the standing trial does in marker studies. The sole is the shoe's bottom edge in the person mask, or
 *     where that does not show, the heel-to-toe keypoint line
 * @param shankContactDeg shank (tibia) inclination from the true vertical at contact, positive with the ankle ahead
 *     of the knee
 * @param leanStanceMeanDeg trunk lean averaged from contact to toe-off: the measure the published groups of
 *     runners' trunk flexion were taken as (Teng & Powers 2015)
 */
public record StepMetrics(
    int number,
    Side side,
    double contactSeconds,
    double toeOffSeconds,
    double nextContactSeconds,
    double stanceMs,
    double flightMs,
    Double leanContactDeg,
    Double leanMidStanceDeg,
    Double leanToeOffDeg,
    Double overstride,
    Double kneeFlexionContactDeg,
    Double kneeFlexionPeakStanceDeg,
    Double verticalOscillation,
    Double verticalOscillationCm,
    Double hipExtensionToeOffDeg,
    Double footStrikeDeg,
    Double shankContactDeg,
    Double leanStanceMeanDeg) {

  /** The step without the measures its clip's steps disagree on ({@link StepAgreement}). */
  StepMetrics without(java.util.Set<StepAgreement.Measure> out) {
    return new StepMetrics(number, side, contactSeconds, toeOffSeconds, nextContactSeconds, stanceMs, flightMs,
        leanContactDeg, leanMidStanceDeg, leanToeOffDeg, out.contains(StepAgreement.Measure.OVERSTRIDE) ? null
        : overstride, out.contains(StepAgreement.Measure.KNEE_CONTACT) ? null : kneeFlexionContactDeg,
        out.contains(StepAgreement.Measure.KNEE_PEAK) ? null : kneeFlexionPeakStanceDeg, verticalOscillation,
        verticalOscillationCm, hipExtensionToeOffDeg,
        out.contains(StepAgreement.Measure.FOOT_STRIKE) ? null : footStrikeDeg,
        out.contains(StepAgreement.Measure.SHANK) ? null : shankContactDeg, leanStanceMeanDeg);
  }

  /** The step with its timing and the hips' rise and fall only: for a recording that cannot carry the angles. */
  StepMetrics withoutAngles() {
    return new StepMetrics(number, side, contactSeconds, toeOffSeconds, nextContactSeconds, stanceMs, flightMs, null,
        null, null, null, null, null, verticalOscillation, verticalOscillationCm, null, null, null, null);
  }
}
