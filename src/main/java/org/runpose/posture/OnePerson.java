package org.runpose.posture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;

/**
 * Keeps one person's frames. When the runner leaves the picture, or is lost behind someone, the tracker may take up
 * whoever else it sees; their steps mixed into the runner's would make a nonsense of the gait. Between two frames
 * with a pose, a body that moved further than any runner can in the time between is someone else: the frames are
 * cut there into runs, runs that continue one another plausibly are joined into one person, and the person seen
 * in the most frames is the one analysed.
 */
final class OnePerson {

  /**
   * Fastest plausible travel across the picture, in body heights a second: a sprinter at 10 m/s covers 5.5 heights
   * of 1.8 m a second.
   */
  static final double MAX_HEIGHTS_PER_SECOND = 6;
  /** Allowance for the keypoints' own wobble between two frames, in body heights. */
  static final double JITTER_HEIGHTS = 0.5;

  private OnePerson() {}

  /**
   * @param series the keypoints
   * @param notes where a remark on the frames left out is added
   * @return the series with only the main person's poses: other people's frames count as frames without a pose
   */
  static PoseSeries of(PoseSeries series, List<String> notes) {
    List<List<PoseFrame>> people = new ArrayList<>();
    List<PoseFrame> run = null;
    PoseFrame previous = null;
    for (PoseFrame f : series.frames()) {
      if (!f.found()) {
        continue;
      }
      if (previous == null || !samePerson(previous, f)) {
        run = new ArrayList<>();
        people.add(run);
      }
      run.add(f);
      previous = f;
    }
    joinContinuing(people);
    if (people.size() < 2) {
      return series;
    }
    List<PoseFrame> main = people.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
    List<PoseFrame> others = people.stream().filter(p -> p != main).flatMap(List::stream)
        .sorted(Comparator.comparingInt(PoseFrame::index)).toList();
    // A jump away from the runner is someone else, or the runner half out of the picture, whose hidden joints the
    // model then guesses anywhere: the note says both.
    notes.add(String.format(Locale.ROOT, "In %d %s (from %.1f s to %.1f s) the keypoints leapt further than a runner"
        + " moves, away from the runner seen in the other %d (to someone else in view, or with the runner half out"
        + " of the picture); %s left out.", others.size(), others.size() == 1 ? "frame" : "frames",
        others.get(0).timestampMicros() / 1e6, others.get(others.size() - 1).timestampMicros() / 1e6, main.size(),
        others.size() == 1 ? "it was" : "they were"));
    return series.withoutPoses(others.stream().map(PoseFrame::index).collect(Collectors.toSet()));
  }

  /** Runs that plausibly continue an earlier run are the same person (the runner back after a bystander). */
  private static void joinContinuing(List<List<PoseFrame>> runs) {
    for (int i = 1; i < runs.size(); i++) {
      List<PoseFrame> later = runs.get(i);
      for (int j = 0; j < i; j++) {
        List<PoseFrame> earlier = runs.get(j);
        if (samePerson(earlier.get(earlier.size() - 1), later.get(0))) {
          earlier.addAll(later);
          runs.remove(i--);
          break;
        }
      }
    }
  }

  static boolean samePerson(PoseFrame a, PoseFrame b) {
    double heightPx = Math.max(heightPx(a), heightPx(b));
    double seconds = Math.abs(b.timestampMicros() - a.timestampMicros()) / 1e6;
    double[] ha = hipCentre(a);
    double[] hb = hipCentre(b);
    return Math.hypot(hb[0] - ha[0], hb[1] - ha[1]) <= heightPx * (JITTER_HEIGHTS + MAX_HEIGHTS_PER_SECOND * seconds);
  }

  static double[] hipCentre(PoseFrame f) {
    Keypoint l = f.keypoint(BodyLandmark.LEFT_HIP);
    Keypoint r = f.keypoint(BodyLandmark.RIGHT_HIP);
    return new double[] {(l.xPx() + r.xPx()) / 2, (l.yPx() + r.yPx()) / 2};
  }

  /** The body's height in the picture: the span of its keypoints, which a bent body does not shrink much. */
  private static double heightPx(PoseFrame f) {
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    for (Keypoint k : f.keypoints()) {
      top = Math.min(top, k.yPx());
      bottom = Math.max(bottom, k.yPx());
    }
    return bottom - top;
  }
}
