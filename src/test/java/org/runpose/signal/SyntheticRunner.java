package org.runpose.signal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.ModelInfo;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.video.VideoInfo;

/**
 * A runner filmed from the side, as a pose model would report them: each foot goes round an ellipse, the two half a
 * stride apart, so the legs cross twice a stride (ankles 80 px apart vertically as they pass); the arms swing against
 * the legs. The runner moves across the image at a constant speed. Coordinates get seeded Gaussian noise; the
 * methods then spoil the output the way models do.
 */
final class SyntheticRunner {

  private static final double VISIBILITY = 0.9;

  private final double fps;
  private final double speedPxPerSecond;
  private final long[] timestampsMicros;
  private final double[][][] xy;
  private final double[][] visibility;
  private final boolean[] found;

  SyntheticRunner(double fps, double seconds, double speedPxPerSecond, double noisePx, long seed) {
    this.fps = fps;
    this.speedPxPerSecond = speedPxPerSecond;
    int n = (int) Math.round(seconds * fps);
    Random random = new Random(seed);
    timestampsMicros = new long[n];
    xy = new double[n][BodyLandmark.COUNT][];
    visibility = new double[n][BodyLandmark.COUNT];
    found = new boolean[n];
    for (int i = 0; i < n; i++) {
      timestampsMicros[i] = Math.round(i * 1e6 / fps);
      found[i] = true;
      for (BodyLandmark l : BodyLandmark.values()) {
        double[] p = truth(l, i);
        xy[i][l.ordinal()] =
            new double[] {p[0] + noisePx * random.nextGaussian(), p[1] + noisePx * random.nextGaussian()};
        visibility[i][l.ordinal()] = VISIBILITY;
      }
    }
  }

  /** The noise-free position of a landmark at a frame. */
  double[] truth(BodyLandmark landmark, int frame) {
    double t = frame / fps;
    double cx = 300 + speedPxPerSecond * t;
    String name = landmark.name();
    boolean left = name.startsWith("LEFT_");
    double side = left ? 1 : -1;
    double leg = 2 * Math.PI * Signals.STRIDE_HZ * t + (left ? 0 : Math.PI);
    double arm = leg + Math.PI;
    double[] shoulder = {cx + 10 + 3 * side, 250};
    double[] hip = {cx + 3 * side, 400};
    double[] ankle = {cx + 120 * Math.cos(leg), 570 - 40 * Math.sin(leg)};
    double[] elbow = {shoulder[0] + 45 * Math.cos(arm), shoulder[1] + 70};
    double[] wrist = {elbow[0] + 35 + 25 * Math.cos(arm), elbow[1] + 45 - 20 * Math.sin(arm)};
    String part = name.replaceFirst("^(LEFT|RIGHT)_", "");
    return switch (part) {
      case "SHOULDER" -> shoulder;
      case "HIP" -> hip;
      case "KNEE" -> new double[] {(hip[0] + ankle[0]) / 2 + 25, (hip[1] + ankle[1]) / 2};
      case "ANKLE" -> ankle;
      case "HEEL" -> new double[] {ankle[0] - 15, ankle[1] + 10};
      case "FOOT_INDEX" -> new double[] {ankle[0] + 30, ankle[1] + 12};
      case "ELBOW" -> elbow;
      case "WRIST" -> wrist;
      case "PINKY" -> new double[] {wrist[0] + 8, wrist[1] + 6};
      case "INDEX" -> new double[] {wrist[0] + 10, wrist[1] + 2};
      case "THUMB" -> new double[] {wrist[0] + 5, wrist[1] - 3};
      default -> new double[] {cx + 25 + 2 * side + landmark.ordinal() % 3, 150 + landmark.ordinal()};
    };
  }

  /** The model exchanged the chain's left and right labels on frames {@code [from, to)}. */
  SyntheticRunner exchange(LimbChain chain, int from, int to) {
    for (int i = from; i < to; i++) {
      for (int j = 0; j < chain.left().size(); j++) {
        int l = chain.left().get(j).ordinal();
        int r = chain.right().get(j).ordinal();
        double[] p = xy[i][l];
        xy[i][l] = xy[i][r];
        xy[i][r] = p;
        double v = visibility[i][l];
        visibility[i][l] = visibility[i][r];
        visibility[i][r] = v;
      }
    }
    return this;
  }

  /**
   * On one frame the model put the left foot (ankle, heel and toe) on the right one, as it does when the far foot
   * swings past the planted near one.
   */
  SyntheticRunner leftFootOnTheRight(int frame) {
    for (String part : new String[] {"ANKLE", "HEEL", "FOOT_INDEX"}) {
      double[] right = xy[frame][BodyLandmark.valueOf("RIGHT_" + part).ordinal()];
      xy[frame][BodyLandmark.valueOf("LEFT_" + part).ordinal()] = right.clone();
    }
    return this;
  }

  /** The runner was not found on frames {@code [from, to)}. */
  SyntheticRunner lose(int from, int to) {
    for (int i = from; i < to; i++) {
      found[i] = false;
    }
    return this;
  }

  SyntheticRunner visibility(BodyLandmark landmark, int from, int to, double value) {
    for (int i = from; i < to; i++) {
      visibility[i][landmark.ordinal()] = value;
    }
    return this;
  }

  /** The model misplaced a point on one frame. */
  SyntheticRunner displace(BodyLandmark landmark, int frame, double dxPx, double dyPx) {
    double[] p = xy[frame][landmark.ordinal()];
    xy[frame][landmark.ordinal()] = new double[] {p[0] + dxPx, p[1] + dyPx};
    return this;
  }

  PoseSeries series() {
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < found.length; i++) {
      List<Keypoint> keypoints = new ArrayList<>();
      for (BodyLandmark l : BodyLandmark.values()) {
        if (found[i]) {
          double[] p = xy[i][l.ordinal()];
          keypoints.add(new Keypoint(l, p[0], p[1], 0, visibility[i][l.ordinal()], 0.99));
        }
      }
      frames.add(new PoseFrame(i, timestampsMicros[i], found[i], found[i] ? 0.95 : 0, i == 0, 1, keypoints));
    }
    long duration = found.length == 0 ? 0 : timestampsMicros[found.length - 1];
    VideoInfo video = new VideoInfo(Path.of("run.mp4"), "mp4", "h264", 1920, 1080, fps, 0, duration, found.length);
    ModelInfo model = new ModelInfo("full", "pose_detection.pt", "ab", "pose_landmark_full.pt", "cd", "PyTorch", "0");
    return PoseSeries.of("test", video, model, PoseConfig.DEFAULT, frames);
  }

  KeypointTracks tracks() {
    return KeypointTracks.from(series());
  }
}
