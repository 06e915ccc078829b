package org.runpose.posture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.ModelInfo;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.video.VideoInfo;

/**
 * A stick-figure runner on a treadmill with exactly known lean, cadence, contacts, direction and camera roll, as
 * keypoints: the answer key for the analysis, without any model.
 */
final class SyntheticRunner {

  double fps = 30;
  double seconds = 4;
  double cadenceStepsPerMin = 176;
  double dutyFactor = 0.36;
  double leanDeg = 6;
  /** How much more the trunk leans at the end of the clip than at its start, growing evenly: a tiring runner. */
  double leanDriftDeg = 0;
  Direction direction = Direction.RIGHT;
  double rollDeg = 0;
  double noisePx = 0;
  long seed = 1;
  /** How many times slower than real time the clip plays. */
  double slowMotion = 1;
  /** How high the ankle lifts in swing, metres; a camera at the belt's height sees the feet barely lift. */
  double footLiftM = 0.25;
  /** The right foot's lift alone, metres (NaN: as the left); a foot that barely lifts has no clear stance height. */
  double rightFootLiftM = Double.NaN;
  /** Hips highest at mid-stance, as a walker's are (a runner's are lowest). */
  boolean walker = false;
  /** A landmark the model never sees (visibility 0.1), or null. */
  BodyLandmark unseen = null;
  /**
   * Whether the near hip keypoint follows the far thigh and near upper arm as the pose model's does (by the amounts in
   * {@link Body}), turning the near side's hip-to-shoulder line about the shoulder while the trunk stays still.
   */
  boolean limbPull = false;
  /**
   * The shoe sole's inclination to the ground the person masks show, toe up, degrees, from the last part of the swing
   * until a quarter into the stance (flat after that); NaN: the masks show no sole slope.
   */
  double landingSoleDeg = Double.NaN;
  /**
   * How fast the camera's view of the runner turns, degrees a second, from the runner's front (half-way through the
   * clip the view is square to the side): the near shoulder and hip then sit ahead of the far ones by their spread
   * times the sine of the turn, as when a runner crosses the frame in front of a wide lens.
   */
  double turnDegPerSecond = 0;
  /** Image row of the ground under the hip; below 480 the feet are out of the 640x480 picture. */
  double groundYPx = 420;
  /** The lower back's hollow every mask shows, % of the trunk length; null: the masks show no back. */
  Double backDepthPct = null;

  /** Pixels per metre and the ground point under the hip in the image. */
  private static final double SCALE = 180;
  private static final double GROUND_X = 320;
  private static final double THIGH = 0.45;
  private static final double SHANK = 0.45;
  private static final double TRUNK = 0.55;
  /**
   * The pose model's hip and shoulder points sit off the joints along the vertical (its line stands steeper than the
   * trunk), here all on the shoulder: as far as {@link Body#LEAN_GAIN} takes out, a share of the trunk's length.
   */
  private static final double SHOULDER_POINT_RISE = (Body.LEAN_GAIN - 1) * TRUNK;
  private static final double HIP_HEIGHT = 0.88;
  /** Half the spread of the hip joints and of the shoulder joints across the body, metres. */
  private static final double HIP_HALF_SPREAD = 0.09;
  private static final double SHOULDER_HALF_SPREAD = 0.19;
  private static final double STANCE_REACH = 0.3;

  double strideSeconds() {
    return 2 * 60 / cadenceStepsPerMin;
  }

  /** Time of the n-th contact of the right foot (n from 0); the left lands half a stride later. */
  double rightContactSeconds(int n) {
    return n * strideSeconds();
  }

  /**
   * What the person masks would show: the lowest point of each shoe, on the ground under the foot in stance, and the
   * sole's slope in the image ({@link #landingSoleDeg}).
   */
  List<MaskSample> maskSamples() {
    int n = (int) Math.round(seconds * fps);
    List<MaskSample> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double t = i / fps / slowMotion;
      double[][] soles = new double[2][];
      Double[] soleSlopesDeg = new Double[2];
      for (int s = 0; s < 2; s++) {
        double phase = ((t / strideSeconds() + (s == 0 ? 0.5 : 0)) % 1 + 1) % 1;
        double[] ankle = ankle(phase, s);
        soles[s] = toImage(new double[] {ankle[0], ankle[1] - 0.08});
        boolean flat = phase < dutyFactor && phase >= dutyFactor / 4;
        soleSlopesDeg[s] = Double.isNaN(landingSoleDeg) ? null
            : direction.sign() * (flat ? 0 : landingSoleDeg) + rollDeg;
      }
      BackReading noBack = BackReading.hidden(BackReading.Hidden.EDGE_NOT_FOUND);
      // The outline's points only draw the stills: put where no arm comes near them.
      LumbarTrace.PointPx corner = new LumbarTrace.PointPx(1, 1);
      BackReading back = backDepthPct == null ? noBack
          : BackReading.shown(new LumbarTrace(backDepthPct, corner, corner, corner, corner), 1);
      out.add(new MaskSample(i, back, back, soles[0], soles[1], soleSlopesDeg[0], soleSlopesDeg[1], null, null));
    }
    return out;
  }

  PoseSeries series() {
    Random rnd = new Random(seed);
    int n = (int) Math.round(seconds * fps);
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double t = i / fps / slowMotion;
      double bounce = (walker ? -0.03 : 0.03) * Math.cos(4 * Math.PI * t / strideSeconds());
      double[] hip = {0, HIP_HEIGHT + bounce};
      double lean = Math.toRadians(leanDeg + leanDriftDeg * i / n);
      double[] shoulder = {hip[0] + TRUNK * Math.sin(lean), hip[1] + TRUNK * Math.cos(lean)};
      double[] shoulderPoint = {shoulder[0], shoulder[1] + SHOULDER_POINT_RISE};
      double[][] pts = new double[BodyLandmark.COUNT][];
      for (int s = 0; s < 2; s++) {
        double phase = ((t / strideSeconds() + (s == 0 ? 0.5 : 0)) % 1 + 1) % 1; // s 0 left, 1 right
        double[] ankle = ankle(phase, s);
        double[] knee = knee(hip, ankle);
        boolean left = s == 0;
        pts[(left ? BodyLandmark.LEFT_HIP : BodyLandmark.RIGHT_HIP).ordinal()] = hip;
        pts[(left ? BodyLandmark.LEFT_KNEE : BodyLandmark.RIGHT_KNEE).ordinal()] = knee;
        pts[(left ? BodyLandmark.LEFT_ANKLE : BodyLandmark.RIGHT_ANKLE).ordinal()] = ankle;
        pts[(left ? BodyLandmark.LEFT_HEEL : BodyLandmark.RIGHT_HEEL).ordinal()] = new double[] {ankle[0] - 0.06,
            ankle[1] - 0.07};
        pts[(left ? BodyLandmark.LEFT_FOOT_INDEX : BodyLandmark.RIGHT_FOOT_INDEX).ordinal()] =
            new double[] {ankle[0] + 0.15, ankle[1] - 0.07};
        pts[(left ? BodyLandmark.LEFT_SHOULDER : BodyLandmark.RIGHT_SHOULDER).ordinal()] = shoulderPoint;
        double swing = 0.25 * Math.sin(2 * Math.PI * phase);
        double[] elbow = {shoulder[0] - swing, shoulder[1] - 0.28};
        pts[(left ? BodyLandmark.LEFT_ELBOW : BodyLandmark.RIGHT_ELBOW).ordinal()] = elbow;
        pts[(left ? BodyLandmark.LEFT_WRIST : BodyLandmark.RIGHT_WRIST).ordinal()] = new double[] {elbow[0] + 0.2,
            elbow[1] + 0.05};
      }
      if (turnDegPerSecond != 0) {
        double sin = Math.sin(Math.toRadians(turnDegPerSecond * (t - seconds / 2)));
        Side near = direction.nearSide();
        for (Side side : Side.values()) {
          double sign = side == near ? 1 : -1;
          double[] h = pts[side.hip().ordinal()];
          double[] sh = pts[side.shoulder().ordinal()];
          pts[side.hip().ordinal()] = new double[] {h[0] + sign * HIP_HALF_SPREAD * sin, h[1]};
          pts[side.shoulder().ordinal()] = new double[] {sh[0] + sign * SHOULDER_HALF_SPREAD * sin, sh[1]};
        }
      }
      if (limbPull) {
        Side near = direction.nearSide();
        double pull = Math.toRadians(
            Body.LEAN_PER_FAR_THIGH_SINE_DEG * limbSine(pts, near.other().hip(), near.other().knee())
                + Body.LEAN_PER_NEAR_ARM_SINE_DEG * limbSine(pts, near.shoulder(), near.elbow()));
        // The pull turns the model's line, hip point to shoulder point, about the shoulder point.
        double line = Math.atan2(shoulderPoint[0] - hip[0], shoulderPoint[1] - hip[1]);
        double length = Math.hypot(shoulderPoint[0] - hip[0], shoulderPoint[1] - hip[1]);
        pts[near.hip().ordinal()] = new double[] {shoulderPoint[0] - length * Math.sin(line + pull),
            shoulderPoint[1] - length * Math.cos(line + pull)};
      }
      double[] head = {shoulder[0] + 0.05, shoulder[1] + 0.25};
      for (BodyLandmark lm : BodyLandmark.values()) {
        if (pts[lm.ordinal()] == null) {
          boolean nose = lm == BodyLandmark.NOSE || lm.name().contains("MOUTH") || lm.name().contains("EYE");
          pts[lm.ordinal()] = nose ? new double[] {head[0] + 0.08, head[1]} : head;
        }
      }
      List<Keypoint> kps = new ArrayList<>();
      for (BodyLandmark lm : BodyLandmark.values()) {
        double[] p = toImage(pts[lm.ordinal()]);
        kps.add(new Keypoint(lm, p[0] + noisePx * rnd.nextGaussian(), p[1] + noisePx * rnd.nextGaussian(), 0,
            lm == unseen ? 0.1 : 0.99, 0.99));
      }
      frames.add(new PoseFrame(i, Math.round(i / fps * 1e6), true, 0.99, i == 0, i == 0 ? 1 : 0, kps));
    }
    VideoInfo video = new VideoInfo(Path.of("synthetic.mp4"), "mp4", "h264", 640, 480, fps, 0,
        Math.round(seconds * 1e6), n);
    ModelInfo model = new ModelInfo("full", "d.pt", "0", "l.pt", "0", "none", "none");
    // Every frame is given: as read with no frame rate cap.
    return PoseSeries.of("test", video, model, PoseConfig.DEFAULT.withMaxFps(0), frames);
  }

  /** Ankle position relative to the point on the ground below the hip: on the belt in stance, an arc in swing. */
  private double[] ankle(double phase, int s) {
    double lift = s == 1 && !Double.isNaN(rightFootLiftM) ? rightFootLiftM : footLiftM;
    double ankleHeight = 0.08;
    if (phase < dutyFactor) {
      double p = phase / dutyFactor;
      return new double[] {STANCE_REACH * (1 - 2 * p), ankleHeight};
    }
    double p = (phase - dutyFactor) / (1 - dutyFactor);
    return new double[] {-STANCE_REACH * Math.cos(Math.PI * p), ankleHeight + lift * Math.sin(Math.PI * p)};
  }

  /** Sine of the angle of the limb hanging from {@code top} to {@code end}, from the vertical, forward positive. */
  private static double limbSine(double[][] pts, BodyLandmark top, BodyLandmark end) {
    double[] a = pts[top.ordinal()];
    double[] b = pts[end.ordinal()];
    return (b[0] - a[0]) / Math.hypot(b[0] - a[0], b[1] - a[1]);
  }

  /** Knee from two-link inverse kinematics, bending forward. */
  private static double[] knee(double[] hip, double[] ankle) {
    double dx = ankle[0] - hip[0];
    double dy = ankle[1] - hip[1];
    double d = Math.min(Math.hypot(dx, dy), THIGH + SHANK - 1e-6);
    double a = (THIGH * THIGH - SHANK * SHANK + d * d) / (2 * d);
    double h = Math.sqrt(Math.max(0, THIGH * THIGH - a * a));
    double mx = hip[0] + a * dx / d;
    double my = hip[1] + a * dy / d;
    // Of the two solutions, the knee ahead of the hip-ankle line.
    return new double[] {mx - h * dy / d, my + h * dx / d};
  }

  /** Runner coordinates (forward, up) in metres to image pixels under the camera's direction and roll. */
  private double[] toImage(double[] fu) {
    double a = direction.sign() * fu[0] * SCALE;
    double u = fu[1] * SCALE;
    double r = Math.toRadians(rollDeg);
    return new double[] {GROUND_X + a * Math.cos(r) - u * Math.sin(r), groundYPx - a * Math.sin(r) - u * Math.cos(r)};
  }
}
