package org.runpose.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.ModelInfo;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.posture.VideoPose;
import org.runpose.video.VideoInfo;

/** A pose model that is never wrong: the labelled keypoints as runpose's, for testing the harness without video. */
final class LabelPoses {

  static final ModelInfo MODEL = new ModelInfo("labels", "none", "0", "none", "0", "none", "none");

  /** Keypoints the labels do not carry, and the labelled one standing in for each. */
  private static final Map<BodyLandmark, BodyLandmark> STAND_INS = Map.ofEntries(
      Map.entry(BodyLandmark.LEFT_EYE_INNER, BodyLandmark.LEFT_EYE),
      Map.entry(BodyLandmark.LEFT_EYE_OUTER, BodyLandmark.LEFT_EYE),
      Map.entry(BodyLandmark.RIGHT_EYE_INNER, BodyLandmark.RIGHT_EYE),
      Map.entry(BodyLandmark.RIGHT_EYE_OUTER, BodyLandmark.RIGHT_EYE),
      Map.entry(BodyLandmark.MOUTH_LEFT, BodyLandmark.NOSE),
      Map.entry(BodyLandmark.MOUTH_RIGHT, BodyLandmark.NOSE),
      Map.entry(BodyLandmark.LEFT_PINKY, BodyLandmark.LEFT_WRIST),
      Map.entry(BodyLandmark.LEFT_INDEX, BodyLandmark.LEFT_WRIST),
      Map.entry(BodyLandmark.LEFT_THUMB, BodyLandmark.LEFT_WRIST),
      Map.entry(BodyLandmark.RIGHT_PINKY, BodyLandmark.RIGHT_WRIST),
      Map.entry(BodyLandmark.RIGHT_INDEX, BodyLandmark.RIGHT_WRIST),
      Map.entry(BodyLandmark.RIGHT_THUMB, BodyLandmark.RIGHT_WRIST));

  private LabelPoses() {}

  /** The labels as a keypoint series without masks (so no lumbar measure and no roll estimate). */
  static VideoPose of(ClipLabels labels) {
    List<PoseFrame> frames = new ArrayList<>();
    for (ClipLabels.Frame f : labels.frames()) {
      List<Keypoint> keypoints = new ArrayList<>();
      for (BodyLandmark lm : BodyLandmark.values()) {
        ClipLabels.Point p = f.keypoints().get(STAND_INS.getOrDefault(lm, lm));
        keypoints.add(new Keypoint(lm, p.xPx(), p.yPx(), 0, 0.99, 0.99));
      }
      frames.add(new PoseFrame(f.index(), Math.round(f.timeSeconds() * 1e6), true, 0.99, false, 0, keypoints));
    }
    VideoInfo video = new VideoInfo(Path.of(labels.name() + ".mp4"), "mp4", "h264", 640, 480, labels.fps(), 0,
        0, frames.size());
    return new VideoPose(PoseSeries.of("test", video, MODEL, PoseConfig.DEFAULT, frames), List.of(), List.of());
  }
}
