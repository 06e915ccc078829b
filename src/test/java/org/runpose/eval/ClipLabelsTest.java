package org.runpose.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.posture.Direction;

class ClipLabelsTest {

  static final Path SAMPLE = Path.of("sample-videos/run_side_lean05.labels.json");

  @TempDir Path dir;

  @Test
  void theSampleClipsTruth() throws IOException {
    ClipLabels l = ClipLabels.read(SAMPLE);
    assertThat(l.name()).isEqualTo("run_side_lean05");
    assertThat(l.direction()).isEqualTo(Direction.RIGHT);
    assertThat(l.fps()).isEqualTo(30);
    assertThat(l.leanDeg()).isCloseTo(5, within(1e-9));
    assertThat(l.lumbarDeg()).isCloseTo(0, within(1e-9));
    assertThat(l.groundSlopeDeg()).isCloseTo(0, within(1e-4));
    assertThat(l.cadenceStepsPerMin()).isEqualTo(176);
    assertThat(l.frames()).hasSize(90);
    assertThat(l.frames().stream().filter(f -> f.stance() == Side.RIGHT)).hasSize(38);
    assertThat(l.frames().stream().filter(f -> f.stance() == null)).hasSize(23);
    ClipLabels.Frame first = l.frames().get(0);
    assertThat(first.keypoints().get(BodyLandmark.RIGHT_HIP))
        .isEqualTo(new ClipLabels.Point(319.292, 265.926, true));
    assertThat(first.keypoints().get(BodyLandmark.LEFT_HIP).near()).isFalse();
  }

  @Test
  void positiveRollSettingTiltsTheGroundLineDownToTheRight() throws IOException {
    // The renderer's camera on the runner's right, turned 4 degrees counter-clockwise about its optical axis.
    double r = Math.toRadians(4);
    String camera = String.format(Locale.ROOT, "\"intrinsics\": {\"K\": [[888.9, 0, 320], [0, 888.9, 240], [0, 0, 1]]},"
        + " \"world_to_camera_4x4\": [[%1$.9f, 0, %2$.9f, %3$.9f], [%4$.9f, 0, %1$.9f, %5$.9f], [0, -1, 0, -5],"
        + " [0, 0, 0, 1]]", Math.cos(r), Math.sin(r), -Math.sin(r), -Math.sin(r), -Math.cos(r));
    ClipLabels l = ClipLabels.read(write(labels(4, camera)));
    assertThat(l.rollSettingDeg()).isEqualTo(4);
    assertThat(l.groundSlopeDeg()).isCloseTo(-4, within(1e-6));
  }

  @Test
  void aMissingFieldIsNamed() throws IOException {
    Path file = write(labels(0, LEVEL_CAMERA).replace("\"cadence_steps_per_min\"", "\"cadence\""));
    assertThatThrownBy(() -> ClipLabels.read(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("not a runpose labels file").hasMessageContaining("cadence_steps_per_min");
  }

  @Test
  void anUnknownStanceIsRejected() throws IOException {
    Path file = write(labels(0, LEVEL_CAMERA).replace("\"stance\": \"none\"", "\"stance\": \"both\""));
    assertThatThrownBy(() -> ClipLabels.read(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("stance 'both' is not left, right or none");
  }

  @Test
  void aClipIsOfTheTuningSplitUnlessItsLabelsSayCheck() throws IOException {
    String labels = labels(0, LEVEL_CAMERA);
    assertThat(ClipLabels.splitOf(write(labels))).isEqualTo(ClipLabels.TUNING);
    assertThat(ClipLabels.splitOf(write(labels.replaceFirst("\\{", "{\"split\": \"check\", "))))
        .isEqualTo(ClipLabels.CHECK);
    assertThat(ClipLabels.splitOf(write("{\"settings\": "))).isEqualTo(ClipLabels.TUNING);
  }

  @Test
  void aFileThatIsNotJsonSaysSo() throws IOException {
    Path file = write("{\"settings\": ");
    assertThatThrownBy(() -> ClipLabels.read(file)).isInstanceOf(IOException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void stancesAndMeansOfATinyClip() throws IOException {
    ClipLabels l = ClipLabels.read(write(labels(0, LEVEL_CAMERA)));
    assertThat(l.frames()).extracting(ClipLabels.Frame::stance).containsExactly(Side.LEFT, null);
    assertThat(l.leanDeg()).isCloseTo(7, within(1e-12));
    assertThat(l.lumbarDeg()).isCloseTo(3, within(1e-12));
    assertThat(l.strideSeconds()).isCloseTo(120.0 / 176, within(1e-12));
    assertThat(l.cameraSetup()).isEqualTo(
        "right side, 5.0 m, height 1.00 m, elevation 0.0°, roll 0.0°, 640x480, 30.0 fps, rotation metadata 0°");
  }

  @Test
  void theLensTheTravelTheRailsAndTheClothesAreSaidWhereTheLabelsGiveThem() throws IOException {
    ClipLabels l = ClipLabels.read(write(labels(0, LEVEL_CAMERA).replace("\"rotate_metadata\": 0",
        "\"rotate_metadata\": 0, \"travel\": \"pan\", \"lens\": 26.0, \"rails\": \"hand\", \"clothes\": \"dark\"")));
    assertThat(l.cameraSetup()).isEqualTo("right side, 5.0 m, height 1.00 m, elevation 0.0°, roll 0.0°, 640x480,"
        + " 30.0 fps, rotation metadata 0°, 26.0 mm lens, travel pan, rails hand, clothes dark");
  }

  private static final String LEVEL_CAMERA = "\"intrinsics\": {\"K\": [[888.9, 0, 320], [0, 888.9, 240], [0, 0, 1]]},"
      + " \"world_to_camera_4x4\": [[1, 0, 0, 0], [0, 0, 1, -1], [0, -1, 0, -5], [0, 0, 0, 1]]";

  /** Two frames: lean 6 and 8, lumbar 2 and 4. */
  private static String labels(double roll, String camera) {
    String frame = "{\"frame\": %d, \"time_s\": %s, \"stance\": \"%s\", \"trunk_lean_deg\": {\"image_2d\": %d},"
        + " \"lumbar_extension_deg\": {\"image_2d\": %d}, \"keypoints\": {\"left_hip\": {\"side\": \"far\","
        + " \"px\": [300, 260]}}}";
    return "{\"settings\": {\"name\": \"tiny\", \"direction\": \"right\", \"fps\": 30, \"roll\": " + roll
        + ", \"distance\": 5, \"cam_height\": 1, \"elevation\": 0, \"width\": 640, \"height\": 480,"
        + " \"rotate_metadata\": 0},"
        + " \"motion\": {\"cadence_steps_per_min\": 176}, \"camera\": {" + camera + "}, \"frames\": ["
        + String.format(Locale.ROOT, frame, 0, "0.0", "left", 6, 2) + ", "
        + String.format(Locale.ROOT, frame, 1, "0.0333", "none", 8, 4) + "]}";
  }

  private Path write(String json) throws IOException {
    return Files.writeString(dir.resolve(Objects.hash(json) + ".labels.json"), json);
  }
}
