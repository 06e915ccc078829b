package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.eval.RealClip;
import org.runpose.eval.RealEvaluation;
import org.runpose.eval.RealReport;
import org.runpose.eval.RealResult;
import org.runpose.pose.KeypointsFile;
import org.runpose.posture.VideoPose;

/**
 * A real runner through the whole pipeline: the shipped garage-treadmill clip (MIT, published with the runner's
 * consent), a man running to the left at 169 steps a minute, analysed with the real model and scored against its
 * hand annotation.
 */
class RealTreadmillRunnerTest {

  private static final Path CLIP = Path.of("sample-videos/real/gaitlab-male-side.mp4");

  @TempDir static Path dir;

  private static CliRunner run;
  private static JsonNode analysis;

  @BeforeAll
  static void analyse() throws Exception {
    run = CliRunner.run("analyze", CLIP.toString(), "-o", dir.resolve("out").toString(), "--no-overlay", "-q");
    analysis = new ObjectMapper().readTree(dir.resolve("out/analysis.json").toFile());
  }

  @Test
  void theRunnerIsReportedAsRunningInRealTimeWithItsCadence() {
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("running left");
    assertThat(analysis.at("/sufficient").asBoolean()).isTrue();
    assertThat(analysis.at("/gait/pattern").asText()).isEqualTo("running");
    assertThat(analysis.at("/gait/timeBase").asText()).isEqualTo("real");
    assertThat(analysis.at("/gait/problems").size()).isZero();
    // The hand annotation's 33 contacts over the 12 s clip give 169 steps a minute.
    assertThat(analysis.at("/gait/cadenceStepsPerMin").asDouble()).isCloseTo(169, within(3.0));
    assertThat(analysis.at("/gait/stepsAccepted").asInt()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void kneeAndHipAnglesAreTheLeftLegsTheOneFacingTheCamera() {
    for (JsonNode step : analysis.get("steps")) {
      boolean near = step.get("side").asText().equals("left");
      assertThat(step.path("kneeFlexionContactDeg").isNumber()).as("step %s", step.get("number")).isEqualTo(near);
      assertThat(step.path("kneeFlexionPeakStanceDeg").isNumber()).as("step %s", step.get("number"))
          .isEqualTo(near);
      assertThat(step.path("hipExtensionToeOffDeg").isNumber()).as("step %s", step.get("number")).isEqualTo(near);
    }
  }

  @Test
  void itsContactsAndToeOffsMatchTheHandAnnotation() throws Exception {
    VideoPose saved = VideoPose.ofKeypoints(KeypointsFile.readJson(dir.resolve("out/keypoints.json")));
    List<RealClip> clips = RealClip.find(List.of(Path.of("sample-videos/real")), List.of()).stream()
        .filter(c -> c.labels().name().equals("gaitlab-male-side")).toList();
    RealReport report = RealEvaluation.run(clips, clip -> saved);
    RealResult r = report.clips().get(0);
    assertThat(r.error()).isNull();
    assertThat(r.score().direction().correct()).isTrue();
    assertThat(r.score().contacts().matched()).isEqualTo(33);
    assertThat(r.score().contacts().maxAbsErrorFrames()).isLessThanOrEqualTo(2);
    assertThat(r.score().toeOffs().maxAbsErrorFrames()).isLessThanOrEqualTo(2);
  }
}
