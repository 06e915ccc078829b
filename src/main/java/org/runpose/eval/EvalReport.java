package org.runpose.eval;

import java.util.List;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.AnalysisConfig;

/**
 * What {@code runpose eval} found: the scores of every clip and over all of them. This is the JSON output.
 *
 * @param runposeVersion version of runpose that was scored
 * @param model the pose model used
 * @param settings the analysis settings (defaults); the flag thresholds come from here
 * @param clips one result per labelled clip, by name
 * @param overall scores over all clips
 */
public record EvalReport(
    String runposeVersion, ModelInfo model, AnalysisConfig settings, List<ClipResult> clips, Overall overall) {

  public EvalReport {
    if (runposeVersion == null || model == null || settings == null || overall == null) {
      throw new IllegalArgumentException("version, model, settings and overall scores are required");
    }
    clips = List.copyOf(clips);
  }

  public boolean anyFailed() {
    return overall.failed() > 0;
  }
}
