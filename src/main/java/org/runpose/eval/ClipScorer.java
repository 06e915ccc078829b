package org.runpose.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.Flag;
import org.runpose.posture.PostureAnalysis;

/** Scores one clip's keypoints and analysis against its labels. */
final class ClipScorer {

  /** The limb joints scored, as in BlazePose names without the side. */
  static final List<String> JOINTS =
      List.of("shoulder", "elbow", "wrist", "hip", "knee", "ankle", "heel", "foot_index");

  /**
   * A clip's scores with the raw keypoint errors, which the overall scores pool.
   *
   * @param score the clip's scores
   * @param jointErrorsPx per joint and side ({@code "knee near"}), the error in every frame measured
   */
  record Scored(ClipScore score, Map<String, double[]> jointErrorsPx) {}

  private ClipScorer() {}

  static Scored score(ClipLabels labels, PoseSeries series, PostureAnalysis analysis, AnalysisConfig config) {
    List<PoseFrame> poses = series.frames();
    if (poses.size() != labels.frames().size()) {
      throw new IllegalArgumentException("the video has " + poses.size() + " frames, the labels "
          + labels.frames().size() + ": they do not belong together");
    }
    for (int i = 0; i < poses.size(); i++) {
      if (poses.get(i).index() != i || labels.frames().get(i).index() != i) {
        throw new IllegalArgumentException("frame " + i + " is out of order in the video or the labels");
      }
    }
    List<JointError> joints = new ArrayList<>();
    Map<String, double[]> pooled = new LinkedHashMap<>();
    for (String joint : JOINTS) {
      for (Side side : Side.values()) {
        BodyLandmark landmark = BodyLandmark.fromId(side.id() + "_" + joint);
        double[] errors = errorsPx(labels, poses, landmark);
        String nearOrFar = labels.frames().get(0).keypoints().get(landmark).near() ? "near" : "far";
        joints.add(JointError.of(landmark.id(), nearOrFar, errors));
        pooled.put(joint + " " + nearOrFar, errors);
      }
    }
    int withPose = series.summary().framesWithPose();
    // Every contact found, also those of steps whose timing was rejected: finding them is what is scored here.
    List<FootTime> ours = analysis.events().stream().filter(e -> e.kind() == GaitEvent.Kind.CONTACT)
        .map(e -> new FootTime(e.side(), e.timeSeconds())).toList();
    ClipScore score = new ClipScore(
        labels.cameraSetup(), poses.size(), withPose, (double) withPose / poses.size(), joints,
        DirectionScore.of(labels.direction(), analysis.view().direction()),
        RollScore.of(labels.groundSlopeDeg(), labels.rollSettingDeg(), analysis.view().rollDeg(),
            analysis.view().rollSource()),
        LeanScore.of(labels.leanDeg(), analysis.summary().leanDeg()),
        Metrics.leanFlag(config, labels.leanDeg(), analysis.flag(Flag.FORWARD_LEAN).severity()),
        new LumbarScore(labels.lumbarDeg(), analysis.summary().lumbarDepthPct(),
            analysis.flag(Flag.LUMBAR).severity()),
        Metrics.matchContacts(Metrics.labelContacts(labels.frames()), ours, labels.strideSeconds(),
            labels.frames().get(0).timeSeconds(), labels.frames().get(labels.frames().size() - 1).timeSeconds(),
            labels.fps()),
        CadenceScore.of(labels.cadenceStepsPerMin(), analysis.summary().cadenceStepsPerMin()),
        analysis.insufficientReasons());
    return new Scored(score, pooled);
  }

  /** Pixel distance in every frame where runpose found the runner. */
  private static double[] errorsPx(ClipLabels labels, List<PoseFrame> poses, BodyLandmark landmark) {
    List<Double> errors = new ArrayList<>();
    for (int i = 0; i < poses.size(); i++) {
      PoseFrame pose = poses.get(i);
      ClipLabels.Point truth = labels.frames().get(i).keypoints().get(landmark);
      if (truth == null) {
        throw new IllegalArgumentException("frame " + i + " has no label for " + landmark.id());
      }
      if (pose.found()) {
        Keypoint k = pose.keypoint(landmark);
        errors.add(Math.hypot(k.xPx() - truth.xPx(), k.yPx() - truth.yPx()));
      }
    }
    return errors.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
