package org.runpose.eval;

import org.runpose.Severity;

/**
 * The forward-lean finding against the truth.
 *
 * @param truth the true lean graded with the analysis thresholds
 * @param measured the finding runpose gave
 * @param scored false when the true lean lies within 3° of a threshold
 * @param correct whether the finding matches the truth; null when not scored
 */
public record FlagScore(Severity truth, Severity measured, boolean scored, Boolean correct) {
  public FlagScore {
    if (truth == null || measured == null || scored == (correct == null)) {
      throw new IllegalArgumentException("truth and finding are required, and a verdict exactly when scored");
    }
  }
}
