package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.Severity;
import org.runpose.eval.ClipResult;
import org.runpose.eval.ClipScore;
import org.runpose.eval.EvalReport;
import org.runpose.eval.JointError;
import org.runpose.eval.LumbarScore;
import org.runpose.posture.Direction;

/**
 * {@code runpose eval} with the real model on shipped labelled clips, against thresholds a regression in the pose
 * tracking or the analysis would cross. The clips are named so that new sample clips do not lengthen the run.
 */
class EvalIntegrationTest {

  private static final List<String> CLIPS = List.of("run_side_lean05");
  private static final String CHECK_CLIP = "check_copy";

  @TempDir static Path dir;

  private static CliRunner run;
  private static EvalReport report;

  @BeforeAll
  static void evaluate() throws Exception {
    Path clips = Files.createDirectory(dir.resolve("clips"));
    for (String clip : CLIPS) {
      for (String file : List.of(clip + ".mp4", clip + ".labels.json")) {
        Files.copy(Path.of("sample-videos", file), clips.resolve(file));
      }
    }
    // The same clip again as a check clip: scored apart, in a table of its own.
    Files.copy(Path.of("sample-videos", "run_side_lean05.mp4"), clips.resolve(CHECK_CLIP + ".mp4"));
    Files.writeString(clips.resolve(CHECK_CLIP + ".labels.json"),
        Files.readString(Path.of("sample-videos", "run_side_lean05.labels.json"))
            .replaceFirst("\\{", "{\"split\": \"check\", "));
    Path json = dir.resolve("eval.json");
    run = CliRunner.run("eval", clips.toString(), "--json", json.toString(), "-q");
    report = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
        .readValue(json.toFile(), EvalReport.class);
  }

  private static ClipScore score(String clip) {
    ClipResult r = report.clips().stream().filter(c -> c.clip().equals(clip)).findFirst().orElseThrow();
    assertThat(r.error()).as("error of %s", clip).isNull();
    return r.score();
  }

  @Test
  void everyClipIsScoredAndTheTablePrinted() {
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(report.clips()).extracting(ClipResult::clip).containsExactlyElementsOf(CLIPS);
    assertThat(run.out).contains("Keypoint error, near side").contains("trunk lean");
  }

  @Test
  void checkClipsAreScoredInTheirOwnTable() {
    assertThat(report.check().clips()).extracting(ClipResult::clip).containsExactly(CHECK_CLIP);
    assertThat(report.check().clips().get(0).score().lean().errorDeg())
        .isEqualTo(score("run_side_lean05").lean().errorDeg());
    assertThat(run.out.indexOf("Rendered clips, tuning split")).isNotNegative()
        .isLessThan(run.out.indexOf("Rendered clips, check split"));
  }

  @Test
  void runnerIsFoundInEveryFrame() {
    assertThat(score("run_side_lean05").detectionRate()).isEqualTo(1);
  }

  @Test
  void nearSideTrunkAndLegJointsLandWithinTenPixels() {
    List<JointError> near = score("run_side_lean05").joints().stream().filter(j -> j.side().equals("near")).toList();
    assertThat(near).extracting(JointError::joint)
        .contains("right_shoulder", "right_hip", "right_knee", "right_ankle");
    for (JointError j : near) {
      if (j.joint().matches(".*_(shoulder|hip|knee|ankle)")) {
        assertThat(j.medianPx()).as("median error of %s, px", j.joint()).isLessThanOrEqualTo(10);
      }
    }
  }

  @Test
  void viewIsRecognised() {
    ClipScore s = score("run_side_lean05");
    assertThat(s.direction().measured()).isEqualTo(Direction.RIGHT);
    assertThat(Math.abs(s.roll().errorDeg())).as("ground slope error, deg").isLessThanOrEqualTo(1.5);
  }

  @Test
  void trunkLeanWithinTwoDegreesAndFlaggedRight() {
    ClipScore s = score("run_side_lean05");
    assertThat(Math.abs(s.lean().errorDeg())).as("lean error, deg").isLessThanOrEqualTo(2);
    assertThat(s.leanFlag().correct()).isTrue();
  }

  @Test
  void aNeutralBackIsMeasuredAndNotJudgedFromOneClip() {
    LumbarScore lumbar = score("run_side_lean05").lumbar();
    assertThat(lumbar.flag()).isEqualTo(Severity.NOT_ASSESSED);
    assertThat(lumbar.measuredDepthPct()).isBetween(2.0, 4.0);
  }

  @Test
  void everyContactFoundWithinTwoFramesAndCadenceWithinThreeStepsPerMinute() {
    ClipScore s = score("run_side_lean05");
    assertThat(s.contacts().missed()).isZero();
    assertThat(s.contacts().maxAbsErrorFrames()).as("contact timing error, frames").isLessThanOrEqualTo(2);
    assertThat(Math.abs(s.cadence().errorStepsPerMin())).as("cadence error").isLessThanOrEqualTo(3);
  }
}
