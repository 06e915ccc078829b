-- Whether every frame of the visit's video is read (1), or at most 30 a second (0: every second frame of a 60 fps
-- video), as chosen at upload or when analysing again: every frame times the steps finer, at that many times the cost.
ALTER TABLE visit ADD COLUMN every_frame INTEGER NOT NULL DEFAULT 0;
