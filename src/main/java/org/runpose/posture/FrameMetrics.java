package org.runpose.posture;

/**
 * Per-frame measures; null where the frame does not give one.
 *
 * @param index video frame index
 * @param timeSeconds frame time
 * @param found whether the runner was found
 * @param leanDeg trunk lean from the true vertical, forward positive
 * @param lumbarDepthPct lumbar hollow depth, percent of trunk length
 * @param stance which foot is on the ground: {@code left}, {@code right} or {@code none}; null before the first
 *     or after the last detected event
 */
public record FrameMetrics(
    int index, double timeSeconds, boolean found, Double leanDeg, Double lumbarDepthPct, String stance) {

  /** The frame without its trunk lean: for a recording that cannot carry the angles. */
  FrameMetrics withoutLean() {
    return new FrameMetrics(index, timeSeconds, found, null, lumbarDepthPct, stance);
  }
}
