-- The uploaded video's SHA-256, to tell a runner's video uploaded a second time from a new recording. Visits added
-- before it was kept have none.
ALTER TABLE visit ADD COLUMN video_sha256 TEXT;
