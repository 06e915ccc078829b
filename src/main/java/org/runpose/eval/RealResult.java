package org.runpose.eval;

/**
 * One real recording's outcome: its scores, why it could not be scored, or that its clip is not here.
 *
 * @param clip clip name
 * @param split {@code tuning} or {@code check}
 * @param source where the clip comes from
 * @param sha256 the clip's SHA-256
 * @param missing true when no file with that SHA-256 was found (see tools/real-clips for where to get it)
 * @param error what went wrong, or null
 * @param score the scores, or null
 */
public record RealResult(String clip, String split, String source, String sha256, boolean missing, String error,
    RealScore score) {

  public RealResult {
    if (clip == null || (missing ? error != null || score != null : (error == null) == (score == null))) {
      throw new IllegalArgumentException("a clip is missing, or has either an error or a score");
    }
  }

  public boolean failed() {
    return error != null;
  }
}
