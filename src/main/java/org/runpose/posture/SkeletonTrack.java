package org.runpose.posture;

import java.util.List;
import java.util.Optional;

/**
 * The runner's cleaned skeleton in every frame where the runner was found, in frame order: what an overlay draws.
 *
 * @param frames one skeleton per frame with the runner, frame indices strictly increasing
 */
public record SkeletonTrack(List<Skeleton> frames) {

  public SkeletonTrack {
    frames = List.copyOf(frames);
    for (int i = 1; i < frames.size(); i++) {
      if (frames.get(i).frameIndex() <= frames.get(i - 1).frameIndex()) {
        throw new IllegalArgumentException("skeleton frame indices must increase: " + frames.get(i - 1).frameIndex()
            + " then " + frames.get(i).frameIndex());
      }
    }
  }

  /** The skeleton of a video frame, empty where the runner was not found. */
  public Optional<Skeleton> at(int frameIndex) {
    int lo = 0;
    int hi = frames.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int index = frames.get(mid).frameIndex();
      if (index == frameIndex) {
        return Optional.of(frames.get(mid));
      }
      if (index < frameIndex) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }
}
