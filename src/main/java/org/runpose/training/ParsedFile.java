package org.runpose.training;

import java.util.List;

/** What one log file yielded: the runs it holds and the rows left out of it. */
record ParsedFile(List<Run> runs, List<SkippedRow> skipped) {
  ParsedFile {
    runs = List.copyOf(runs);
    skipped = List.copyOf(skipped);
  }
}
