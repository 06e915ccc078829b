-- How many times slower than real time the visit's video plays (a phone's 240 fps slow motion stored at 30 fps: 8),
-- as given at upload; null: the video plays in real time, or runpose says when its timing looks slowed.
ALTER TABLE visit ADD COLUMN slow_motion_factor REAL;
