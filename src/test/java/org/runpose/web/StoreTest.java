package org.runpose.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.Severity;
import org.runpose.posture.Flag;
import org.runpose.web.Store.JobState;
import org.runpose.web.Store.Runner;
import org.runpose.web.Store.Visit;

class StoreTest {

  @TempDir Path dir;

  private static Visit visit(String runnerId) {
    return new Visit(DataFolder.newId(), runnerId, LocalDate.of(2026, 11, 30), "clip.mp4", 1000, "video/mp4", null,
        null, false, Store.now(), null);
  }

  /** A runner added to {@code store} with {@code count} visits. */
  private static List<Visit> visitsOfNewRunner(Store store, int count) throws SQLException {
    Runner r = new Runner(DataFolder.newId(), "Bo", "", Store.now());
    store.addRunner(r);
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      visits.add(visit(r.id()));
      store.addVisit(visits.get(i));
    }
    return visits;
  }

  @Test
  void aRestartFailsTheJobThatWasRunningAndQueuesTheWaitingOnesAgain() throws Exception {
    Path db = dir.resolve("runpose.db");
    Runner r = new Runner(DataFolder.newId(), "Ana", "", Store.now());
    Visit running = visit(r.id());
    Visit waiting = visit(r.id());
    try (Store store = Store.open(db)) {
      store.addRunner(r);
      store.addVisit(running);
      store.addVisit(waiting);
      store.jobStarted(running.id(), 100);
      store.jobProgress(running.id(), 40);
    }
    try (Store store = Store.open(db)) {
      assertThat(store.recover()).containsExactly(waiting.id());
      Store.Job job = store.job(running.id()).orElseThrow();
      assertThat(job.state()).isEqualTo(JobState.FAILED);
      assertThat(job.error()).contains("server stopped");
      assertThat(job.framesDone()).isEqualTo(40);
      assertThat(store.job(waiting.id()).orElseThrow().state()).isEqualTo(JobState.QUEUED);
    }
  }

  @Test
  void aDatabaseOfTheFirstSchemaIsUpgradedWithItsData() throws Exception {
    Path db = dir.resolve("runpose.db");
    String url = "jdbc:sqlite:" + db;
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1").load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO runner VALUES ('" + "a".repeat(32) + "', 'Old', '', '2026-01-01T00:00:00Z')");
      s.executeUpdate("INSERT INTO visit VALUES ('" + "b".repeat(32) + "', '" + "a".repeat(32) + "', '2026-01-02',"
          + " 'old.mp4', 10, '2026-01-02T00:00:00Z')");
      s.executeUpdate("INSERT INTO visit VALUES ('" + "c".repeat(32) + "', '" + "a".repeat(32) + "', '2026-01-03',"
          + " 'Coach.GIF', 10, '2026-01-03T00:00:00Z')");
    }
    try (Store store = Store.open(db)) {
      Visit v = store.visit("b".repeat(32)).orElseThrow();
      assertThat(v.videoName()).isEqualTo("old.mp4");
      assertThat(v.videoType()).isEqualTo("video/mp4");
      assertThat(store.visit("c".repeat(32)).orElseThrow().videoType()).isEqualTo("image/gif");
      assertThat(v.slowMotionFactor()).isNull();
      assertThat(v.everyFrame()).isFalse();
      assertThat(store.runners()).extracting(Runner::name).containsExactly("Old");
    }
  }

  @Test
  void aLeanNearAThresholdIsStoredAsBorderlineAndReadBackSo() throws Exception {
    try (Store store = Store.open(dir.resolve("runpose.db"))) {
      List<Visit> visits = visitsOfNewRunner(store, 2);
      Visit near = visits.get(0);
      Visit clear = visits.get(1);
      store.jobFinished(near.id(), JobState.DONE, null, List.of(lean(Severity.WATCH, 9.4), lumbar()));
      store.jobFinished(clear.id(), JobState.DONE, null, List.of(lean(Severity.WATCH, 12.0)));
      assertThat(store.findings(near.id())).extracting(Store.Finding::stateLabel)
          .containsExactly("watch, near the ok line", "not judged");
      assertThat(store.findings(clear.id())).extracting(Store.Finding::stateLabel).containsExactly("watch");
    }
  }

  private static Flag lean(Severity severity, double leanDeg) {
    return new Flag(Flag.FORWARD_LEAN, "Forward trunk lean", severity, leanDeg, "°", 8.0, 15.0, 20, 300, List.of(),
        "", "");
  }

  private static Flag lumbar() {
    return new Flag(Flag.LUMBAR, "Lumbar hyperextension", Severity.NOT_ASSESSED, 4.1, "%", null, null, 20, 300,
        List.of(), "", "");
  }

  @Test
  void deletingARunnerDeletesTheirVisitsJobsAndFindings() throws Exception {
    try (Store store = Store.open(dir.resolve("runpose.db"))) {
      Visit v = visitsOfNewRunner(store, 1).get(0);
      store.jobFinished(v.id(), JobState.DONE, null, List.of());
      store.deleteRunner(v.runnerId());
      assertThat(store.visit(v.id())).isEmpty();
      assertThat(store.job(v.id())).isEmpty();
      assertThat(store.runners()).isEmpty();
    }
  }
}
