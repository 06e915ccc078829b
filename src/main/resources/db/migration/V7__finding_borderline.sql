-- Whether a trunk lean lies within its own error of a threshold (Flag.borderline), for the runner's list of visits
-- to say so as the visit's report does. Findings stored before this read 0 until their visit is analysed again.
ALTER TABLE finding ADD COLUMN borderline INTEGER NOT NULL DEFAULT 0;
