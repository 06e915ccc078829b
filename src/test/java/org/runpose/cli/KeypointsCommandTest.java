package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeypointsCommandTest {

  @TempDir Path dir;

  private long filesIn(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.count();
    }
  }

  @Test
  void textFileNamedMp4GivesOneClearLineAndNoOutput() throws Exception {
    Path fake = dir.resolve("run.mp4");
    Files.writeString(fake, "not a video");
    Path outDir = dir.resolve("out");
    CliRunner r = CliRunner.run("keypoints", fake.toString(), "-o", outDir.resolve("k.json").toString(), "-q");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1);
    assertThat(r.err).startsWith("runpose: ").contains("run.mp4").contains("not a video");
    assertThat(filesIn(outDir)).isZero();
  }

  @Test
  void anOutputNamingTheVideoItselfIsRefusedAndTheVideoKept() throws Exception {
    Path clip = dir.resolve("clip.mp4");
    org.runpose.video.TestClips.write(clip, 3, 30, 0,
        i -> new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_3BYTE_BGR));
    byte[] before = Files.readAllBytes(clip);
    CliRunner r = CliRunner.run("keypoints", clip.toString(), "-o", clip.toString(), "-q");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("-o names the video itself");
    assertThat(Files.readAllBytes(clip)).isEqualTo(before);
  }

  @Test
  void missingModelFolderIsReportedAsSuch() throws Exception {
    Path clip = dir.resolve("clip.mp4");
    org.runpose.video.TestClips.write(clip, 3, 30, 0,
        i -> new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_3BYTE_BGR));
    CliRunner r = CliRunner.run("keypoints", clip.toString(), "--models", dir.resolve("none").toString(), "-q",
        "-o", dir.resolve("k.json").toString());
    assertThat(r.exitCode).isEqualTo(4);
    assertThat(r.err).contains("pose_detection.pt").contains("missing");
    assertThat(Files.exists(dir.resolve("k.json"))).isFalse();
  }

  @Test
  void unknownModelVariantIsABadInput() {
    CliRunner r = CliRunner.run("keypoints", "x.mp4", "--model", "huge", "-q");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("--model").contains("huge");
  }

  @Test
  void versionIsPrinted() {
    CliRunner r = CliRunner.run("--version");
    assertThat(r.exitCode).isZero();
    assertThat(r.out).startsWith("runpose ");
  }
}
