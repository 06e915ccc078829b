package org.runpose.eval;

import java.util.List;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.AnalysisConfig;

/**
 * What {@code runpose eval} found: the scores of every clip and over all of them. This is the JSON output.
 *
 * @param formatVersion the JSON format's version, {@link #FORMAT_VERSION}
 * @param runposeVersion version of runpose that was scored
 * @param model the pose model used
 * @param settings the analysis settings (defaults); the flag thresholds come from here
 * @param clips one result per rendered labelled clip, by name
 * @param overall scores over all rendered clips; null when there were none
 * @param real the scores on the hand-annotated real recordings; null when none were asked for
 */
public record EvalReport(
    int formatVersion, String runposeVersion, ModelInfo model, AnalysisConfig settings, List<ClipResult> clips, Overall overall,
    RealReport real) {

  /** The JSON format this runpose writes. */
  public static final int FORMAT_VERSION = 1;

  public EvalReport {
    if (runposeVersion == null || model == null || settings == null || (overall == null) != clips.isEmpty()) {
      throw new IllegalArgumentException("version, model, settings, and overall scores with clips are required");
    }
    clips = List.copyOf(clips);
  }

  public boolean anyFailed() {
    return (overall != null && overall.failed() > 0) || (real != null && real.anyFailed());
  }

  /** The same report with the real recordings' scores. */
  public EvalReport withReal(RealReport realReport) {
    return new EvalReport(formatVersion, runposeVersion, model, settings, clips, overall, realReport);
  }
}
