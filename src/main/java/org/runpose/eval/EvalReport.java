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
 * @param everyFrame whether every frame of the clips faster than 30 frames/s was read ({@code --every-frame})
 * @param clips one result per rendered labelled clip of the tuning split, by name
 * @param overall scores over those clips; null when there were none
 * @param check the same for the rendered clips of the check split, scored only to report; null when none were
 *     asked for
 * @param real the scores on the hand-annotated real recordings; null when none were asked for
 */
public record EvalReport(
    int formatVersion, String runposeVersion, ModelInfo model, AnalysisConfig settings, boolean everyFrame,
    List<ClipResult> clips, Overall overall, EvalReport check, RealReport real) {

  /** The JSON format this runpose writes. */
  public static final int FORMAT_VERSION = 1;

  public EvalReport {
    if (runposeVersion == null || model == null || settings == null || (overall == null) != clips.isEmpty()) {
      throw new IllegalArgumentException("version, model, settings, and overall scores with clips are required");
    }
    clips = List.copyOf(clips);
  }

  public boolean anyFailed() {
    return (overall != null && overall.failed() > 0) || (check != null && check.anyFailed())
        || (real != null && real.anyFailed());
  }

  /** The same report with the real recordings' scores. */
  public EvalReport withReal(RealReport realReport) {
    return new EvalReport(formatVersion, runposeVersion, model, settings, everyFrame, clips, overall, check,
        realReport);
  }

  /** The same report, of the tuning clips, with the rendered check clips' scores. */
  public EvalReport withCheck(EvalReport checkReport) {
    return new EvalReport(formatVersion, runposeVersion, model, settings, everyFrame, clips, overall, checkReport,
        real);
  }
}
