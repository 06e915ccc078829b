package org.runpose.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.gait.Side;
import org.runpose.posture.Direction;
import org.runpose.posture.HandMadeAnalysis;
import org.runpose.posture.PostureAnalysis;

/** The hand-digitised foot and shank at contact: read beside a clip's labels, measured against its true vertical. */
class RealContactLabelsTest {

  private static final String SHA = "a".repeat(64);
  /** The time of each of the clip's 100 frames, 30 a second. */
  private static final double[] FRAME_SECONDS = IntStream.range(0, 100).mapToDouble(i -> i / 30.0).toArray();

  @TempDir Path dir;

  /** Runs to the right past an upright scene edge: the ground is level. */
  private static RealLabels labels() {
    return new RealLabels("clip", SHA, "owner/repo clip.mp4", "tuning", 100, Direction.RIGHT, List.of(), "running",
        "fixed", false, 0, 99, List.of(), List.of(), List.of(),
        List.of(new RealLabels.Vertical(0, 99, 10, 0, 10, 100)));
  }

  private Path write(String sha) throws IOException {
    Files.writeString(dir.resolve("clip.contact.json"), """
        {"format": "runpose-real-contact-labels", "formatVersion": 1,
         "clip": {"name": "clip", "sha256": "%s", "widthPx": 640, "heightPx": 480},
         "contacts": [{"contactFrame": 10, "midStanceFrame": 14,
           "heelPx": [100, 400], "toePx": [150, 390], "kneePx": [100, 300], "anklePx": [120, 400],
           "midHeelPx": [90, 400], "midToePx": [140, 400]}]}
        """.formatted(sha));
    return dir.resolve("clip.labels.json");
  }

  @Test
  void aClipWithoutContactLabelsHasNone() throws IOException {
    assertThat(RealContactLabels.besides(dir.resolve("clip.labels.json"), labels())).isNull();
  }

  @Test
  void theFootStrikeIsTheSolesTiltAtContactOverItsTiltAtMidStanceAndTheShankIsFromTheVertical() throws IOException {
    RealContactLabels hand = RealContactLabels.besides(write(SHA), labels());

    ContactAngleScore score = ContactAngleScore.of(labels(), hand,
        new HandMadeAnalysis().view(Direction.RIGHT, 0).build(), FRAME_SECONDS, 40 / 30.0);

    // Toe 10 px higher over 50 px at contact, flat at mid-stance: atan(10/50) = 11.3°; ankle 20 px ahead of the
    // knee over 100 px: 11.3°.
    assertThat(score.footStrikeTrueDeg()).isCloseTo(11.31, within(0.01));
    assertThat(score.shankTrueDeg()).isCloseTo(11.31, within(0.01));
    assertThat(score.footStrikeMeasuredDeg()).isNull();
    assertThat(score.footStrikeErrorDeg()).isNull();
  }

  @Test
  void theHandsContactsAreScoredAgainstRunposesStepsAtTheSameContactsOnly() throws IOException {
    Files.writeString(dir.resolve("clip.contact.json"), """
        {"format": "runpose-real-contact-labels", "formatVersion": 1,
         "clip": {"name": "clip", "sha256": "%s", "widthPx": 640, "heightPx": 480},
         "contacts": [
          {"contactFrame": 10, "midStanceFrame": 14, "heelPx": [100, 400], "toePx": [150, 390],
           "kneePx": [100, 300], "anklePx": [120, 400], "midHeelPx": [90, 400], "midToePx": [140, 400]},
          {"contactFrame": 90, "midStanceFrame": 94, "heelPx": [100, 400], "toePx": [150, 395],
           "kneePx": [100, 300], "anklePx": [120, 400], "midHeelPx": [90, 400], "midToePx": [140, 400]}]}
        """.formatted(SHA));
    RealContactLabels hand = RealContactLabels.besides(dir.resolve("clip.labels.json"), labels());
    // The near (right) foot lands every 40 frames; the hand digitised every other landing.
    PostureAnalysis analysis = new HandMadeAnalysis().view(Direction.RIGHT, 0)
        .step(Side.RIGHT, 10, 18, 12.0).step(Side.LEFT, 30, 38, 50.0).step(Side.RIGHT, 50, 58, 40.0)
        .step(Side.RIGHT, 90, 98, 6.0).build();

    ContactAngleScore score = ContactAngleScore.of(labels(), hand, analysis, FRAME_SECONDS, 40 / 30.0);

    // Hand: atan(10/50) = 11.3° and atan(5/50) = 5.7°; runpose at the same two landings 12° and 6°, not the 40° of
    // the landing between them nor the far foot's 50°.
    assertThat(score.footStrikeTrueDeg()).isCloseTo((11.31 + 5.71) / 2, within(0.01));
    assertThat(score.footStrikeMeasuredDeg()).isCloseTo(9.0, within(1e-9));
  }

  @Test
  void contactLabelsOfAnotherClipAreRefusedWithBothHashes() throws IOException {
    Path labelsFile = write("b".repeat(64));
    assertThatThrownBy(() -> RealContactLabels.besides(labelsFile, labels()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("clip.contact.json")
        .hasMessageContaining("b".repeat(64))
        .hasMessageContaining(SHA);
  }
}
