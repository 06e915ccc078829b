package org.runpose.training;

import java.util.List;

/** The runs read from one or more files, what was left out of them, and the files themselves. */
public record TrainingLog(List<Run> runs, List<SkippedRow> skipped, List<InputFile> inputs) {
  public TrainingLog {
    runs = List.copyOf(runs);
    skipped = List.copyOf(skipped);
    inputs = List.copyOf(inputs);
  }
}
