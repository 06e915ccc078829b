package org.runpose.pose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.runpose.PoseModelException;
import org.runpose.video.VideoFrame;

/**
 * Follows one runner through a video the way MediaPipe does: the detector runs on the first frame and whenever
 * the runner is lost; otherwise the next frame's region comes from this frame's landmarks. Every
 * {@link #SURVEY_INTERVAL_MICROS} the detector also looks at the whole frame, and everyone it sees is read once and
 * recorded ({@link #sightings}), so the person a clip is about can be chosen afterwards ({@link PersonChoice}) and
 * followed on a second run ({@link PersonTarget}). With
 * {@link PoseConfig#mirrorLeftFacing} the landmark model sees a runner facing left mirrored, so that it always
 * sees the way round it is accurate on. Frames must be given in order. Owns its networks: close it. Not
 * thread-safe; use one tracker per thread.
 */
public final class PoseTracker implements AutoCloseable {

  /**
   * The detector looks at the whole frame this often even while the runner is tracked, to see who else is there:
   * a clip is about the person best filmed for it, which its first frame need not show.
   */
  static final long SURVEY_INTERVAL_MICROS = 500_000;
  /** A detection is the tracked person when its centre lies within this many ROI sizes of the tracked region. */
  private static final double SAME_PERSON_SIZES = 0.5;

  private final PoseNetworks networks;
  private final PoseConfig config;
  private final PersonTarget target;
  private final DetectionDecoder detectionDecoder;
  private final LandmarkDecoder landmarkDecoder = new LandmarkDecoder();
  private final ModelTimings timings = new ModelTimings();
  private final FacingDecision facing = new FacingDecision();
  private final List<Sighting> sightings = new ArrayList<>();
  private Roi trackedRoi;
  private Roi lastRunnerRoi;
  private long lastSurveyMicros = Long.MIN_VALUE / 2;

  /**
   * @param target the person to follow, from an earlier survey of the clip; null to follow the first person found
   */
  PoseTracker(PoseNetworks networks, PoseConfig config, PersonTarget target) {
    this.networks = networks;
    this.config = config;
    this.target = target;
    this.detectionDecoder = new DetectionDecoder(config.minDetectionScore());
  }

  public ModelTimings timings() {
    return timings;
  }

  /** Everyone the surveys saw, with how well each suits the analysis. */
  List<Sighting> sightings() {
    return List.copyOf(sightings);
  }

  public PoseEstimate estimate(VideoFrame frame) throws PoseModelException {
    long t = frame.timestampMicros();
    Roi targetRoi = target == null ? null : target.at(t);
    if (target != null && targetRoi == null) {
      // The person this clip is about is out of view: nobody else is followed in their place.
      trackedRoi = null;
      return notFound(frame, null, null, false, 0);
    }
    boolean detectorRan = false;
    int people = 0;
    Roi roi = trackedRoi;
    boolean surveyed = roi == null || t - lastSurveyMicros >= SURVEY_INTERVAL_MICROS;
    if (surveyed) {
      List<Detection> found = detect(frame);
      detectorRan = true;
      people = found.size();
      lastSurveyMicros = t;
      roi = choose(found, roi, targetRoi);
      surveyOthers(frame, found, roi);
    }
    LandmarkDecoder.Result result = roi == null ? null : landmarks(frame, roi);
    if (result != null && !detectorRan && result.poseScore() < config.minTrackingScore()) {
      // Lost track: look for the runner again in this same frame rather than dropping it.
      List<Detection> found = detect(frame);
      detectorRan = true;
      people = found.size();
      roi = choose(found, null, targetRoi);
      result = roi == null ? null : landmarks(frame, roi);
    }
    if (config.mirrorLeftFacing()
        && result != null
        && result.poseScore() >= config.minTrackingScore()
        && facing.add(result.facingVote())) {
      // Read the frame that settled the facing again, the new way round: one extra run per decision.
      result = landmarks(frame, roi);
    }
    if (surveyed && roi != null) {
      sightings.add(new Sighting(t, roi, true, result == null ? 0
          : Sighting.suitability(result.poseScore(), result.keypoints(), frame.widthPx(), frame.heightPx())));
    }
    if (result == null || result.poseScore() < config.minTrackingScore()) {
      trackedRoi = null;
      return notFound(frame, roi, result, detectorRan, people);
    }
    trackedRoi = result.nextRoi();
    lastRunnerRoi = roi;
    PoseFrame pose =
        new PoseFrame(
            frame.index(), frame.timestampMicros(), true, result.poseScore(), detectorRan, people,
            result.keypoints());
    Optional<SegmentationMask> mask =
        config.keepMasks() ? Optional.ofNullable(result.mask()) : Optional.empty();
    return new PoseEstimate(frame, pose, Optional.of(roi), mask);
  }

  private static PoseEstimate notFound(VideoFrame frame, Roi roi, LandmarkDecoder.Result result,
      boolean detectorRan, int people) {
    double score = result == null ? 0 : result.poseScore();
    PoseFrame pose = new PoseFrame(frame.index(), frame.timestampMicros(), false, score, detectorRan, people,
        List.of());
    return new PoseEstimate(frame, pose, Optional.ofNullable(roi), Optional.empty());
  }

  /**
   * The region to read: the target's detection when following a chosen person (the tracked region while it stays
   * on them), else the tracked region, else the detector's choice.
   */
  private Roi choose(List<Detection> found, Roi tracked, Roi targetRoi) {
    if (targetRoi != null) {
      Roi onTarget = nearest(found, targetRoi, 2 * SAME_PERSON_SIZES);
      if (tracked != null && (onTarget == null ? near(tracked, targetRoi, 2 * SAME_PERSON_SIZES)
          : near(tracked, onTarget, SAME_PERSON_SIZES))) {
        return tracked;
      }
      return onTarget;
    }
    if (tracked != null) {
      return tracked;
    }
    return RunnerSelector.choose(found, lastRunnerRoi).map(Detection::roi).orElse(null);
  }

  private static Roi nearest(List<Detection> found, Roi to, double sizes) {
    return found.stream().map(Detection::roi).filter(r -> near(r, to, sizes))
        .min(java.util.Comparator.comparingDouble(r -> distance(r, to))).orElse(null);
  }

  private static boolean near(Roi a, Roi b, double sizes) {
    return distance(a, b) <= sizes * Math.max(a.sizePx(), b.sizePx());
  }

  private static double distance(Roi a, Roi b) {
    return Math.hypot(a.centerXPx() - b.centerXPx(), a.centerYPx() - b.centerYPx());
  }

  /**
   * Reads once every person the detector found besides the one about to be read, and records how well each suits
   * the analysis; the one read is recorded with its own reading. Only the detection nearest to the one read is that
   * person: a coach beside a treadmill can stand within half a region's size of the runner.
   */
  private void surveyOthers(VideoFrame frame, List<Detection> found, Roi read) throws PoseModelException {
    Roi same = read == null ? null : nearest(found, read, SAME_PERSON_SIZES);
    for (Detection d : found) {
      if (d.roi().equals(same)) {
        continue;
      }
      LandmarkDecoder.Result r = landmarks(frame, d.roi());
      sightings.add(new Sighting(frame.timestampMicros(), d.roi(), false,
          Sighting.suitability(r.poseScore(), r.keypoints(), frame.widthPx(), frame.heightPx())));
    }
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
