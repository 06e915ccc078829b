package org.runpose.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.web.Store.JobState;
import org.runpose.web.Store.Runner;
import org.runpose.web.Store.Visit;

class StoreTest {

  @TempDir Path dir;

  private static Visit visit(String runnerId) {
    return new Visit(DataFolder.newId(), runnerId, LocalDate.of(2026, 11, 30), "clip.mp4", 1000, Store.now());
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
  void deletingARunnerDeletesTheirVisitsJobsAndFindings() throws Exception {
    try (Store store = Store.open(dir.resolve("runpose.db"))) {
      Runner r = new Runner(DataFolder.newId(), "Bo", "", Store.now());
      store.addRunner(r);
      Visit v = visit(r.id());
      store.addVisit(v);
      store.jobFinished(v.id(), JobState.DONE, null, List.of());
      store.deleteRunner(r.id());
      assertThat(store.visit(v.id())).isEmpty();
      assertThat(store.job(v.id())).isEmpty();
      assertThat(store.runners()).isEmpty();
    }
  }
}
