package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
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
 * Real footage through the whole pipeline: the Sports2D demo (BSD-3), a woman walking across a garden while a man
 * jumps on a roof behind her, analysed with the real model and scored against its hand annotation.
 */
class RealFootageTest {

  private static final Path CLIP = Path.of("sample-videos/real/sports2d-demo.mp4");

  @TempDir static Path dir;

  private static CliRunner run;
  private static JsonNode analysis;

  @BeforeAll
  static void analyse() throws Exception {
    run = CliRunner.run("analyze", CLIP.toString(), "-o", dir.resolve("out").toString(), "--no-overlay", "-q");
    analysis = new ObjectMapper().readTree(dir.resolve("out/analysis.json").toFile());
  }

  @Test
  void theWalkerIsFollowedAndReportedAsWalking() throws Exception {
    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out).contains("walking left");
    assertThat(analysis.at("/gait/pattern").asText()).isEqualTo("walking");
    assertThat(analysis.at("/gait/timeBase").asText()).isEqualTo("real");
    assertThat(analysis.at("/view/direction").asText()).isEqualTo("left");
    assertThat(analysis.at("/summary/flightMs").isNull()).isTrue();
    assertThat(analysis.get("events").size()).isGreaterThanOrEqualTo(10);
    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).contains("Walking posture report").contains("Double support")
        .contains("thresholds were set for running");
  }

  @Test
  void itsEventsMatchTheHandAnnotation() throws Exception {
    VideoPose saved = VideoPose.ofKeypoints(KeypointsFile.readJson(dir.resolve("out/keypoints.json")));
    List<RealClip> clips = RealClip.find(List.of(Path.of("sample-videos/real")), List.of()).stream()
        .filter(c -> c.labels().name().equals("sports2d-demo")).toList();
    RealReport report = RealEvaluation.run(clips, clip -> saved);
    RealResult r = report.clips().get(0);
    assertThat(r.error()).isNull();
    assertThat(r.score().gaitCorrect()).isTrue();
    assertThat(r.score().direction().correct()).isTrue();
    assertThat(r.score().contacts().matched()).isGreaterThanOrEqualTo(5);
    assertThat(r.score().contacts().medianAbsErrorFrames()).isLessThanOrEqualTo(2);
  }
}
