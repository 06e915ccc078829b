package org.runpose.posture;

import java.util.Map;
import java.util.Objects;

/**
 * One posture analysis: the findings and measures ({@code analysis.json}), and the cleaned skeletons they were
 * measured on, which an overlay draws.
 *
 * @param analysis the findings and measures
 * @param skeletons the cleaned keypoints of every frame with the runner
 * @param lumbarTraces where the lumbar measure was taken, by video frame index, for the frames that showed the back
 */
public record AnalysisResult(
    PostureAnalysis analysis, SkeletonTrack skeletons, Map<Integer, LumbarTrace> lumbarTraces) {

  public AnalysisResult {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(skeletons, "skeletons");
    lumbarTraces = Map.copyOf(lumbarTraces);
  }

  /** An analysis without the video's outlines, e.g. of saved keypoints. */
  public AnalysisResult(PostureAnalysis analysis, SkeletonTrack skeletons) {
    this(analysis, skeletons, Map.of());
  }
}
