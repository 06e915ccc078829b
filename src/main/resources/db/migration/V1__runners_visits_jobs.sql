-- A runner (a patient, or the runner themself) and their visits: one video each, analysed by one job.
CREATE TABLE runner (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  notes      TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);

CREATE TABLE visit (
  id          TEXT PRIMARY KEY,
  runner_id   TEXT NOT NULL REFERENCES runner (id) ON DELETE CASCADE,
  visit_date  TEXT NOT NULL,
  video_name  TEXT NOT NULL,
  video_bytes INTEGER NOT NULL,
  created_at  TEXT NOT NULL
);
CREATE INDEX visit_runner ON visit (runner_id, visit_date);

-- state: queued, running, done, failed, cancelled
CREATE TABLE job (
  visit_id     TEXT PRIMARY KEY REFERENCES visit (id) ON DELETE CASCADE,
  state        TEXT NOT NULL,
  frames_done  INTEGER NOT NULL DEFAULT 0,
  frames_total INTEGER NOT NULL DEFAULT 0,
  error        TEXT,
  queued_at    TEXT NOT NULL,
  started_at   TEXT,
  finished_at  TEXT
);

-- The findings of a finished analysis, for the runner's list of visits without reading every analysis.json.
CREATE TABLE finding (
  visit_id TEXT NOT NULL REFERENCES visit (id) ON DELETE CASCADE,
  flag_id  TEXT NOT NULL,
  title    TEXT NOT NULL,
  severity TEXT NOT NULL,
  value    REAL,
  unit     TEXT NOT NULL,
  PRIMARY KEY (visit_id, flag_id)
);

-- A training log checked against the load rules.
CREATE TABLE training (
  id         TEXT PRIMARY KEY,
  runner_id  TEXT NOT NULL REFERENCES runner (id) ON DELETE CASCADE,
  file_name  TEXT NOT NULL,
  summary    TEXT NOT NULL,
  created_at TEXT NOT NULL
);
