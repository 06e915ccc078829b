package org.runpose.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.runpose.Severity;

/**
 * How runpose did on one hand-annotated real recording.
 *
 * @param source where the clip comes from
 * @param frames frames in the clip
 * @param framesWithPose frames where runpose found the person
 * @param direction running direction against the label
 * @param gaitTrue the labelled gait ({@code running} or {@code walking})
 * @param gaitMeasured runpose's ({@code running}, {@code walking} or {@code unclear})
 * @param slowMotionTrue whether the clip is labelled as slowed playback
 * @param timeBase runpose's judgement of the clip's time ({@code real}, {@code looks-slowed}, ...)
 * @param toleranceFrames the timing target: 2 frames at up to 30 fps, 3 at 60
 * @param contacts every labelled contact with runpose's timing error, frames
 * @param toeOffs every labelled toe-off with runpose's timing error, frames
 * @param cadence steps per minute of the clip's own time: from the labelled contacts, and from runpose's events
 * @param stepsFound candidate steps runpose found
 * @param stepsAccepted of them, the steps whose timing fits the gait
 * @param lean median near-side trunk lean over the labelled frames, against the hand-digitised one
 * @param leanLandmarks the same against the second pass's trochanter-acromion line, over its frames; null without
 * @param leanStanceMeanDeg runpose's trunk lean averaged over each stance, median over the steps, or null
 * @param groundSlope runpose's ground slope against the labelled scene vertical
 * @param lumbarDepthPct runpose's median lumbar hollow, or null when not assessed
 * @param lumbarFlag runpose's lumbar finding
 * @param lumbarNote why the lumbar finding was not assessed, or null
 * @param insufficientReasons why runpose gave no findings, if it did not
 * @param gaitProblems the gait checks that failed
 */
public record RealScore(
    String source,
    int frames,
    int framesWithPose,
    DirectionScore direction,
    String gaitTrue,
    String gaitMeasured,
    boolean slowMotionTrue,
    String timeBase,
    double toleranceFrames,
    ContactTiming contacts,
    ContactTiming toeOffs,
    CadenceScore cadence,
    int stepsFound,
    int stepsAccepted,
    LeanScore lean,
    LeanScore leanLandmarks,
    Double leanStanceMeanDeg,
    GroundScore groundSlope,
    ContactAngleScore contactAngles,
    Double lumbarDepthPct,
    Severity lumbarFlag,
    String lumbarNote,
    List<String> insufficientReasons,
    List<String> gaitProblems) {

  public RealScore {
    insufficientReasons = List.copyOf(insufficientReasons);
    gaitProblems = List.copyOf(gaitProblems);
  }

  /** Whether runpose's gait pattern is the labelled one. */
  @JsonProperty
  public boolean gaitCorrect() {
    return gaitTrue.equals(gaitMeasured);
  }

  /** Whether runpose said "looks slowed" exactly when the clip is slowed. */
  @JsonProperty
  public boolean slowMotionCorrect() {
    return slowMotionTrue == timeBase.equals("looks-slowed");
  }

  /**
   * The ground slope runpose used against the one the scene's vertical gives.
   *
   * @param trueDeg slope of the true horizontal, positive rising to the image right: perpendicular to the
   *     labelled vertical (the median over the labelled frames when the camera moves)
   * @param measuredDeg runpose's
   * @param source how runpose got it
   * @param errorDeg measured minus true
   */
  public record GroundScore(double trueDeg, double measuredDeg, String source, double errorDeg) {
    static GroundScore of(double trueDeg, double measuredDeg, String source) {
      return new GroundScore(trueDeg, measuredDeg, source, measuredDeg - trueDeg);
    }
  }
}
