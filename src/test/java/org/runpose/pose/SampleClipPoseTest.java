package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.TestClips;
import org.runpose.video.VideoFrame;

/** The real model on the shipped sample clip, against the joints the renderer wrote. */
class SampleClipPoseTest {

  static final Path CLIP = Path.of("sample-videos/run_side_lean05.mp4");
  static final Path LABELS = Path.of("sample-videos/run_side_lean05.labels.json");
  private static final List<String> BODY =
      List.of("shoulder", "hip", "knee", "ankle");

  private static BlazePoseModel model;
  private static PoseSeries series;
  private static JsonNode labels;

  @BeforeAll
  static void run() throws Exception {
    model = BlazePoseModel.load(Path.of(System.getProperty("runpose.models", "models")), ModelVariant.FULL);
    series = extract(CLIP, PoseConfig.DEFAULT);
    labels = new ObjectMapper().readTree(LABELS.toFile());
  }

  @AfterAll
  static void close() {
    model.close();
  }

  static PoseSeries extract(Path clip, PoseConfig config) throws Exception {
    return KeypointExtractor.run(() -> FfmpegFrameSource.open(clip), model, config, e -> { }, () -> { });
  }

  @Test
  void runnerIsFoundInEveryFrameAndTheDetectorRunsRarely() {
    PoseSeries.Summary s = series.summary();
    assertThat(s.framesDecoded()).isEqualTo(labels.get("frames").size());
    assertThat(s.framesWithPose()).isEqualTo(s.framesDecoded());
    assertThat(s.detectorRuns()).isLessThanOrEqualTo(s.framesDecoded() / 10);
  }

  @Test
  void aSixtyFramesASecondClipIsReadAtThirtyUnlessEveryFrameIsAskedFor() throws Exception {
    int[] read = {0};
    int[] passedOver = {0};
    PoseSeries thinned = KeypointExtractor.run(() -> FfmpegFrameSource.open(Path.of("sample-videos/run_60fps.mp4")),
        model, PoseConfig.DEFAULT, e -> read[0]++, () -> passedOver[0]++);
    assertThat(thinned.frames()).hasSize(90).allMatch(f -> f.index() % 2 == 0 && f.found());
    // The frames passed over are counted too, for progress: all but the last, which no frame read follows.
    assertThat(read[0]).isEqualTo(90);
    assertThat(passedOver[0]).isEqualTo(89);
    assertThat(thinned.summary().notes()).contains("Every second frame of this 60 fps video was read (30 a second),"
        + " at a fraction of the cost; --every-frame (the web app's Read every frame) reads them all.");
    assertThat(thinned.summary().notes()).noneMatch(n -> n.contains("could be decoded"));
    assertThat(extract(Path.of("sample-videos/run_60fps.mp4"), PoseConfig.DEFAULT.withMaxFps(0)).frames())
        .hasSize(180);
  }

  @Test
  void nearSideJointsLandWithinTenPixelsOfTheRenderedOnes() {
    for (String joint : BODY) {
      double median = medianError("right_" + joint);
      assertThat(median).as("median error of right_%s in px", joint).isLessThanOrEqualTo(10);
    }
  }

  @Test
  void framesDecodedSmallerGiveKeypointsInTheVideosPixels() throws Exception {
    // The 640x480 sample decoded at 480x360, as a 4K clip is for the pose pass: the joints land where the full-size
    // reading puts them, in the video's pixels, not three quarters of the way there.
    PoseSeries smaller = KeypointExtractor.run(() -> FfmpegFrameSource.open(CLIP, 360), model, PoseConfig.DEFAULT,
        e -> assertThat(e.video().scale()).isEqualTo(0.75), () -> { });
    assertThat(smaller.video().widthPx()).isEqualTo(640);
    for (String joint : BODY) {
      assertThat(medianError(smaller, "right_" + joint)).as("median error of right_%s in px", joint)
          .isLessThanOrEqualTo(12);
    }
  }

  @Test
  void farSideJointsLandNearTheirRenderedPositions() {
    // The far limbs are hidden behind the body in part of the stride; allow more there.
    for (String joint : BODY) {
      assertThat(medianError("left_" + joint)).as("median error of left_%s in px", joint).isLessThanOrEqualTo(15);
    }
  }

  @Test
  void rotatedPhoneClipIsAnalysedUpright(@TempDir Path dir) throws Exception {
    // Store the sample's frames turned a quarter clockwise, with metadata telling players to turn them back.
    List<BufferedImage> sideways = new ArrayList<>();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(CLIP)) {
      for (Optional<VideoFrame> f = source.next(); f.isPresent() && sideways.size() < 30; f = source.next()) {
        sideways.add(turnClockwise(f.get().image()));
      }
    }
    Path phone = dir.resolve("phone.mp4");
    TestClips.write(phone, sideways.size(), 30, 90, sideways::get);
    PoseSeries rotated = extract(phone, PoseConfig.DEFAULT);
    assertThat(rotated.video().rotationDeg()).isEqualTo(270);
    assertThat(rotated.video().widthPx()).isEqualTo(640);
    assertThat(rotated.frames()).allMatch(PoseFrame::found);
    for (int i = 0; i < rotated.frames().size(); i++) {
      Keypoint a = rotated.frames().get(i).keypoint(BodyLandmark.RIGHT_HIP);
      Keypoint b = series.frames().get(i).keypoint(BodyLandmark.RIGHT_HIP);
      assertThat(Math.hypot(a.xPx() - b.xPx(), a.yPx() - b.yPx())).as("frame %d", i).isLessThan(8);
    }
  }

  @Test
  void personMaskCoversTheHipsAndNotTheBackground() throws Exception {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(CLIP);
        PoseTracker tracker = model.newTracker(PoseConfig.DEFAULT.withKeepMasks(true))) {
      PoseEstimate e = tracker.estimate(source.next().orElseThrow());
      SegmentationMask mask = e.mask().orElseThrow();
      Keypoint hip = e.frame().keypoint(BodyLandmark.RIGHT_HIP);
      assertThat(mask.probabilityAt(hip.xPx(), hip.yPx())).isGreaterThan(0.8);
      assertThat(mask.probabilityAt(5, 5)).isLessThan(0.2);
    }
  }

  @Test
  void aRunnerGoingLeftGetsTheTrunkAngleOfTheLabels() throws Exception {
    // Shown as it is, the model tilts this runner's trunk about 5 degrees back; mirrored, within half a degree.
    Path clip = Path.of("sample-videos/run_lean00_left.mp4");
    JsonNode left = new ObjectMapper().readTree(Path.of("sample-videos/run_lean00_left.labels.json").toFile());
    double[] errors = new double[30];
    try (FfmpegFrameSource source = FfmpegFrameSource.open(clip);
        PoseTracker tracker = model.newTracker(PoseConfig.DEFAULT)) {
      for (int i = 0; i < errors.length; i++) {
        PoseFrame f = tracker.estimate(source.next().orElseThrow()).frame();
        JsonNode truth = left.get("frames").get(i).get("keypoints");
        errors[i] = leanTowardImageLeftDeg(middle(f, "hip"), middle(f, "shoulder"))
            - leanTowardImageLeftDeg(middle(truth, "hip"), middle(truth, "shoulder"));
      }
    }
    Arrays.sort(errors);
    assertThat(errors[errors.length / 2]).as("median trunk angle error, deg").isBetween(-2.0, 2.0);
  }

  private static double[] middle(PoseFrame f, String joint) {
    Keypoint l = f.keypoint(BodyLandmark.fromId("left_" + joint));
    Keypoint r = f.keypoint(BodyLandmark.fromId("right_" + joint));
    return new double[] {(l.xPx() + r.xPx()) / 2, (l.yPx() + r.yPx()) / 2};
  }

  private static double[] middle(JsonNode keypoints, String joint) {
    JsonNode l = keypoints.get("left_" + joint).get("px");
    JsonNode r = keypoints.get("right_" + joint).get("px");
    return new double[] {
      (l.get(0).asDouble() + r.get(0).asDouble()) / 2, (l.get(1).asDouble() + r.get(1).asDouble()) / 2
    };
  }

  private static double leanTowardImageLeftDeg(double[] hip, double[] shoulder) {
    return Math.toDegrees(Math.atan2(hip[0] - shoulder[0], hip[1] - shoulder[1]));
  }

  private static double medianError(String joint) {
    return medianError(series, joint);
  }

  private static double medianError(PoseSeries read, String joint) {
    BodyLandmark lm = BodyLandmark.fromId(joint);
    double[] errors = new double[read.frames().size()];
    for (int i = 0; i < errors.length; i++) {
      JsonNode px = labels.get("frames").get(i).get("keypoints").get(joint).get("px");
      Keypoint k = read.frames().get(i).keypoint(lm);
      errors[i] = Math.hypot(k.xPx() - px.get(0).asDouble(), k.yPx() - px.get(1).asDouble());
    }
    Arrays.sort(errors);
    return errors[errors.length / 2];
  }

  private static BufferedImage turnClockwise(BufferedImage src) {
    BufferedImage out = new BufferedImage(src.getHeight(), src.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < src.getHeight(); y++) {
      for (int x = 0; x < src.getWidth(); x++) {
        out.setRGB(src.getHeight() - 1 - y, x, src.getRGB(x, y));
      }
    }
    return out;
  }
}
