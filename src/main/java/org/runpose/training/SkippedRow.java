package org.runpose.training;

import java.util.Objects;

/** A run or row left out of the analysis, and why (in plain words). */
public record SkippedRow(Location location, String reason) {
  public SkippedRow {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }
}
