package org.runpose.posture;

/**
 * Medians over the clip; null where nothing could be measured.
 *
 * @param framesAnalysed frames of the video read (every second one of a 60 fps video, unless every frame is read)
 * @param framesWithPose frames where the runner was found and measured
 * @param framesLeftOut frames where the runner was found but left out of the measures: another pass of a person who
 *     turned round (measured on its own, {@link PostureAnalysis#otherPasses()}), a stretch walked backwards (the notes
 *     say which)
 * @param steps steps detected
 * @param cadenceStepsPerMin steps per minute
 * @param leanDeg median trunk lean over all frames with a pose
 * @param leanContactDeg median lean at contact
 * @param leanMidStanceDeg median lean at mid-stance
 * @param leanToeOffDeg median lean at toe-off
 * @param lumbarDepthPct median lumbar hollow depth over the frames that show the back
 * @param lumbarFrames frames that showed the back
 * @param hipExtensionToeOffDeg median hip extension at toe-off, of the near leg; kept for study, not shown: real
 *     runners read 10-74° low
 * @param stanceMs median stance time
 * @param flightMs median flight time of a runner
 * @param doubleSupportMs median time a walker has both feet on the ground after each landing
 * @param overstride median overstride per leg length
 * @param kneeFlexionContactDeg median knee flexion at contact, of the near leg
 * @param kneeFlexionPeakStanceDeg median peak knee flexion in stance, of the near leg
 * @param verticalOscillation median vertical oscillation per leg length
 * @param verticalOscillationCm the same in centimetres, when the height is known
 * @param legLengthPx median hip-to-ankle length (thigh plus shank), pixels
 * @param footStrikeDeg median foot strike angle ({@link StepMetrics#footStrikeDeg})
 * @param shankContactDeg median shank inclination at contact
 * @param leanStanceMeanDeg median of the steps' trunk lean averaged over stance
 */
public record PostureSummary(
    int framesAnalysed,
    int framesWithPose,
    int framesLeftOut,
    int steps,
    Double cadenceStepsPerMin,
    Double leanDeg,
    Double leanContactDeg,
    Double leanMidStanceDeg,
    Double leanToeOffDeg,
    Double lumbarDepthPct,
    int lumbarFrames,
    Double hipExtensionToeOffDeg,
    Double stanceMs,
    Double flightMs,
    Double doubleSupportMs,
    Double overstride,
    Double kneeFlexionContactDeg,
    Double kneeFlexionPeakStanceDeg,
    Double verticalOscillation,
    Double verticalOscillationCm,
    Double legLengthPx,
    Double footStrikeDeg,
    Double shankContactDeg,
    Double leanStanceMeanDeg) {

  /** Frames where the runner was found, measured or left out. */
  public int framesFound() {
    return framesWithPose + framesLeftOut;
  }
}
