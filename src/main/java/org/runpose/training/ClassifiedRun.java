package org.runpose.training;

import java.util.Objects;

/** A run and whether it counts as speed work, with the reason in words. */
public record ClassifiedRun(Run run, boolean speedWork, String reason) {
  public ClassifiedRun {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(reason, "reason");
  }
}
