package org.runpose.wearable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.BadInputException;
import org.runpose.compare.Runner;
import org.runpose.posture.PostureAnalysis;

class WearableCheckTest {

  @TempDir Path dir;

  private static final Instant START = Instant.parse("2026-03-12T08:41:07Z");

  /** A runpose analysis with cadence 176, stance 230 ms and, with the height known, 7.5 cm of oscillation. */
  private static PostureAnalysis analysis() {
    Runner r = new Runner();
    r.heightCm = 178.0;
    return r.analysis();
  }

  private WearableRun watch(float stridesPerMin, float stanceMs) throws BadInputException {
    return WearableRun.readFit(FitRecords.write(dir.resolve("run.fit"), START.minusSeconds(600), 1200, stridesPerMin,
        stanceMs, 82));
  }

  @Test
  void theSameRunAgreesWithinTheTwoToolsErrors() throws Exception {
    WearableCheck c = WearableCheck.of(analysis(), watch(88.2f, 245), START);
    assertThat(c.device()).isEqualTo("garmin fr965");
    assertThat(c.samples()).isEqualTo(4);
    assertThat(c.startSource()).isEqualTo("user");
    assertThat(c.rows()).extracting(WearableCheck.Row::id)
        .containsExactly("cadenceStepsPerMin", "stanceMs", "verticalOscillationCm");
    WearableCheck.Row cadence = c.rows().get(0);
    assertThat(cadence.wearable()).isCloseTo(176.4, org.assertj.core.api.Assertions.within(0.01));
    assertThat(cadence.agree()).isTrue();
    assertThat(c.rows().get(1).difference()).isEqualTo(-15.0);
    assertThat(c.rows().get(1).agree()).isTrue();
    assertThat(c.rows().get(2).agree()).isNull();
    assertThat(c.rows().get(2).wearable()).isEqualTo(8.2);
    assertThat(c.summary()).isEqualTo("runpose and the wearable agree on cadence and ground contact time, within"
        + " the two tools' errors.");
  }

  @Test
  void aDifferentRunDisagrees() throws Exception {
    WearableCheck c = WearableCheck.of(analysis(), watch(82, 300), START);
    assertThat(c.rows().get(0).agree()).isFalse();
    assertThat(c.rows().get(0).reading()).isEqualTo("disagree: more apart than the two tools' errors (1.4 steps/min)");
    assertThat(c.rows().get(1).agree()).isFalse();
    assertThat(c.summary()).startsWith("runpose and the wearable disagree on cadence and ground contact time, by"
        + " more than the two tools' errors: check that the file is of the same run");
  }

  @Test
  void aVideoOutsideTheRecordOrWithoutAStartIsRefusedWithTheWayOut() throws Exception {
    WearableRun run = watch(88, 245);
    assertThatThrownBy(() -> WearableCheck.of(analysis(), run, START.plusSeconds(3600)))
        .isInstanceOf(BadInputException.class)
        .hasMessageEndingWith("run.fit: no record from 2026-03-12 09:41:07 UTC to 2026-03-12 09:41:10 UTC; the file"
            + " covers 2026-03-12 08:31:07 UTC to 2026-03-12 08:51:07 UTC. Check that it is the same run, or give"
            + " --wearable-start with the time the video started on the watch's clock.");
    assertThatThrownBy(() -> WearableCheck.of(analysis(), run, null)).isInstanceOf(BadInputException.class)
        .hasMessage("clip.mp4: the video does not say when it was recorded, so its place in " + run.file()
            + " is not known. Give --wearable-start with the time the video started (for example"
            + " 2026-03-12T09:41:07+01:00).");
  }

  @Test
  void aFileWithoutRunningDynamicsOrDamagedIsBadInput() throws Exception {
    Path plain = FitRecords.write(dir.resolve("plain.fit"), START, 60, 0, 0, 0);
    assertThatThrownBy(() -> WearableRun.readFit(plain)).isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(plain + ": no record holds a cadence, ground contact time or vertical oscillation");
    assertThatThrownBy(() -> WearableRun.readFit(dir.resolve("missing.fit"))).isInstanceOf(BadInputException.class)
        .hasMessage(dir.resolve("missing.fit") + ": no such file. Check the path of the activity file (.fit).");
    assertThatThrownBy(() -> WearableRun.readFit(dir)).isInstanceOf(BadInputException.class)
        .hasMessage(dir + ": a folder, not a FIT file. Give the activity file of the run (.fit).");
    Path damaged = dir.resolve("damaged.fit");
    Files.write(damaged, new byte[] {14, 16, 1, 2, 3});
    assertThatThrownBy(() -> WearableRun.readFit(damaged)).isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(damaged + ": ").hasMessageEndingWith(" Copy the activity from the watch again.");
  }
}
