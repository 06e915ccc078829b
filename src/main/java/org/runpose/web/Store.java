package org.runpose.web;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.runpose.Severity;
import org.runpose.posture.Flag;

/**
 * The web app's database: runners, their visits, each visit's analysis job and its findings, and training logs. One
 * SQLite file under the data folder, its schema brought up to date by versioned migrations on every start. One
 * connection, used by one thread at a time: the app's traffic is one therapist or runner.
 */
final class Store implements AutoCloseable {

  /** What a job is doing. */
  enum JobState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean finished() {
      return this == DONE || this == FAILED || this == CANCELLED;
    }
  }

  record Runner(String id, String name, String notes, String createdAt) {}

  /**
   * A visit: one video of the runner.
   *
   * @param videoType the video's media type, from its container
   * @param baselineVisitId the earlier visit whose lumbar hollow is this one's baseline, or null
   * @param slowMotionFactor how many times slower than real time the video plays, as given at upload, or null
   * @param everyFrame whether every frame of a video faster than 30 frames/s is read
   * @param videoSha256 the video file's SHA-256, or null for a visit added before runpose kept it
   */
  record Visit(String id, String runnerId, LocalDate date, String videoName, long videoBytes, String videoType,
      String baselineVisitId, Double slowMotionFactor, boolean everyFrame, String createdAt, String videoSha256) {

    /** Whether this visit came before {@code later}: an earlier date, or the same date and added first. */
    boolean comesBefore(Visit later) {
      int byDate = date.compareTo(later.date());
      return byDate < 0 || byDate == 0 && createdAt.compareTo(later.createdAt()) < 0;
    }
  }

  record Job(String visitId, JobState state, long framesDone, long framesTotal, String error, String startedAt,
      String finishedAt) {}

  record Finding(String flagId, String title, Severity severity, Double value, String unit, Severity borderlineTo) {

    /** A lower back measured, judged or not: a baseline for the runner's later visits. */
    boolean lumbarMeasured() {
      return flagId.equals(Flag.LUMBAR) && value != null;
    }

    /**
     * The traffic light in words, as {@link Flag#stateLabel}: a value stored without a grade was not judged; a lean
     * near a threshold says so, as its report does.
     */
    String stateLabel() {
      return (severity == Severity.NOT_ASSESSED && value != null ? Flag.NOT_JUDGED : severity.label())
          + (borderlineTo == null ? "" : ", " + Flag.nearLine(borderlineTo));
    }
  }

  record Training(String id, String runnerId, String fileName, String summary, String createdAt) {}

  /** Why a job the server was running when it stopped has failed. */
  static final String INTERRUPTED = "The server stopped while this video was being analysed. Upload it again, or"
      + " delete this visit.";

  private final Connection db;

  private Store(Connection db) {
    this.db = db;
  }

  /** Opens (or creates) the database in {@code file} and migrates its schema to this version's. */
  static Store open(Path file) throws SQLException {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
    Connection c = DriverManager.getConnection(url);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA foreign_keys = ON");
    }
    return new Store(c);
  }

  /**
   * Marks jobs a stopped server left running as failed, with the reason, and returns the visits still queued, to be
   * queued again.
   */
  synchronized List<String> recover() throws SQLException {
    update("UPDATE job SET state = 'failed', error = ?, finished_at = ? WHERE state = 'running'", INTERRUPTED, now());
    List<String> queued = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement("SELECT visit_id FROM job WHERE state = 'queued' ORDER BY"
        + " queued_at")) {
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          queued.add(r.getString(1));
        }
      }
    }
    return queued;
  }

  synchronized void addRunner(Runner r) throws SQLException {
    update("INSERT INTO runner (id, name, notes, created_at) VALUES (?, ?, ?, ?)", r.id(), r.name(), r.notes(),
        r.createdAt());
  }

  synchronized List<Runner> runners() throws SQLException {
    return query("SELECT id, name, notes, created_at FROM runner ORDER BY name COLLATE NOCASE", Store::runner);
  }

  synchronized Optional<Runner> runner(String id) throws SQLException {
    return one("SELECT id, name, notes, created_at FROM runner WHERE id = ?", Store::runner, id);
  }

  /** Deletes the runner with their visits, jobs, findings and training logs. */
  synchronized void deleteRunner(String id) throws SQLException {
    update("DELETE FROM runner WHERE id = ?", id);
  }

  /** Adds a visit with its job, queued. */
  synchronized void addVisit(Visit v) throws SQLException {
    inTransaction(() -> {
      update("INSERT INTO visit (id, runner_id, visit_date, video_name, video_bytes, video_type, baseline_visit_id,"
          + " slow_motion_factor, every_frame, created_at, video_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          v.id(), v.runnerId(), v.date().toString(), v.videoName(), v.videoBytes(), v.videoType(),
          v.baselineVisitId(), v.slowMotionFactor(), v.everyFrame() ? 1 : 0, v.createdAt(), v.videoSha256());
      update("INSERT INTO job (visit_id, state, queued_at) VALUES (?, 'queued', ?)", v.id(), now());
    });
  }

  synchronized Optional<Visit> visit(String id) throws SQLException {
    return one("SELECT " + VISIT_COLUMNS + " FROM visit WHERE id = ?", Store::visit, id);
  }

  /** The runner's visits, the latest first. */
  synchronized List<Visit> visits(String runnerId) throws SQLException {
    return query("SELECT " + VISIT_COLUMNS + " FROM visit WHERE runner_id = ? ORDER BY visit_date DESC,"
        + " created_at DESC", Store::visit, runnerId);
  }

  /**
   * Adds the visit with its job, queued, unless its runner already has a visit of the same video (by its SHA-256): then
   * that visit, and nothing is added. One call, so that two uploads of a file at once add one visit.
   */
  synchronized Optional<Visit> addVisitUnlessKnown(Visit v) throws SQLException {
    Optional<Visit> known = v.videoSha256() == null ? Optional.empty()
        : one("SELECT " + VISIT_COLUMNS + " FROM visit WHERE runner_id = ? AND video_sha256 = ?", Store::visit,
            v.runnerId(), v.videoSha256());
    if (known.isEmpty()) {
      addVisit(v);
    }
    return known;
  }

  synchronized void deleteVisit(String id) throws SQLException {
    update("DELETE FROM visit WHERE id = ?", id);
  }

  synchronized Optional<Job> job(String visitId) throws SQLException {
    return one("SELECT visit_id, state, frames_done, frames_total, error, started_at, finished_at FROM job WHERE"
        + " visit_id = ?", Store::job, visitId);
  }

  /**
   * Queues a visit whose analysis has ended for another, with this slow-motion factor (null: real time), frame
   * reading and lumbar baseline (null: none); its old findings go. Only a job that has ended is queued again: true if
   * this one was.
   */
  synchronized boolean requeue(String visitId, Double slowMotionFactor, boolean everyFrame, String baselineVisitId)
      throws SQLException {
    boolean[] queued = {false};
    inTransaction(() -> {
      queued[0] = updated("UPDATE job SET state = 'queued', frames_done = 0, frames_total = 0, error = NULL,"
          + " queued_at = ?, started_at = NULL, finished_at = NULL WHERE visit_id = ? AND state IN ('done',"
          + " 'failed', 'cancelled')", now(), visitId) == 1;
      if (queued[0]) {
        update("UPDATE visit SET slow_motion_factor = ?, every_frame = ?, baseline_visit_id = ? WHERE id = ?",
            slowMotionFactor, everyFrame ? 1 : 0, baselineVisitId, visitId);
        update("DELETE FROM finding WHERE visit_id = ?", visitId);
      }
    });
    return queued[0];
  }

  /** Ends a job that has not started: it is cancelled, and stays so across restarts. */
  synchronized void cancelQueued(String visitId) throws SQLException {
    update("UPDATE job SET state = 'cancelled', error = ?, finished_at = ? WHERE visit_id = ? AND state = 'queued'",
        "Cancelled before it started.", now(), visitId);
  }

  synchronized void jobStarted(String visitId, long framesTotal) throws SQLException {
    update("UPDATE job SET state = 'running', frames_total = ?, started_at = ? WHERE visit_id = ?", framesTotal,
        now(), visitId);
  }

  synchronized void jobProgress(String visitId, long framesDone) throws SQLException {
    update("UPDATE job SET frames_done = ? WHERE visit_id = ?", framesDone, visitId);
  }

  /** Ends a job; a finished one stays as it is (a visit deleted meanwhile has no job left to end). */
  synchronized void jobFinished(String visitId, JobState state, String error, List<Flag> flags)
      throws SQLException {
    inTransaction(() -> {
      update("UPDATE job SET state = ?, error = ?, finished_at = ?, frames_done = CASE WHEN ? = 'done' THEN"
          + " frames_total ELSE frames_done END WHERE visit_id = ? AND state IN ('queued', 'running')", state.key(),
          error, now(), state.key(), visitId);
      for (Flag f : flags) {
        update("INSERT OR REPLACE INTO finding (visit_id, flag_id, title, severity, value, unit, borderline_to)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)", visitId, f.id(), f.title(), f.severity().name(), f.value(), f.unit(),
            f.borderline() ? f.borderlineTo().name() : null);
      }
    });
  }

  synchronized List<Finding> findings(String visitId) throws SQLException {
    return query("SELECT flag_id, title, severity, value, unit, borderline_to FROM finding WHERE visit_id = ? ORDER"
        + " BY flag_id", r -> new Finding(r.getString(1), r.getString(2), Severity.valueOf(r.getString(3)),
            nullableDouble(r, 4), r.getString(5), r.getString(6) == null ? null : Severity.valueOf(r.getString(6))),
        visitId);
  }

  synchronized void addTraining(Training t) throws SQLException {
    update("INSERT INTO training (id, runner_id, file_name, summary, created_at) VALUES (?, ?, ?, ?, ?)", t.id(),
        t.runnerId(), t.fileName(), t.summary(), t.createdAt());
  }

  synchronized List<Training> trainings(String runnerId) throws SQLException {
    return query("SELECT id, runner_id, file_name, summary, created_at FROM training WHERE runner_id = ? ORDER BY"
        + " created_at DESC", r -> new Training(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5)), runnerId);
  }

  synchronized Optional<Training> training(String id) throws SQLException {
    return one("SELECT id, runner_id, file_name, summary, created_at FROM training WHERE id = ?",
        r -> new Training(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)), id);
  }

  @Override
  public synchronized void close() throws SQLException {
    db.close();
  }

  static String now() {
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  @FunctionalInterface
  private interface Work {
    void run() throws SQLException;
  }

  /** Runs {@code work} as one transaction: all of it is stored, or none. */
  private void inTransaction(Work work) throws SQLException {
    db.setAutoCommit(false);
    try {
      work.run();
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  @FunctionalInterface
  private interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private static Runner runner(ResultSet r) throws SQLException {
    return new Runner(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
  }

  private static final String VISIT_COLUMNS = "id, runner_id, visit_date, video_name, video_bytes, video_type,"
      + " baseline_visit_id, slow_motion_factor, every_frame, created_at, video_sha256";

  private static Visit visit(ResultSet r) throws SQLException {
    double factor = r.getDouble(8);
    Double slowMotionFactor = r.wasNull() ? null : factor;
    return new Visit(r.getString(1), r.getString(2), LocalDate.parse(r.getString(3)), r.getString(4), r.getLong(5),
        r.getString(6), r.getString(7), slowMotionFactor, r.getInt(9) == 1, r.getString(10), r.getString(11));
  }

  private static Job job(ResultSet r) throws SQLException {
    return new Job(r.getString(1), JobState.valueOf(r.getString(2).toUpperCase(java.util.Locale.ROOT)),
        r.getLong(3), r.getLong(4), r.getString(5), r.getString(6), r.getString(7));
  }

  private static Double nullableDouble(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  private void update(String sql, Object... args) throws SQLException {
    updated(sql, args);
  }

  /** Runs an update; the number of rows it changed. */
  private int updated(String sql, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(sql, args)) {
      return p.executeUpdate();
    }
  }

  private <T> List<T> query(String sql, Row<T> row, Object... args) throws SQLException {
    try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(row.read(r));
      }
      return out;
    }
  }

  private <T> Optional<T> one(String sql, Row<T> row, Object... args) throws SQLException {
    List<T> all = query(sql, row, args);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement p = db.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      p.setObject(i + 1, args[i]);
    }
    return p;
  }
}
