-- For a trunk lean within its own error of a threshold (Flag.borderlineTo), the grade across that threshold, for the
-- runner's list of visits to say "near the excessive line" as the visit's report does; null otherwise. Findings
-- stored before this have none until their visit is analysed again.
ALTER TABLE finding ADD COLUMN borderline_to TEXT;
