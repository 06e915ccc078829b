package org.runpose.eval;

import java.util.List;

/**
 * How runpose did on one labelled clip.
 *
 * @param camera the camera setup from the labels; clips sharing it are compared for lean changes
 * @param frames frames in the clip
 * @param framesWithPose frames where runpose found the runner
 * @param detectionRate {@code framesWithPose / frames}
 * @param joints keypoint error of the limb joints, left and right
 * @param direction running direction
 * @param roll camera roll (ground slope)
 * @param lean median trunk lean
 * @param leanFlag the forward-lean finding
 * @param lumbar lumbar measure and finding
 * @param contacts foot contact timing
 * @param toeOffs toe-off timing
 * @param cadence steps per minute
 * @param insufficientReasons why the analysis gave no findings, if it did not
 */
public record ClipScore(
    String camera,
    int frames,
    int framesWithPose,
    double detectionRate,
    List<JointError> joints,
    DirectionScore direction,
    RollScore roll,
    LeanScore lean,
    PhaseLeanScore phaseLean,
    ContactAngleScore contactAngles,
    FlagScore leanFlag,
    LumbarScore lumbar,
    ContactTiming contacts,
    ContactTiming toeOffs,
    CadenceScore cadence,
    List<String> insufficientReasons) {

  public ClipScore {
    if (camera == null || direction == null || roll == null || lean == null || phaseLean == null
        || contactAngles == null || leanFlag == null
        || lumbar == null
        || contacts == null || toeOffs == null || cadence == null) {
      throw new IllegalArgumentException("every score is required");
    }
    if (frames < 1 || framesWithPose < 0 || framesWithPose > frames) {
      throw new IllegalArgumentException("bad frame counts: " + framesWithPose + " of " + frames);
    }
    joints = List.copyOf(joints);
    insufficientReasons = List.copyOf(insufficientReasons);
  }

  ClipScore withLean(LeanScore newLean) {
    return new ClipScore(camera, frames, framesWithPose, detectionRate, joints, direction, roll, newLean, phaseLean,
        contactAngles, leanFlag, lumbar, contacts, toeOffs, cadence, insufficientReasons);
  }
}
