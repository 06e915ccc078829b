package org.runpose.pose;

import java.util.List;
import java.util.Optional;
import org.runpose.PoseModelException;
import org.runpose.video.VideoFrame;

/**
 * Follows one runner through a video the way MediaPipe does: the detector runs on the first frame and whenever
 * the runner is lost; otherwise the next frame's region comes from this frame's landmarks. With
 * {@link PoseConfig#mirrorLeftFacing} the landmark model sees a runner facing left mirrored, so that it always
 * sees the way round it is accurate on. Frames must be given in order. Owns its networks: close it. Not
 * thread-safe; use one tracker per thread.
 */
public final class PoseTracker implements AutoCloseable {

  private final PoseNetworks networks;
  private final PoseConfig config;
  private final DetectionDecoder detectionDecoder;
  private final LandmarkDecoder landmarkDecoder = new LandmarkDecoder();
  private final ModelTimings timings = new ModelTimings();
  private final FacingDecision facing = new FacingDecision();
  private Roi trackedRoi;
  private Roi lastRunnerRoi;

  PoseTracker(PoseNetworks networks, PoseConfig config) {
    this.networks = networks;
    this.config = config;
    this.detectionDecoder = new DetectionDecoder(config.minDetectionScore());
  }

  public ModelTimings timings() {
    return timings;
  }

  public PoseEstimate estimate(VideoFrame frame) throws PoseModelException {
    boolean detectorRan = false;
    int people = 0;
    Roi roi = trackedRoi;
    if (roi == null) {
      List<Detection> found = detect(frame);
      detectorRan = true;
      people = found.size();
      roi = RunnerSelector.choose(found, lastRunnerRoi).map(Detection::roi).orElse(null);
    }
    LandmarkDecoder.Result result = roi == null ? null : landmarks(frame, roi);
    if (!detectorRan && result.poseScore() < config.minTrackingScore()) {
      // Lost track: look for the runner again in this same frame rather than dropping it.
      List<Detection> found = detect(frame);
      detectorRan = true;
      people = found.size();
      roi = RunnerSelector.choose(found, lastRunnerRoi).map(Detection::roi).orElse(null);
      result = roi == null ? null : landmarks(frame, roi);
    }
    if (config.mirrorLeftFacing()
        && result != null
        && result.poseScore() >= config.minTrackingScore()
        && facing.add(result.facingVote())) {
      // Read the frame that settled the facing again, the new way round: one extra run per decision.
      result = landmarks(frame, roi);
    }
    if (result == null || result.poseScore() < config.minTrackingScore()) {
      trackedRoi = null;
      double score = result == null ? 0 : result.poseScore();
      PoseFrame pose =
          new PoseFrame(frame.index(), frame.timestampMicros(), false, score, detectorRan, people, List.of());
      return new PoseEstimate(pose, Optional.ofNullable(roi), Optional.empty());
    }
    trackedRoi = result.nextRoi();
    lastRunnerRoi = roi;
    PoseFrame pose =
        new PoseFrame(
            frame.index(), frame.timestampMicros(), true, result.poseScore(), detectorRan, people,
            result.keypoints());
    Optional<SegmentationMask> mask =
        config.keepMasks() ? Optional.ofNullable(result.mask()) : Optional.empty();
    return new PoseEstimate(pose, Optional.of(roi), mask);
  }

  private List<Detection> detect(VideoFrame frame) throws PoseModelException {
    int size = SsdAnchors.INPUT_SIZE_PX;
    Letterbox box = Letterbox.fit(frame.widthPx(), frame.heightPx(), size);
    float[] input = InputTensors.letterboxed(frame.image(), box, size);
    long start = System.nanoTime();
    PoseNetworks.DetectorOutput out = networks.detect(input);
    timings.addDetector(System.nanoTime() - start);
    return detectionDecoder.decode(out.boxes(), out.scoreLogits(), box);
  }

  private LandmarkDecoder.Result landmarks(VideoFrame frame, Roi roi) throws PoseModelException {
    boolean mirrored = config.mirrorLeftFacing() && facing.facingLeft();
    float[] input = InputTensors.crop(frame.image(), roi, LandmarkDecoder.INPUT_SIZE_PX, mirrored);
    long start = System.nanoTime();
    PoseNetworks.LandmarkOutput out = networks.landmarks(input);
    timings.addLandmarks(System.nanoTime() - start);
    float[] segmentation = config.keepMasks() ? out.segmentation() : null;
    return landmarkDecoder.decode(out.landmarks(), out.poseScore(), out.heatmap(), segmentation, roi, mirrored);
  }

  @Override
  public void close() {
    networks.close();
  }
}
