package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir Path dir;

  @Test
  void missingFolderGivesOneLineAndExitCode2() {
    CliRunner r = CliRunner.run("eval", dir.resolve("clips").toString(), "-q");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1);
    assertThat(r.err).startsWith("runpose: ").contains("clips").contains("no such folder");
    assertThat(r.out).isEmpty();
  }

  @Test
  void folderWithoutLabelledClipsGivesOneLineAndExitCode2() throws Exception {
    Files.writeString(dir.resolve("run.mp4"), "");
    CliRunner r = CliRunner.run("eval", dir.toString(), "-q", "--json", dir.resolve("eval.json").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1);
    assertThat(r.err).contains("no labelled clip");
    assertThat(dir.resolve("eval.json")).doesNotExist();
  }

  @Test
  void aClipThatCannotBeScoredIsInTheTableAndGivesExitCode1() throws Exception {
    Files.writeString(dir.resolve("run.mp4"), "");
    Files.writeString(dir.resolve("run.labels.json"), "[]");
    Path json = dir.resolve("out/eval.json");
    CliRunner r = CliRunner.run("eval", dir.toString(), "-q", "--json", json.toString());
    assertThat(r.exitCode).as(r.err).isEqualTo(1);
    assertThat(r.out).containsPattern("(?m)^run +FAILED").contains("run FAILED: ").contains("run.labels.json")
        .contains("Overall: 1 clip, 1 failed");
    assertThat(Files.readString(json)).contains("\"failed\" : 1");
  }

  @Test
  void aMalformedRealFootageLabelsFileGivesOneLineAndExitCode2() throws Exception {
    Files.writeString(dir.resolve("clip.labels.json"), "{\"format\": \"runpose-real-labels\", \"clip\": {}}");
    CliRunner r = CliRunner.run("eval", dir.toString(), "-q");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1);
    assertThat(r.err).contains("clip.labels.json").contains("'scene' is missing").contains("Fix or remove");
  }

  @Test
  void aRealRecordingThatIsNotHereIsListedAsMissing() throws Exception {
    Files.copy(Path.of("sample-videos/real/sports2d-demo3.labels.json"), dir.resolve("demo3.labels.json"));
    CliRunner r = CliRunner.run("eval", dir.toString(), "--clips", dir.resolve("none").toString(), "-q");
    assertThat(r.exitCode).as(r.err).isZero();
    assertThat(r.out).containsPattern("(?m)^sports2d-demo3 +tuning +missing")
        .contains("sports2d-demo3 missing: no clip with SHA-256 fb1de004").contains("tools/real-clips/README.md");
  }
}
