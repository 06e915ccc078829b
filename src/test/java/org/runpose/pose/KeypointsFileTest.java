package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.BadInputException;
import org.runpose.video.VideoInfo;

class KeypointsFileTest {

  @TempDir Path dir;

  static PoseSeries sampleSeries() {
    List<Keypoint> kps = new ArrayList<>();
    for (BodyLandmark lm : BodyLandmark.values()) {
      kps.add(new Keypoint(lm, 10 + lm.ordinal(), 20.5, -3.25, 0.9, 0.99));
    }
    List<PoseFrame> frames =
        List.of(
            new PoseFrame(0, 0, true, 0.97, true, 2, kps),
            new PoseFrame(1, 33_367, false, 0.1, true, 0, List.of()));
    VideoInfo video = new VideoInfo(Path.of("clip.mp4"), "mp4", "h264", 480, 640, 29.97, 90, 1_000_000, 30);
    ModelInfo model = new ModelInfo("full", "pose_detection.pt", "ab", "pose_landmark_full.pt", "cd", "PyTorch 2.7.1",
        "0.36.0");
    return PoseSeries.of("test", video, model, PoseConfig.DEFAULT, frames);
  }

  @Test
  void jsonRoundTripKeepsEveryValue() throws Exception {
    PoseSeries series = sampleSeries();
    Path file = dir.resolve("k.json");
    KeypointsFile.write(series, file, null);
    PoseSeries back = KeypointsFile.readJson(file);
    assertThat(back).isEqualTo(series);
    assertThat(Files.readString(file)).contains("\"left_shoulder\"").contains("\"rotationDeg\":90");
    assertThat(back.summary().notes()).anyMatch(n -> n.contains("Several people"));
  }

  @Test
  void csvHasOneRowPerFrameWithNamedColumns() throws IOException {
    Path file = dir.resolve("k.csv");
    KeypointsFile.write(sampleSeries(), dir.resolve("k.json"), file);
    List<String> lines = Files.readAllLines(file);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("frame,time_s,found,pose_score,detector_ran,people_detected,nose_x_px,");
    assertThat(lines.get(0).split(",")).hasSize(6 + 33 * 5);
    assertThat(lines.get(1).split(",")).hasSize(6 + 33 * 5);
    assertThat(lines.get(1)).startsWith("0,0.000000,true,0.9700,true,2,10.00,20.50,-3.25,0.9000,0.9900");
    assertThat(lines.get(2)).isEqualTo("1,0.033367,false,0.1000,true,0");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactlyInAnyOrder(file, dir.resolve("k.json"));
    }
  }

  @Test
  void aNewerFormatIsRefusedAndSaysSo() throws IOException {
    Path file = dir.resolve("k.json");
    KeypointsFile.write(sampleSeries(), file, null);
    assertThat(Files.readString(file)).startsWith("{\"formatVersion\":1,");
    Files.writeString(file, Files.readString(file).replaceFirst("\"formatVersion\":1", "\"formatVersion\":2"));
    assertThatThrownBy(() -> KeypointsFile.readJson(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(file + ": keypoints in format 2 (written by runpose ");
  }

  @Test
  void anEmptyFileIsNotAKeypointsFile() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.json"), "");
    assertThatThrownBy(() -> KeypointsFile.readJson(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a runpose keypoints file");
  }

  @Test
  void somethingElseIsRejectedWithTheFileName() throws IOException {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"hello\": 1}");
    assertThatThrownBy(() -> KeypointsFile.readJson(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("other.json")
        .hasMessageContaining("not a runpose keypoints file");
  }

  @Test
  void aDamagedFileIsRefusedSayingWhereAndWhatInPlainWords() throws IOException {
    Path file = dir.resolve("k.json");
    KeypointsFile.write(sampleSeries(), file, null);
    String json = Files.readString(file);
    Files.writeString(file, json.replace("\"timestampMicros\":33367", "\"timestampMicros\":0"));
    assertThatThrownBy(() -> KeypointsFile.readJson(file)).isInstanceOf(BadInputException.class)
        .hasMessageContaining("k.json: not a runpose keypoints file, or a damaged one (the frames are not in the"
            + " order of the video: frame 1 at 0.000 s comes after frame 0 at 0.000 s)");
    Files.writeString(file, json.replace("\"framesWithPose\":1", "\"framesWithPose\":90"));
    assertThatThrownBy(() -> KeypointsFile.readJson(file))
        .hasMessageContaining("(the summary counts 90 frames with the runner, but 1 of the 2 frames hold one)");
    Files.writeString(file, json.replace("\"landmark\":\"nose\"", "\"landmark\":\"tail\""));
    assertThatThrownBy(() -> KeypointsFile.readJson(file))
        .hasMessageContaining("('frames[0].keypoints[0].landmark' holds tail, where a name runpose knows belongs)");
    Files.writeString(file, json.substring(0, json.length() / 2));
    assertThatThrownBy(() -> KeypointsFile.readJson(file)).hasMessageContaining("it is cut short")
        .hasMessageNotContaining("end-of-input").hasMessageNotContaining("org.runpose");
    Files.writeString(file, "{\"runposeVersion\": \"0.4.0\", \"summary\": {}, \"flags\": []}");
    assertThatThrownBy(() -> KeypointsFile.readJson(file)).hasMessageContaining("k.json: an analysis, not a"
        + " keypoints file. Give the keypoints.json that 'runpose analyze' wrote beside it.");
  }
}
