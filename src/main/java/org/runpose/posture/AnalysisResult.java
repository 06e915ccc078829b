package org.runpose.posture;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One posture analysis: the findings and measures ({@code analysis.json}), and the cleaned skeletons they were
 * measured on, which an overlay draws.
 *
 * @param analysis the findings and measures
 * @param skeletons the cleaned keypoints of every frame with the runner, in all passes
 * @param lumbarTraces where the lumbar measure was taken, by video frame index, for the frames that showed the back
 */
public record AnalysisResult(
    PostureAnalysis analysis, SkeletonTrack skeletons, Map<Integer, LumbarTrace> lumbarTraces) {

  public AnalysisResult {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(skeletons, "skeletons");
    lumbarTraces = Map.copyOf(lumbarTraces);
  }

  /**
   * The analyses of a clip's passes as one: the first pass's findings with the others' as {@link
   * PostureAnalysis#otherPasses()}, and the skeletons and outlines of them all, which lie in different frames.
   */
  static AnalysisResult ofPasses(List<AnalysisResult> passes) {
    AnalysisResult first = passes.get(0);
    if (passes.size() == 1) {
      return first;
    }
    List<AnalysisResult> others = passes.subList(1, passes.size());
    Map<Integer, LumbarTrace> traces = new HashMap<>();
    passes.forEach(p -> traces.putAll(p.lumbarTraces()));
    return new AnalysisResult(
        first.analysis().withOtherPasses(others.stream().map(AnalysisResult::analysis).toList()),
        new SkeletonTrack(passes.stream().flatMap(p -> p.skeletons().frames().stream())
            .sorted(Comparator.comparingInt(Skeleton::frameIndex)).toList()),
        traces);
  }

  /** An analysis without the video's outlines, e.g. of saved keypoints. */
  public AnalysisResult(PostureAnalysis analysis, SkeletonTrack skeletons) {
    this(analysis, skeletons, Map.of());
  }
}
