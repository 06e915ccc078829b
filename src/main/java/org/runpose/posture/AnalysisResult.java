package org.runpose.posture;

import java.util.Objects;

/**
 * One posture analysis: the findings and measures ({@code analysis.json}), and the cleaned skeletons they were
 * measured on, which an overlay draws.
 *
 * @param analysis the findings and measures
 * @param skeletons the cleaned keypoints of every frame with the runner
 */
public record AnalysisResult(PostureAnalysis analysis, SkeletonTrack skeletons) {

  public AnalysisResult {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(skeletons, "skeletons");
  }
}
