-- The earlier visit of the same runner whose lumbar hollow is the baseline this visit's lower back is judged against;
-- null: the thresholds for everyone. A deleted baseline visit leaves the later ones judged by the thresholds.
ALTER TABLE visit ADD COLUMN baseline_visit_id TEXT REFERENCES visit (id) ON DELETE SET NULL;
