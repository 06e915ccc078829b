package org.runpose.posture;

import java.util.ArrayList;
import java.util.List;
import org.runpose.gait.Side;
import org.runpose.gait.StepPeriod;
import org.runpose.pose.BodyLandmark;
import org.runpose.signal.KeypointTracks;

/** The runner's cleaned keypoint tracks, with the geometry the analysis asks of them. */
final class Body {

  private final double[] times;
  private final double[][] x = new double[BodyLandmark.COUNT][];
  private final double[][] y = new double[BodyLandmark.COUNT][];

  Body(KeypointTracks tracks) {
    this.times = tracks.timesSeconds();
    for (BodyLandmark lm : BodyLandmark.values()) {
      x[lm.ordinal()] = tracks.x(lm).values();
      y[lm.ordinal()] = tracks.y(lm).values();
    }
  }

  int size() {
    return times.length;
  }

  double[] times() {
    return times;
  }

  /** The cleaned points of sample {@code i}, which is video frame {@code frameIndex}. */
  Skeleton skeleton(int frameIndex, int i) {
    double[] xs = new double[BodyLandmark.COUNT];
    double[] ys = new double[BodyLandmark.COUNT];
    for (int l = 0; l < BodyLandmark.COUNT; l++) {
      xs[l] = x[l][i];
      ys[l] = y[l][i];
    }
    return new Skeleton(frameIndex, xs, ys);
  }

  private double x(BodyLandmark lm, int i) {
    return x[lm.ordinal()][i];
  }

  double y(BodyLandmark lm, int i) {
    return y[lm.ordinal()][i];
  }

  private double midX(BodyLandmark a, BodyLandmark b, int i) {
    return (x(a, i) + x(b, i)) / 2;
  }

  private double midY(BodyLandmark a, BodyLandmark b, int i) {
    return (y(a, i) + y(b, i)) / 2;
  }

  private double hipX(int i) {
    return midX(BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, i);
  }

  private double hipY(int i) {
    return midY(BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP, i);
  }

  /**
   * One frame's signs of facing the image right, from -3 to 3: each toe ahead of its heel, the nose ahead of the
   * ears' midpoint (a point not seen votes 0).
   */
  static double facingVote(double leftToeX, double leftHeelX, double rightToeX, double rightHeelX, double noseX,
      double earsX) {
    return signOrZero(leftToeX - leftHeelX) + signOrZero(rightToeX - rightHeelX) + signOrZero(noseX - earsX);
  }

  private static double signOrZero(double v) {
    return Double.isNaN(v) ? 0 : Math.signum(v);
  }

  /** Where a landmark is across the picture, median over the clip, pixels. */
  double medianX(BodyLandmark lm) {
    return Stats.median(x[lm.ordinal()]);
  }

  /** Shoulder midpoint to hip midpoint at sample i, pixels. */
  double trunkLengthPx(int i) {
    return Math.hypot(midX(BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, i) - hipX(i),
        midY(BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, i) - hipY(i));
  }

  /** Median thigh plus shank length over both legs, pixels. */
  double legLengthPx() {
    double[] lengths = new double[2 * size()];
    for (int i = 0; i < size(); i++) {
      for (Side s : Side.values()) {
        lengths[2 * i + s.ordinal()] =
            Math.hypot(x(s.hip(), i) - x(s.knee(), i), y(s.hip(), i) - y(s.knee(), i))
                + Math.hypot(x(s.knee(), i) - x(s.ankle(), i), y(s.knee(), i) - y(s.ankle(), i));
      }
    }
    return Stats.median(lengths);
  }

  /**
   * How far the model's near-side trunk line follows the limbs while the trunk stays still, degrees of lean per unit
   * sine of the limb's angle from the vertical (forward positive): the near hip keypoint moves with the far thigh's
   * swing, the near shoulder keypoint with the near upper arm's. Least squares on the model's keypoints against the
   * rig's constant trunk pitch over the 13 tuning renders (1,170 frames): the lean's spread within a clip
   * fell from 2.1° to 1.2° (check renders, only scored: 2.2° to 1.3°). On all twelve hand-labelled real clips the
   * spread of runpose's lean minus the hand's fell too (4.5° to 3.6° pooled), so the pull is the model's, not the
   * renders'.
   */
  static final double LEAN_PER_FAR_THIGH_SINE_DEG = 3.74;
  static final double LEAN_PER_NEAR_ARM_SINE_DEG = 2.24;
  /**
   * The rig's trunk lean over the model's line. The model puts the near hip point below the hip joint and the
   * shoulder point above the shoulder joint along the picture's vertical, not along the trunk (on every render, from
   * upright to 25° forward), so its line stands steeper than the trunk by a share of the lean. Least squares through
   * zero on the 19 tuning renders' medians, the model's raw keypoints against the true vertical
   * ({@code tools/lean-pull/fit.py}); it takes the lean's error at 18° from -1.7° to -0.5°, and on the check renders,
   * only scored, at 20° from -1.5° to -0.1°.
   */
  static final double LEAN_GAIN = 1.07;

  /**
   * Trunk lean of every sample: the near side's hip to its shoulder, from the true vertical, forward positive,
   * degrees, less the limbs' pull on those two keypoints (above) and the view's turn ({@link #turnDeg}), so that the
   * lean at contact, mid-stance and toe-off is the trunk's; the clip's median lean stays the line's, times
   * {@link #LEAN_GAIN}. The near side, as markers on the acromion and greater trochanter in sagittal video analysis:
   * the far hip and shoulder are hidden behind the trunk, and the model's guess of them is its least accurate (on the
   * labelled clips the far hip sat 9 px ahead of the truth, the near one 4 px). A sample whose far thigh or near upper
   * arm is not known keeps its line's angle.
   * A sample whose near hip or shoulder lies outside the picture, or nearer its edge than {@link #JOINT_IN_VIEW_TRUNKS},
   * has no lean: the model only guesses them there (a runner leaving the picture read 55° backward; one whose head and
   * shoulders were above it read 10-13° backward, the shoulders put just inside the top edge); so has one whose
   * line is upside down ({@link #MAX_TRUNK_LINE_DEG}).
   */
  double[] trunkLeanDeg(BodyFrame frame, int widthPx, int heightPx) {
    Side near = frame.direction().nearSide();
    Side far = near.other();
    int n = size();
    double[] lean = new double[n];
    double[] pull = new double[n];
    for (int i = 0; i < n; i++) {
      lean[i] = trunkSeen(frame, i, widthPx, heightPx) ? trunkLineDeg(frame, i) : Double.NaN;
      pull[i] = Double.isNaN(lean[i]) ? Double.NaN
          : LEAN_PER_FAR_THIGH_SINE_DEG * limbSine(frame, far.hip(), far.knee(), i)
              + LEAN_PER_NEAR_ARM_SINE_DEG * limbSine(frame, near.shoulder(), near.elbow(), i);
    }
    double[] turn = turnDeg(frame, lean);
    double[] steadied = new double[n];
    for (int i = 0; i < n; i++) {
      steadied[i] = lean[i] - (Double.isFinite(pull[i]) ? pull[i] : 0) - turn[i];
    }
    double keepMedian = Stats.median(lean) - Stats.median(steadied);
    for (int i = 0; i < n; i++) {
      lean[i] = LEAN_GAIN * (steadied[i] + keepMedian);
    }
    return lean;
  }

  /**
   * How far the near shoulder's offset from the near hip along the running direction tilts the near-side line in the
   * picture, degrees, per sample, fitted to the samples that have a lean. The shoulder joints sit further apart than
   * the hip joints, so a camera that sees the runner a little from the front or the back sees the near shoulder ahead
   * of or behind the near hip by half the difference of the two pairs' spreads along the running direction. A runner
   * crossing the frame in front of a wide lens, or followed by a panning camera, turns from one to the other as the
   * clip goes on: on a rendered runner crossing a 26 mm phone's view at 5 m the lean read from 2.5° to 11.3° (medians
   * over fifths of the crossing) for a trunk held at 7°. The spreads of single frames are noisy (the far points are
   * the model's least accurate), so the offset is taken as a straight line over time (Theil-Sen); a runner on a
   * treadmill keeps it level, and the clip's median lean is kept in any case.
   */
  private double[] turnDeg(BodyFrame frame, double[] lean) {
    Side near = frame.direction().nearSide();
    Side far = near.other();
    double[] t = times();
    List<double[]> offsets = new ArrayList<>();
    int step = Math.max(1, size() / MAX_TURN_SAMPLES);
    for (int i = 0; i < size(); i += step) {
      if (Double.isNaN(lean[i])) {
        continue;
      }
      double trunk = Math.hypot(x(near.shoulder(), i) - x(near.hip(), i), y(near.shoulder(), i) - y(near.hip(), i));
      double shoulders = frame.forward(x(near.shoulder(), i), y(near.shoulder(), i))
          - frame.forward(x(far.shoulder(), i), y(far.shoulder(), i));
      double hips = frame.forward(x(near.hip(), i), y(near.hip(), i)) - frame.forward(x(far.hip(), i), y(far.hip(), i));
      double offset = (shoulders - hips) / 2 / trunk;
      if (Double.isFinite(offset)) {
        offsets.add(new double[] {t[i], offset, 0});
      }
    }
    Double perSecond = GroundLine.theilSen(offsets, MIN_TURN_PAIR_SECONDS);
    double[] turn = new double[size()];
    if (perSecond == null) {
      return turn;
    }
    double at0 = Stats.median(offsets.stream().mapToDouble(o -> o[1] - perSecond * o[0]).toArray());
    for (int i = 0; i < size(); i++) {
      turn[i] = Math.toDegrees(Math.atan(at0 + perSecond * t[i]));
    }
    return turn;
  }

  /**
   * Every (samples / this)-th sample is fitted, so fewer than twice this many: the number of pairwise slopes grows
   * with their square.
   */
  private static final int MAX_TURN_SAMPLES = 300;
  /** Pairs of samples closer in time than this give no slope of their own. */
  private static final double MIN_TURN_PAIR_SECONDS = 0.3;

  /** The near side's hip-to-shoulder line at sample i, from the true vertical, forward positive, degrees. */
  double trunkLineDeg(BodyFrame frame, int i) {
    Side near = frame.direction().nearSide();
    return frame.angleFromVerticalDeg(x(near.hip(), i), y(near.hip(), i), x(near.shoulder(), i),
        y(near.shoulder(), i));
  }

  /**
   * Sine of the angle of the limb hanging from {@code top} to {@code end}, from the true vertical, forward positive.
   */
  private double limbSine(BodyFrame frame, BodyLandmark top, BodyLandmark end, int i) {
    return Math.sin(Math.toRadians(-frame.angleFromVerticalDeg(x(end, i), y(end, i), x(top, i), y(top, i))));
  }

  /**
   * Angle of the line from the ankles' midpoint up to the hips' from the true vertical, degrees: near 0 for anyone on
   * their feet (a sprinter leaving the blocks too, whose trunk is near level), near 90 in a picture turned a quarter.
   */
  double legsFromUprightDeg(BodyFrame frame, int i) {
    return frame.angleFromVerticalDeg(midX(BodyLandmark.LEFT_ANKLE, BodyLandmark.RIGHT_ANKLE, i),
        midY(BodyLandmark.LEFT_ANKLE, BodyLandmark.RIGHT_ANKLE, i), hipX(i), hipY(i));
  }

  /** Median distance between a left-right pair along the running direction, per trunk length. */
  double spreadRatio(BodyFrame frame, BodyLandmark left, BodyLandmark right) {
    double[] ratios = new double[size()];
    for (int i = 0; i < size(); i++) {
      double trunk = Math.hypot(
          midX(BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, i) - hipX(i),
          midY(BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER, i) - hipY(i));
      ratios[i] = Math.abs(frame.forward(x(left, i), y(left, i)) - frame.forward(x(right, i), y(right, i))) / trunk;
    }
    return Stats.median(ratios);
  }

  /** How far a point is ahead of the hip midpoint along the running direction, pixels, per sample. */
  double[] aheadOfPelvis(BodyFrame frame, BodyLandmark lm) {
    double[] out = new double[size()];
    for (int i = 0; i < size(); i++) {
      out[i] = aheadOfPelvisAt(frame, lm, i);
    }
    return out;
  }

  double aheadOfPelvisAt(BodyFrame frame, BodyLandmark lm, int i) {
    return frame.forward(x(lm, i), y(lm, i)) - frame.forward(hipX(i), hipY(i));
  }

  /**
   * Height of the foot's lowest point (heel or toe) along the true vertical, pixels, per sample. Where one of them is
   * missing the other stands in: a heel lost in late stance must not hide the toe leaving the ground.
   */
  double[] footHeight(BodyFrame frame, Side side) {
    double[] h = new double[size()];
    for (int i = 0; i < size(); i++) {
      double heel = frame.up(x(side.heel(), i), y(side.heel(), i));
      double toe = frame.up(x(side.toe(), i), y(side.toe(), i));
      h[i] = Double.isNaN(heel) ? toe : Double.isNaN(toe) ? heel : Math.min(heel, toe);
    }
    return h;
  }

  double kneeFlexionDeg(Side side, int i) {
    return Angles.flexionDeg(
        x(side.hip(), i), y(side.hip(), i), x(side.knee(), i), y(side.knee(), i), x(side.ankle(), i),
        y(side.ankle(), i));
  }

  /** Height of the hip midpoint along the true vertical, pixels, per sample. */
  double[] hipHeight(BodyFrame frame) {
    double[] out = new double[size()];
    for (int i = 0; i < size(); i++) {
      out[i] = hipHeightAt(frame, i);
    }
    return out;
  }

  private double hipHeightAt(BodyFrame frame, int i) {
    return frame.up(hipX(i), hipY(i));
  }

  /** How often the gait repeats, from the hips' rise and fall and the feet passing each other. */
  StepPeriod stepPeriod(BodyFrame frame) {
    return StepPeriod.of(times, hipHeight(frame), feetApart(frame));
  }

  /** How far the left ankle is ahead of the right along the running direction, pixels, per sample. */
  double[] feetApart(BodyFrame frame) {
    double[] out = new double[size()];
    for (int i = 0; i < size(); i++) {
      out[i] = frame.forward(x(BodyLandmark.LEFT_ANKLE, i), y(BodyLandmark.LEFT_ANKLE, i))
          - frame.forward(x(BodyLandmark.RIGHT_ANKLE, i), y(BodyLandmark.RIGHT_ANKLE, i));
    }
    return out;
  }

  /**
   * Whether the hips are below their mean over a step at sample {@code at}; null where the hips are missing. A
   * runner's hips are lowest at mid-stance, a walker's highest.
   */
  Boolean hipsLowAt(BodyFrame frame, int from, int to, int at) {
    double sum = 0;
    int n = 0;
    for (int i = from; i <= to; i++) {
      double h = hipHeightAt(frame, i);
      if (Double.isFinite(h)) {
        sum += h;
        n++;
      }
    }
    double h = hipHeightAt(frame, at);
    return n == 0 || !Double.isFinite(h) ? null : h < sum / n;
  }

  /** Range of the hip midpoint's height between two samples, pixels. */
  double hipRiseAndFallPx(BodyFrame frame, int from, int to) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = from; i <= to; i++) {
      double h = hipHeightAt(frame, i);
      if (Double.isFinite(h)) {
        min = Math.min(min, h);
        max = Math.max(max, h);
      }
    }
    return max - min;
  }

  /**
   * How far inside the picture a hip or shoulder must lie for the model to have seen it, in trunk lengths: the joint's
   * own surroundings (the top of the shoulder lies about a tenth of the trunk above the shoulder joint, the iliac crest
   * as far above the hip's), with some room; nearer the edge the joint is cut and its point extrapolated.
   */
  static final double JOINT_IN_VIEW_TRUNKS = 0.15;

  /**
   * A trunk line further from the vertical than this has the shoulder below the hip: no runner's or walker's (a
   * sprinter leaving the blocks leans under 60°; a level trunk is the bound), but the model's points on a picture with
   * a foot alone in it.
   */
  static final double MAX_TRUNK_LINE_DEG = 90;

  /**
   * Whether the trunk at sample i was seen, for its lean and its back: the near side's hip and shoulder lie
   * {@link #JOINT_IN_VIEW_TRUNKS} inside the picture and the shoulder above the hip ({@link #MAX_TRUNK_LINE_DEG}).
   */
  boolean trunkSeen(BodyFrame frame, int i, int widthPx, int heightPx) {
    Side near = frame.direction().nearSide();
    return inside(i, widthPx, heightPx, JOINT_IN_VIEW_TRUNKS * trunkLengthPx(i), near.hip(), near.shoulder())
        && Math.abs(trunkLineDeg(frame, i)) < MAX_TRUNK_LINE_DEG;
  }

  /**
   * Whether the landmarks lie inside a picture of this size at sample i: outside it the model guesses where they
   * are, from the rest of the body.
   */
  boolean inPicture(int i, int widthPx, int heightPx, BodyLandmark... landmarks) {
    return inside(i, widthPx, heightPx, 0, landmarks);
  }

  /** Whether the landmarks lie at least {@code marginPx} inside a picture of this size at sample i. */
  private boolean inside(int i, int widthPx, int heightPx, double marginPx, BodyLandmark... landmarks) {
    for (BodyLandmark lm : landmarks) {
      double px = x(lm, i);
      double py = y(lm, i);
      if (!(px >= marginPx && py >= marginPx && px <= widthPx - marginPx && py <= heightPx - marginPx)) {
        return false;
      }
    }
    return true;
  }

  /** {@link BodyFrame#footInclinationDeg} of the side's heel and toe. */
  double footInclinationDeg(BodyFrame frame, Side side, int i) {
    return frame.footInclinationDeg(x(side.heel(), i), y(side.heel(), i), x(side.toe(), i), y(side.toe(), i));
  }

  /** {@link BodyFrame#shankInclinationDeg} of the side's knee and ankle. */
  double shankInclinationDeg(BodyFrame frame, Side side, int i) {
    return frame.shankInclinationDeg(x(side.knee(), i), y(side.knee(), i), x(side.ankle(), i), y(side.ankle(), i));
  }

  /** How far the thigh is behind the line of the trunk, degrees: thigh angle behind vertical minus trunk lean. */
  double hipExtensionDeg(BodyFrame frame, Side side, int i, double leanDeg) {
    double thighBehind = frame.angleFromVerticalDeg(x(side.knee(), i), y(side.knee(), i), x(side.hip(), i),
        y(side.hip(), i));
    return thighBehind - leanDeg;
  }
}
