package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.eval.RealResult;

/**
 * Real footage through the whole pipeline, analysed with the real model and scored against its hand annotation: the
 * Sports2D demo (BSD-3), a woman walking across a garden while a man jumps on a roof behind her, another Sports2D
 * demo, a woman who walks across a studio and back again backwards, still facing the same way, and the garage
 * treadmill clip (MIT, published with the runner's consent), a man running to the left at 169 steps a minute.
 */
class RealFootageTest {

  @TempDir static Path dir;

  private static RealClipRun walker;
  private static RealClipRun runner;
  private static RealClipRun backwards;

  @BeforeAll
  static void analyse() throws Exception {
    walker = RealClipRun.analyse(Path.of("sample-videos/real/sports2d-demo.mp4"), dir.resolve("walker"));
    runner = RealClipRun.analyse(Path.of("sample-videos/real/gaitlab-male-side.mp4"), dir.resolve("runner"));
    backwards = RealClipRun.analyse(Path.of("sample-videos/real/sports2d-demo4.mp4"), dir.resolve("backwards"));
  }

  @Test
  void aWalkerWhoComesBackBackwardsIsAnalysedOnHerWayForwards() throws Exception {
    assertThat(backwards.run().exitCode).as(backwards.run().err).isZero();
    assertThat(backwards.analysis().at("/gait/pattern").asText()).isEqualTo("walking");
    assertThat(backwards.analysis().at("/gait/problems").size()).isZero();
    assertThat(backwards.analysis().get("notes").toString()).contains("walked backwards, still facing the same way");
    // The frames of the stretch left out count as found, apart from those without her.
    int leftOut = backwards.analysis().at("/summary/framesLeftOut").asInt();
    assertThat(leftOut).isPositive();
    assertThat(backwards.run().out).contains("person found in " + (backwards.analysis().at("/summary/framesWithPose")
        .asInt() + leftOut) + " of 400 frames, " + leftOut + " of them left out (see the notes)");
    RealResult r = backwards.scored("sports2d-demo4");
    assertThat(r.error()).isNull();
    assertThat(r.score().direction().correct()).isTrue();
    assertThat(r.score().contacts().matched()).isGreaterThanOrEqualTo(6);
    // The labelled forward walk: 115 steps a minute.
    assertThat(r.score().cadence().errorStepsPerMin()).isNotNull();
    assertThat(Math.abs(r.score().cadence().errorStepsPerMin())).isLessThanOrEqualTo(3);
  }

  @Test
  void theWalkerIsFollowedAndReportedAsWalking() throws Exception {
    assertThat(walker.run().exitCode).as(walker.run().err).isZero();
    assertThat(walker.run().out).contains("walking left");
    assertThat(walker.analysis().at("/gait/pattern").asText()).isEqualTo("walking");
    assertThat(walker.analysis().at("/gait/timeBase").asText()).isEqualTo("real");
    assertThat(walker.analysis().at("/view/direction").asText()).isEqualTo("left");
    assertThat(walker.analysis().at("/summary/flightMs").isNull()).isTrue();
    assertThat(walker.analysis().get("events").size()).isGreaterThanOrEqualTo(10);
    String html = Files.readString(dir.resolve("walker/report.html"));
    assertThat(html).contains("Walking posture report").contains("Double support")
        .contains("thresholds were set for running");
  }

  @Test
  void theWalkersEventsMatchTheHandAnnotation() throws Exception {
    RealResult r = walker.scored("sports2d-demo");
    assertThat(r.error()).isNull();
    assertThat(r.score().gaitCorrect()).isTrue();
    assertThat(r.score().direction().correct()).isTrue();
    assertThat(r.score().contacts().matched()).isGreaterThanOrEqualTo(5);
    assertThat(r.score().contacts().medianAbsErrorFrames()).isLessThanOrEqualTo(2);
  }

  @Test
  void theRunnerIsReportedAsRunningInRealTimeWithItsCadence() {
    assertThat(runner.run().exitCode).as(runner.run().err).isZero();
    assertThat(runner.run().out).contains("running left");
    assertThat(runner.analysis().at("/sufficient").asBoolean()).isTrue();
    assertThat(runner.analysis().at("/gait/pattern").asText()).isEqualTo("running");
    assertThat(runner.analysis().at("/gait/timeBase").asText()).isEqualTo("real");
    assertThat(runner.analysis().at("/gait/problems").size()).isZero();
    // The hand annotation's 33 contacts over the 12 s clip give 169 steps a minute.
    assertThat(runner.analysis().at("/gait/cadenceStepsPerMin").asDouble()).isCloseTo(169, within(3.0));
    assertThat(runner.analysis().at("/gait/stepsAccepted").asInt()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void kneeAndHipAnglesAreTheLeftLegsTheOneFacingTheCamera() {
    for (JsonNode step : runner.analysis().get("steps")) {
      boolean near = step.get("side").asText().equals("left");
      assertThat(step.path("kneeFlexionContactDeg").isNumber()).as("step %s", step.get("number")).isEqualTo(near);
      assertThat(step.path("kneeFlexionPeakStanceDeg").isNumber()).as("step %s", step.get("number"))
          .isEqualTo(near);
      assertThat(step.path("hipExtensionToeOffDeg").isNumber()).as("step %s", step.get("number")).isEqualTo(near);
    }
  }

  @Test
  void theRunnersContactsAndToeOffsMatchTheHandAnnotation() throws Exception {
    RealResult r = runner.scored("gaitlab-male-side");
    assertThat(r.error()).isNull();
    assertThat(r.score().direction().correct()).isTrue();
    assertThat(r.score().contacts().matched()).isEqualTo(33);
    assertThat(r.score().contacts().maxAbsErrorFrames()).isLessThanOrEqualTo(2);
    assertThat(r.score().toeOffs().maxAbsErrorFrames()).isLessThanOrEqualTo(2);
  }
}
