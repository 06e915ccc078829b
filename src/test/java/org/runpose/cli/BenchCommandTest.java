package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code runpose bench VIDEO} with the real model: every stage of the whole analysis timed over the whole clip. */
class BenchCommandTest {

  @Test
  void everyStageIsTimedOverTheWholeClip() {
    CliRunner run = CliRunner.run("bench", "sample-videos/run_side_lean05.mp4", "--frames", "5", "--warmup", "0");

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("frames timed        : 5 after 0 warm-up frames (1 pass over the clip)")
        .contains("whole clip, 3.0 s, 90 frames:");
    for (String stage : new String[] {"decode only", "networks, one thread", "pose pass", "analyze --no-overlay",
        "analyze "}) {
      assertThat(run.out).containsPattern("(?m)^" + stage + " +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d\\d ");
    }
  }
}
