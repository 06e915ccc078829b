package org.runpose.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.posture.Direction;
import org.runpose.posture.HandMadeAnalysis;

/** The second hand pass over the trunk: read from the labels' landmarks folder, scored like the first. */
class TrunkLandmarksTest {

  private static final String SHA = "a".repeat(64);

  @TempDir Path dir;

  /** Runs to the right past an upright scene edge. */
  private static RealLabels labels() {
    return new RealLabels("clip", SHA, "owner/repo clip.mp4", "tuning", 100, Direction.RIGHT, List.of(), "running",
        "fixed", false, 0, 99, List.of(), List.of(), List.of(),
        List.of(new RealLabels.Vertical(0, 99, 10, 0, 10, 100)));
  }

  private void write(String file, String sha, int frame, double acromionXPx) throws IOException {
    Files.createDirectories(dir.resolve("landmarks"));
    Files.writeString(dir.resolve("landmarks").resolve(file), """
        {"format": "runpose-trunk-landmarks", "formatVersion": 1, "clip": "clip", "annotator": "a",
         "sha256": "%s", "protocol": "trochanter-acromion",
         "points": [{"frame": %d, "trochanterPx": [100, 300], "acromionPx": [%s, 200], "sure": true}]}
        """.formatted(sha, frame, acromionXPx));
  }

  @Test
  void everyAnnotatorsPointsArePooledAndScoredAgainstRunposeOnTheirFrames() throws IOException {
    // Acromion 10 px ahead of the trochanter over 100 px: 5.7° forward; the other annotator 0°.
    write("clip.a.json", SHA, 10, 110);
    write("clip.b.json", SHA, 20, 100);
    write("clip2.a.json", "b".repeat(64), 10, 150);

    List<RealLabels.TrunkPoint> points = TrunkLandmarks.besides(dir.resolve("clip.labels.json"), labels());
    LeanScore score = RealScorer.lean(labels(), points,
        new HandMadeAnalysis().frame(10, 9.0, null).frame(20, 7.0, null).frame(30, 20.0, null).build());

    assertThat(points).hasSize(2);
    assertThat(score.trueDeg()).isCloseTo(Math.toDegrees(Math.atan(0.1)) / 2, within(1e-9));
    assertThat(score.measuredDeg()).isCloseTo(8.0, within(1e-9));
  }

  @Test
  void aClipWithoutLandmarksHasNone() throws IOException {
    assertThat(TrunkLandmarks.besides(dir.resolve("clip.labels.json"), labels())).isEmpty();
    assertThat(RealScorer.lean(labels(), List.of(), new HandMadeAnalysis().frame(10, 9.0, null).build())).isNull();
  }

  @Test
  void landmarksOfAnotherClipAreRefusedWithBothHashes() throws IOException {
    write("clip.a.json", "c".repeat(64), 10, 110);
    assertThatThrownBy(() -> TrunkLandmarks.besides(dir.resolve("clip.labels.json"), labels()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("clip.a.json")
        .hasMessageContaining("c".repeat(64))
        .hasMessageContaining(SHA);
  }
}
