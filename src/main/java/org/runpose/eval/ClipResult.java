package org.runpose.eval;

/**
 * One clip's outcome: its scores, or why it could not be scored.
 *
 * @param clip clip name
 * @param error what went wrong, or null
 * @param score the scores, or null when it failed
 */
public record ClipResult(String clip, String error, ClipScore score) {

  public ClipResult {
    if (clip == null || (error == null) == (score == null)) {
      throw new IllegalArgumentException("a clip has either an error or a score");
    }
  }

  public boolean failed() {
    return error != null;
  }
}
