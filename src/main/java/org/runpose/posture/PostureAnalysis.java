package org.runpose.posture;

import java.util.List;
import org.runpose.pose.ModelInfo;
import org.runpose.pose.PoseConfig;
import org.runpose.video.VideoInfo;

/**
 * Everything {@code runpose analyze} found in one video: what it is based on, the findings, and the measures per
 * step and per frame. This is the content of {@code analysis.json}.
 *
 * @param runposeVersion version of runpose that made it
 * @param video the video analysed
 * @param model the pose model used
 * @param poseSettings pose tracking settings
 * @param settings analysis settings and thresholds
 * @param view direction, camera roll and side-view check
 * @param sufficient whether the data allow findings
 * @param insufficientReasons why not, in plain language
 * @param summary medians over the clip
 * @param flags the findings
 * @param steps per-step measures
 * @param frames per-frame measures
 * @param notes remarks for the user (several people, repaired left/right swaps, ...)
 */
public record PostureAnalysis(
    String runposeVersion,
    VideoInfo video,
    ModelInfo model,
    PoseConfig poseSettings,
    AnalysisConfig settings,
    ViewCheck view,
    boolean sufficient,
    List<String> insufficientReasons,
    PostureSummary summary,
    List<Flag> flags,
    List<StepMetrics> steps,
    List<FrameMetrics> frames,
    List<String> notes) {

  public PostureAnalysis {
    insufficientReasons = List.copyOf(insufficientReasons);
    flags = List.copyOf(flags);
    steps = List.copyOf(steps);
    frames = List.copyOf(frames);
    notes = List.copyOf(notes);
  }

  /** The finding with this id, e.g. {@link Flag#FORWARD_LEAN}. */
  public Flag flag(String id) {
    return flags.stream().filter(f -> f.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no finding " + id));
  }
}
