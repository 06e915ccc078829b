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
    requireFrames(series, labels.frames().size());
    for (int i = 0; i < labels.frames().size(); i++) {
      if (labels.frames().get(i).index() != i) {
        throw new IllegalArgumentException("frame " + i + " is out of order in the labels");
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
    double first = labels.frames().get(0).timeSeconds();
    double last = labels.frames().get(labels.frames().size() - 1).timeSeconds();
    ClipScore score = new ClipScore(
        labels.cameraSetup(), poses.size(), withPose, (double) withPose / poses.size(), joints,
        DirectionScore.of(labels.direction(), analysis.view().direction()),
        RollScore.of(labels.groundSlopeDeg(), labels.rollSettingDeg(), analysis.view().rollDeg(),
            analysis.view().rollSource()),
        LeanScore.of(labels.leanDeg(), analysis.summary().leanDeg()),
        PhaseLeanScore.of(labels.leanDeg(), analysis.summary().leanContactDeg(),
            analysis.summary().leanMidStanceDeg(), analysis.summary().leanToeOffDeg(),
            analysis.summary().leanStanceMeanDeg()),
        ContactAngleScore.of(labels, analysis.summary()),
        Metrics.leanFlag(config, labels.leanDeg(), analysis.flag(Flag.FORWARD_LEAN).severity()),
        new LumbarScore(labels.lumbarDeg(), analysis.summary().lumbarDepthPct(),
            analysis.flag(Flag.LUMBAR).severity(), labels.body()),
        Metrics.matchContacts(Metrics.labelContacts(labels.frames()), events(analysis, GaitEvent.Kind.CONTACT),
            labels.strideSeconds(), first, last, labels.fps()),
        Metrics.matchContacts(Metrics.labelToeOffs(labels.frames()), events(analysis, GaitEvent.Kind.TOE_OFF),
            labels.strideSeconds(), first, last, labels.fps()),
        CadenceScore.of(labels.cadenceStepsPerMin(), analysis.summary().cadenceStepsPerMin()),
        analysis.insufficientReasons());
    return new Scored(score, pooled);
  }

  /**
   * Every event of a kind found, also those of steps whose timing was rejected: finding them is what is scored
   * here.
   */
  private static List<FootTime> events(PostureAnalysis analysis, GaitEvent.Kind kind) {
    return analysis.events().stream().filter(e -> e.kind() == kind).map(e -> new FootTime(e.side(), e.timeSeconds()))
        .toList();
  }

  /**
   * Checks that the series can be a clip of {@code count} frames: the frames after the last one read are fewer
   * than the series' {@link PoseSeries#frameStep}.
   */
  static void requireFrames(PoseSeries series, int count) {
    requireFrames(series, decoded(series), count);
  }

  private static void requireFrames(PoseSeries series, List<long[]> decoded, int count) {
    int lastRead = decoded.isEmpty() ? -1 : (int) decoded.get(decoded.size() - 1)[0];
    if (count <= lastRead || count > lastRead + series.frameStep()) {
      throw new IllegalArgumentException("the video has " + (lastRead + 1) + " frames, the labels " + count
          + ": they do not belong together");
    }
  }

  /** {index, time stamp} of every frame read or left out as a repeated picture, in order. */
  private static List<long[]> decoded(PoseSeries series) {
    return java.util.stream.Stream.concat(
            series.frames().stream().map(f -> new long[] {f.index(), f.timestampMicros()}),
            series.repeatedFrames().stream().map(f -> new long[] {f.index(), f.timestampMicros()}))
        .sorted(java.util.Comparator.comparingLong(f -> f[0])).toList();
  }

  /**
   * The time of each of a clip's {@code count} frames: a frame left unread ({@code PoseConfig#maxFps}) lies between
   * the frames read either side of it, or one frame interval after the last one.
   */
  static double[] framesTimesSeconds(PoseSeries series, int count) {
    List<long[]> frames = decoded(series);
    requireFrames(series, frames, count);
    double[] times = new double[count];
    for (int k = 0; k < frames.size(); k++) {
      long[] a = frames.get(k);
      long[] b = frames.get(k + 1 < frames.size() ? k + 1 : k - 1 < 0 ? k : k - 1);
      double perFrame = b == a ? 0 : (b[1] - a[1]) / 1e6 / (b[0] - a[0]);
      int end = k + 1 < frames.size() ? (int) b[0] : count;
      for (int i = (int) a[0]; i < end; i++) {
        times[i] = a[1] / 1e6 + (i - a[0]) * perFrame;
      }
    }
    return times;
  }

  /** Pixel distance in every frame where runpose found the runner. */
  private static double[] errorsPx(ClipLabels labels, List<PoseFrame> poses, BodyLandmark landmark) {
    List<Double> errors = new ArrayList<>();
    for (PoseFrame pose : poses) {
      ClipLabels.Point truth = labels.frames().get(pose.index()).keypoints().get(landmark);
      if (truth == null) {
        throw new IllegalArgumentException("frame " + pose.index() + " has no label for " + landmark.id());
      }
      if (pose.found()) {
        Keypoint k = pose.keypoint(landmark);
        errors.add(Math.hypot(k.xPx() - truth.xPx(), k.yPx() - truth.yPx()));
      }
    }
    return errors.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
