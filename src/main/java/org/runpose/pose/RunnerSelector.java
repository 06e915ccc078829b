package org.runpose.pose;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the runner among the people the detector found: the largest person at first, then whoever is nearest
 * to where the runner was last seen, so a bystander who walks through does not take over.
 */
final class RunnerSelector {

  /** A detection counts as the same runner when its centre is within this many ROI sizes of the last one. */
  private static final double SAME_RUNNER_DISTANCE = 0.5;

  private RunnerSelector() {}

  static Optional<Detection> choose(List<Detection> people, Roi lastRunner) {
    if (people.isEmpty()) {
      return Optional.empty();
    }
    if (lastRunner != null) {
      Optional<Detection> nearest =
          people.stream()
              .min(Comparator.comparingDouble(d -> distance(d.roi(), lastRunner)))
              .filter(d -> distance(d.roi(), lastRunner) <= SAME_RUNNER_DISTANCE * lastRunner.sizePx());
      if (nearest.isPresent()) {
        return nearest;
      }
    }
    return people.stream().max(Comparator.comparingDouble(d -> d.roi().sizePx()));
  }

  private static double distance(Roi a, Roi b) {
    return Math.hypot(a.centerXPx() - b.centerXPx(), a.centerYPx() - b.centerYPx());
  }
}
