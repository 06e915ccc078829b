package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageErrorTest {

  @TempDir Path dir;

  @Test
  void aMistypedOptionIsOneLineAndWhereTheHelpIsNotTheWholeHelp() {
    CliRunner r = CliRunner.run("analyze", "--lumbar-watch", "x", "clip.mp4");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.lines()).containsExactly(
        "runpose: Invalid value for option '--lumbar-watch': 'x' is not a double",
        "See 'runpose help analyze'.");
  }

  @Test
  void oneLumbarThresholdWithoutTheOtherIsRefusedBeforeTheVideoIsRead() {
    CliRunner r = CliRunner.run("analyze", "--lumbar-watch", "4", dir.resolve("missing.mp4").toString());
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err.lines()).containsExactly("runpose: Invalid setting: --lumbar-watch and --lumbar-excessive go"
        + " together; give both (e.g. --lumbar-watch 4 --lumbar-excessive 6 for a runner of average build) or"
        + " neither.");
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliRunner r = CliRunner.run("analyz", "clip.mp4");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("Did you mean: runpose analyze")
        .endsWith("See 'runpose --help'." + System.lineSeparator());
  }

  @Test
  void aFileWhoseNameStartsWithADashIsNamedTheWayItCanBeGiven() throws Exception {
    Files.writeString(dir.resolve("-clip.mp4"), "");
    assertThat(RunposeCommand.fileTakenForOption("-clip.mp4", dir))
        .isEqualTo("'-clip.mp4' is a file, not an option: write ./-clip.mp4, or put -- before it.");
    assertThat(RunposeCommand.fileTakenForOption("-nothing.mp4", dir)).isNull();
    assertThat(RunposeCommand.fileTakenForOption("clip.mp4", dir)).isNull();
  }

  @Test
  void aSecondVideoSaysTheCommandReadsOneOrAFolder() {
    CliRunner r = CliRunner.run("analyze", "sample-videos/run_far.mp4", "sample-videos/run_lean11.mp4", "-q");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("'sample-videos/run_lean11.mp4' is a second input: 'runpose analyze' reads one video"
        + " (or saved keypoints with --from), or one folder of videos: give the folder that holds the videos, or"
        + " analyse each on its own.");
  }
}
