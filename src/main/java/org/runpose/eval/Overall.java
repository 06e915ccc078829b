package org.runpose.eval;

import java.util.List;

/**
 * The scores over every clip that could be scored.
 *
 * @param clips labelled clips found
 * @param failed clips that could not be scored
 * @param detectionRate frames with the runner found over all frames
 * @param joints keypoint error per joint and near/far side, all frames of all clips pooled
 * @param leanMaxAbsErrorDeg largest absolute lean error
 * @param leanMaxAbsRelativeErrorDeg largest absolute error of a lean change against the reference clip
 * @param rollMaxAbsErrorDeg largest absolute ground slope error
 * @param directionsCorrect clips whose running direction was right
 * @param flagsScored clips whose lean finding was scored
 * @param flagsCorrect of those, the ones runpose got right
 * @param lumbarPearsonR correlation of runpose's lumbar depth with the true extension over the clips; null with
 *     fewer than three clips or no variation
 * @param lumbarIncreasing whether runpose's lumbar depth rises with the true extension; null with fewer than two
 *     distinct true values
 * @param contactsScored true contacts scored (away from the clip ends), all clips
 * @param contactsMissed of those, the ones runpose did not find within half a stride
 * @param contactMedianAbsErrorFrames median absolute timing error of the contacts found, all clips pooled
 * @param contactMaxAbsErrorFrames largest absolute timing error of the contacts found
 * @param cadenceMaxAbsErrorStepsPerMin largest absolute cadence error
 * @param targets the accuracy goals and whether they were met
 */
public record Overall(
    int clips,
    int failed,
    Double detectionRate,
    List<JointError> joints,
    Double leanMaxAbsErrorDeg,
    Double leanMaxAbsRelativeErrorDeg,
    Double rollMaxAbsErrorDeg,
    int directionsCorrect,
    int flagsScored,
    int flagsCorrect,
    Double lumbarPearsonR,
    Boolean lumbarIncreasing,
    int contactsScored,
    int contactsMissed,
    Double contactMedianAbsErrorFrames,
    Double contactMaxAbsErrorFrames,
    Double cadenceMaxAbsErrorStepsPerMin,
    List<Target> targets) {

  public Overall {
    if (clips < 1 || failed < 0 || failed > clips || flagsCorrect > flagsScored || contactsMissed > contactsScored) {
      throw new IllegalArgumentException("inconsistent counts");
    }
    joints = List.copyOf(joints);
    targets = List.copyOf(targets);
  }
}
