-- The uploaded video's media type, from the container FFmpeg found in it, so the browser is told what it plays.
ALTER TABLE visit ADD COLUMN video_type TEXT NOT NULL DEFAULT 'video/mp4';
