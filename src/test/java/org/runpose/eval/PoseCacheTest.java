package org.runpose.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.ModelInfo;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.posture.VideoPose;
import org.runpose.video.VideoInfo;

class PoseCacheTest {

  private static final ModelInfo MODEL = new ModelInfo("full", "d.pt", "a".repeat(64), "l.pt", "b".repeat(64),
      "none", "none");

  @TempDir
  Path dir;

  private static VideoPose pose(double xPx) {
    List<Keypoint> keypoints = new ArrayList<>();
    for (BodyLandmark lm : BodyLandmark.values()) {
      keypoints.add(new Keypoint(lm, xPx, 100, 0, 0.99, 0.99));
    }
    VideoInfo video = new VideoInfo(Path.of("clip.mp4"), "mp4", "h264", 640, 480, 30, 0, 33_333, 1);
    return VideoPose.ofKeypoints(PoseSeries.of("test", video, MODEL, PoseConfig.DEFAULT,
        List.of(new PoseFrame(0, 0, true, 0.99, true, 1, keypoints))));
  }

  @Test
  void aFreshExtractionIsScoredAsLaterRunsReadItBack() throws Exception {
    Path clip = Files.writeString(dir.resolve("clip.mp4"), "not really a video");
    PoseCache cache = new PoseCache(dir.resolve("cache"), false);
    AtomicInteger extractions = new AtomicInteger();
    PoseCache.Extraction extraction = () -> {
      extractions.incrementAndGet();
      return pose(123.456789);
    };

    VideoPose first = cache.readOrExtract(clip, MODEL, extraction);
    VideoPose second = cache.readOrExtract(clip, MODEL, extraction);

    assertThat(extractions).hasValue(1);
    double firstX = first.series().frames().get(0).keypoint(BodyLandmark.NOSE).xPx();
    assertThat(firstX).isEqualTo(123.4568);
    assertThat(second.series().frames().get(0).keypoint(BodyLandmark.NOSE).xPx()).isEqualTo(firstX);
  }

  @Test
  void clipsReadWholeAreKeptApartFromClipsReadAtThirtyFramesASecond() throws Exception {
    Path clip = Files.writeString(dir.resolve("clip.mp4"), "not really a video");
    PoseCache thinned = new PoseCache(dir.resolve("cache"), false);
    PoseCache whole = new PoseCache(dir.resolve("cache"), true);
    AtomicInteger extractions = new AtomicInteger();

    thinned.readOrExtract(clip, MODEL, () -> pose(extractions.incrementAndGet()));
    VideoPose read = whole.readOrExtract(clip, MODEL, () -> pose(extractions.incrementAndGet()));

    assertThat(extractions).hasValue(2);
    assertThat(read.series().frames().get(0).keypoint(BodyLandmark.NOSE).xPx()).isEqualTo(2);
  }
}
