package org.runpose.posture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;

/**
 * Splits the clip of a person who turns round (a walker filmed crossing a room and coming back) into its passes. The
 * direction decides which side faces the camera and which way is forward; a pass the other way would have its lean
 * read with the wrong sign and its far limbs taken for the near ones, so each pass is analysed on its own. A stretch
 * walked backwards is left out of its pass: its steps (toe first, the trailing foot ahead) are not those the gait
 * events and angles are made for.
 */
final class OnePass {

  /** The facing votes are averaged over this much time either side of a frame: about a walking stride in all. */
  static final double HALF_WINDOW_SECONDS = 0.5;
  /**
   * Shortest pass that counts as a turn, seconds: a shorter stretch of reversed votes is the model misreading the
   * feet or the head, not a person walking the other way.
   */
  static final double MIN_PASS_SECONDS = 1.5;
  /**
   * Stride direction, as a correlation, that shows a person going the way they face: rendered runners stride at
   * 0.7-0.9 their way, most real runners and walkers at 0.24-0.89 (some walkers whose feet barely lift at 0.14 or
   * less), a sprinter crouched in the blocks at 0.01.
   */
  static final double MIN_STRIDE_AGREEMENT = 0.25;
  /** The feet's movement is taken over this time: long enough to rise above the keypoints' jitter in slow motion. */
  static final double STRIDE_LAG_SECONDS = 0.1;
  /**
   * How far the feet must move apart and together across the picture within {@link #HALF_WINDOW_SECONDS} either side
   * of a frame, in body heights, for its facing votes to count: a step moves them by about 0.7 of a body height, a
   * person standing or crouched in the blocks by next to nothing, and their toes and head do not show a way to face.
   */
  static final double MIN_STRIDE_SWING_HEIGHTS = 0.25;

  /**
   * One pass: the frames analysed together and the way the person faces in them.
   *
   * @param series the person's frames, those of the other passes as frames without a pose
   * @param facing the way the person faces while stepping (the way a runner runs)
   * @param notes what was left out of the clip for this pass, and why
   */
  record Pass(PoseSeries series, Direction facing, List<String> notes) {
    Pass {
      notes = List.copyOf(notes);
    }
  }

  private OnePass() {}

  /**
   * @param series one person's keypoints
   * @return the passes, the longest first and the others in the order filmed; one pass of {@code series} itself when
   *     the person keeps one direction and never walks backwards
   */
  static List<Pass> of(PoseSeries series) {
    List<PoseFrame> found = series.frames().stream().filter(PoseFrame::found).toList();
    if (found.isEmpty()) {
      return List.of(new Pass(series, Direction.RIGHT, List.of()));
    }
    // The feet of each stretch of frames are followed once: those of the whole clip vote on the facing, and a pass's
    // tell its stride and any stretch walked backwards.
    Map<List<PoseFrame>, Feet> feet = new IdentityHashMap<>();
    feet.put(found, Feet.of(found));
    double[] smoothed = smoothedVotes(found, feet.get(found));
    List<List<PoseFrame>> passes = passes(found, smoothed);
    if (passes.size() < 2 || !passes.stream().allMatch(p -> travelsAsItFaces(p, found, smoothed,
        feet.computeIfAbsent(p, Feet::of)))) {
      passes = List.of(found);
    }
    List<PoseFrame> longest = passes.stream().max(Comparator.comparingInt(List::size)).orElseThrow();
    List<List<PoseFrame>> ordered = new ArrayList<>(List.of(longest));
    passes.stream().filter(p -> p != longest).forEach(ordered::add);
    List<Pass> out = new ArrayList<>();
    for (List<PoseFrame> pass : ordered) {
      List<String> notes = new ArrayList<>();
      if (ordered.size() > 1) {
        notes.add(turnNote(pass, ordered));
      }
      out.add(forwards(series, found, pass, facing(pass, found, smoothed), feet.computeIfAbsent(pass, Feet::of),
          notes));
    }
    return out;
  }

  private static String turnNote(List<PoseFrame> pass, List<List<PoseFrame>> passes) {
    String turned = String.format(Locale.ROOT, "%s: runpose analysed each of its %d passes on its own, since the"
        + " other side faces the camera on the way back.", PostureAnalysis.TURNED_ROUND, passes.size());
    if (passes.get(0) != pass) {
      return String.format(Locale.ROOT, "%s These results are of the pass %s (%d frames).", turned, during(pass),
          pass.size());
    }
    List<String> others = passes.subList(1, passes.size()).stream().map(OnePass::during).toList();
    return String.format(Locale.ROOT, "%s This report is of the longest, %s (%d frames); the other %s (%s) %s"
        + " summarised under Other passes.", turned, during(pass), pass.size(), others.size() == 1 ? "pass" : "passes",
        String.join(", ", others), others.size() == 1 ? "is" : "are");
  }

  private static String during(List<PoseFrame> pass) {
    return String.format(Locale.ROOT, "from %.1f s to %.1f s", seconds(pass.get(0)),
        seconds(pass.get(pass.size() - 1)));
  }

  /** A pass less any stretch walked backwards, as the person's series with the other frames left out. */
  private static Pass forwards(PoseSeries series, List<PoseFrame> found, List<PoseFrame> pass, double facing,
      Feet feet, List<String> notes) {
    List<List<PoseFrame>> backwards = backwards(pass, facing, feet);
    List<PoseFrame> kept = backwards.isEmpty() ? pass : longestBetween(pass, backwards);
    if (kept.isEmpty()) {
      kept = pass;
      notes.add(String.format(Locale.ROOT, "The person walked backwards throughout the pass %s, still facing the same"
          + " way: runpose's measures are those of moving forward, so its steps and their timing may be wrong.",
          during(pass)));
    } else if (kept != pass) {
      notes.add(String.format(Locale.ROOT, "The person walked backwards, still facing the same way, %s: runpose"
          + " analysed the stretch %s (%d frames) walked forwards, since its measures are those of moving forward,"
          + " and left out the %d other frames.",
          backwards.stream().map(OnePass::during).collect(Collectors.joining(" and ")), during(kept), kept.size(),
          pass.size() - kept.size()));
    }
    Direction direction = facing >= 0 ? Direction.RIGHT : Direction.LEFT;
    if (kept.size() == found.size()) {
      return new Pass(series, direction, notes);
    }
    Set<PoseFrame> left = new HashSet<>(found);
    kept.forEach(left::remove);
    return new Pass(series.withoutPoses(left.stream().map(PoseFrame::index).collect(Collectors.toSet())),
        direction, notes);
  }

  /** The longest run of the pass's frames between the stretches (sublists of it, in order) and its ends. */
  private static List<PoseFrame> longestBetween(List<PoseFrame> pass, List<List<PoseFrame>> stretches) {
    List<PoseFrame> longest = List.of();
    int from = 0;
    for (List<PoseFrame> s : stretches) {
      int start = pass.indexOf(s.get(0));
      longest = start - from > longest.size() ? pass.subList(from, start) : longest;
      from = start + s.size();
    }
    return pass.size() - from > longest.size() ? pass.subList(from, pass.size()) : longest;
  }

  /** The sign of the facing votes summed over the frames of a pass: positive toward the image right. */
  private static double facing(List<PoseFrame> pass, List<PoseFrame> found, double[] smoothed) {
    // Passes hold runs of consecutive found frames, so a pass's frames sit together in {@code found}.
    int start = Collections.binarySearch(found, pass.get(0), Comparator.comparingInt(PoseFrame::index));
    double facing = 0;
    for (int i = 0; i < pass.size(); i++) {
      facing += smoothed[start + i];
    }
    return Math.signum(facing);
  }

  /**
   * Stretches of {@link #MIN_PASS_SECONDS} or more in which the feet stride against the way the person faces, by
   * {@link #MIN_STRIDE_AGREEMENT} or more over the {@link #HALF_WINDOW_SECONDS} either side of each frame: a person
   * walking backwards (back to the start of a walkway without turning round).
   */
  private static List<List<PoseFrame>> backwards(List<PoseFrame> pass, double facing, Feet feet) {
    List<List<PoseFrame>> out = new ArrayList<>();
    int n = pass.size();
    double[] seconds = feet.seconds();
    Windows around = Windows.of(seconds);
    boolean[] against = new boolean[n];
    for (int i = 0; i < n; i++) {
      against[i] = facing * feet.strideDirection(around.from()[i], around.to()[i]) <= -MIN_STRIDE_AGREEMENT;
    }
    for (int i = 0; i < n; i++) {
      if (!against[i]) {
        continue;
      }
      int j = i;
      while (j + 1 < n && against[j + 1]) {
        j++;
      }
      if (seconds[j] - seconds[i] >= MIN_PASS_SECONDS) {
        out.add(pass.subList(i, j + 1));
      }
      i = j;
    }
    return out;
  }

  /**
   * Whether the person goes the way the pass faces: the hips travel that way across the picture by half a body height
   * or more, or, where a camera follows them and keeps them in the middle, their feet stride that way. A person who
   * turns round walks back. A sprinter bent over in the blocks, whose head and feet can vote the other way, does not.
   */
  private static boolean travelsAsItFaces(List<PoseFrame> pass, List<PoseFrame> found, double[] smoothed,
      Feet feet) {
    double facing = facing(pass, found, smoothed);
    PoseFrame first = pass.get(0);
    PoseFrame last = pass.get(pass.size() - 1);
    double travel = OnePerson.hipCentre(last)[0] - OnePerson.hipCentre(first)[0];
    return Math.signum(travel) == facing && Math.abs(travel) >= 0.5 * heightPx(first)
        || facing * feet.strideDirection(0, pass.size()) >= MIN_STRIDE_AGREEMENT;
  }

  /**
   * Which way the feet stride, from -1 to 1, positive toward the image right, whatever the camera does: the foot
   * lower than usual (the one on the ground) falls behind the other while that one swings ahead. The correlation, over
   * the frames, between the change in the feet's distance across the picture over {@link #STRIDE_LAG_SECONDS} and how
   * much lower than usual the one foot stands than the other; a camera that pans, tilts or rises moves both feet
   * alike and drops out. The feet are followed from frame to frame by position, since the model can swap their names.
   */
  static double strideDirection(List<PoseFrame> frames) {
    return Feet.of(frames).strideDirection(0, frames.size());
  }

  /**
   * The two feet of each frame, followed by position: how far apart across the picture and how much lower the one
   * stands than the other, pixels, and when, seconds. Following them over a whole pass labels any stretch of it as
   * following them over that stretch alone would, or with the feet's names swapped throughout, which changes no
   * stride direction.
   */
  private record Feet(double[] gapX, double[] dropY, double[] seconds) {

    static Feet of(List<PoseFrame> frames) {
      int n = frames.size();
      double[] gapX = new double[n];
      double[] dropY = new double[n];
      double[] seconds = new double[n];
      double[][] previous = null;
      for (int i = 0; i < n; i++) {
        double[][] feet = {foot(frames.get(i), BodyLandmark.LEFT_ANKLE, BodyLandmark.LEFT_HEEL,
            BodyLandmark.LEFT_FOOT_INDEX), foot(frames.get(i), BodyLandmark.RIGHT_ANKLE, BodyLandmark.RIGHT_HEEL,
            BodyLandmark.RIGHT_FOOT_INDEX)};
        if (previous != null && distance(feet[0], previous[1]) + distance(feet[1], previous[0])
            < distance(feet[0], previous[0]) + distance(feet[1], previous[1])) {
          feet = new double[][] {feet[1], feet[0]};
        }
        gapX[i] = feet[0][0] - feet[1][0];
        dropY[i] = feet[0][1] - feet[1][1];
        seconds[i] = OnePass.seconds(frames.get(i));
        previous = feet;
      }
      return new Feet(gapX, dropY, seconds);
    }

    /**
     * Per frame, whether the feet move apart and together across the picture by {@link #MIN_STRIDE_SWING_HEIGHTS}
     * body heights or more (between the window's tenth and ninetieth percentile of their gap) within {@link
     * #HALF_WINDOW_SECONDS} either side of it.
     */
    boolean[] stepping(List<PoseFrame> frames, Windows around) {
      int n = gapX.length;
      boolean[] out = new boolean[n];
      for (int i = 0; i < n; i++) {
        // The tenth to the ninetieth percentile: a single misplaced ankle is no step.
        double[] window = Arrays.copyOfRange(gapX, around.from()[i], around.to()[i]);
        Arrays.sort(window);
        int tenth = (window.length - 1) / 10;
        out[i] = window[window.length - 1 - tenth] - window[tenth]
            >= MIN_STRIDE_SWING_HEIGHTS * heightPx(frames.get(i));
      }
      return out;
    }

    /** {@link OnePass#strideDirection} over the frames from {@code from} (inclusive) to {@code to} (exclusive). */
    double strideDirection(int from, int to) {
      int n = to - from;
      if (n < 3) {
        return 0;
      }
      double usualDrop = Arrays.stream(dropY, from, to).average().orElseThrow();
      double secondsPerFrame = (seconds[to - 1] - seconds[from]) / (n - 1);
      int lag = Math.max(1, (int) Math.round(STRIDE_LAG_SECONDS / secondsPerFrame));
      double products = 0;
      double gapChanges = 0;
      double drops = 0;
      for (int i = from; i + lag < to; i++) {
        // Frames the person was lost in between would make the lag longer than it is.
        if (seconds[i + lag] - seconds[i] > 1.5 * lag * secondsPerFrame) {
          continue;
        }
        double change = gapX[i + lag] - gapX[i];
        double drop = (dropY[i] + dropY[i + lag]) / 2 - usualDrop;
        products += change * drop;
        gapChanges += change * change;
        drops += drop * drop;
      }
      return gapChanges == 0 || drops == 0 ? 0 : -products / Math.sqrt(gapChanges * drops);
    }
  }

  /** A foot's place: the ankle across the picture, the lower of heel and toe up and down, pixels. */
  private static double[] foot(PoseFrame f, BodyLandmark ankle, BodyLandmark heel, BodyLandmark toe) {
    return new double[] {f.keypoint(ankle).xPx(), Math.max(f.keypoint(heel).yPx(), f.keypoint(toe).yPx())};
  }

  private static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  /** Nose to the ankles' midpoint: about the body's height less the forehead. */
  private static double heightPx(PoseFrame f) {
    double ankleX = (f.keypoint(BodyLandmark.LEFT_ANKLE).xPx() + f.keypoint(BodyLandmark.RIGHT_ANKLE).xPx()) / 2;
    double ankleY = (f.keypoint(BodyLandmark.LEFT_ANKLE).yPx() + f.keypoint(BodyLandmark.RIGHT_ANKLE).yPx()) / 2;
    return Math.hypot(f.keypoint(BodyLandmark.NOSE).xPx() - ankleX, f.keypoint(BodyLandmark.NOSE).yPx() - ankleY);
  }

  /**
   * Per frame, the facing votes (toes ahead of heels, nose ahead of the ears) averaged around it in time; only the
   * frames in which the person steps vote, unless none does.
   */
  private static double[] smoothedVotes(List<PoseFrame> found, Feet feet) {
    Windows around = Windows.of(feet.seconds());
    boolean[] stepping = feet.stepping(found, around);
    boolean anyStepping = false;
    for (boolean s : stepping) {
      anyStepping |= s;
    }
    // Running totals: each window's sum is the difference of two.
    double[] total = new double[found.size() + 1];
    for (int i = 0; i < found.size(); i++) {
      total[i + 1] = total[i] + (stepping[i] || !anyStepping ? vote(found.get(i)) : 0);
    }
    double[] smoothed = new double[found.size()];
    for (int i = 0; i < smoothed.length; i++) {
      int from = around.from()[i];
      int to = around.to()[i];
      smoothed[i] = (total[to] - total[from]) / (to - from);
    }
    return smoothed;
  }

  /**
   * For each of a run of frames, the frames within {@link #HALF_WINDOW_SECONDS} either side of it: from {@code from}
   * (inclusive) to {@code to} (exclusive).
   */
  private record Windows(int[] from, int[] to) {

    /** @param seconds the frames' times, ascending */
    static Windows of(double[] seconds) {
      int n = seconds.length;
      int[] from = new int[n];
      int[] to = new int[n];
      int f = 0;
      int t = 0;
      for (int i = 0; i < n; i++) {
        while (seconds[f] < seconds[i] - HALF_WINDOW_SECONDS) {
          f++;
        }
        while (t < n && seconds[t] <= seconds[i] + HALF_WINDOW_SECONDS) {
          t++;
        }
        from[i] = f;
        to[i] = t;
      }
      return new Windows(from, to);
    }
  }

  private static double vote(PoseFrame f) {
    return Body.facingVote(f.keypoint(BodyLandmark.LEFT_FOOT_INDEX).xPx(), f.keypoint(BodyLandmark.LEFT_HEEL).xPx(),
        f.keypoint(BodyLandmark.RIGHT_FOOT_INDEX).xPx(), f.keypoint(BodyLandmark.RIGHT_HEEL).xPx(),
        f.keypoint(BodyLandmark.NOSE).xPx(),
        (f.keypoint(BodyLandmark.LEFT_EAR).xPx() + f.keypoint(BodyLandmark.RIGHT_EAR).xPx()) / 2);
  }

  /**
   * Runs of frames facing one way; the shortest run under {@link #MIN_PASS_SECONDS} is merged into the run before it
   * (or, at the start, after it) until none is left. Two or more runs left are passes.
   */
  private static List<List<PoseFrame>> passes(List<PoseFrame> found, double[] smoothed) {
    List<List<PoseFrame>> runs = new ArrayList<>();
    List<Double> signs = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      double s = Math.signum(smoothed[i]);
      if (runs.isEmpty()) {
        runs.add(new ArrayList<>());
        signs.add(s);
      } else if (s != 0 && signs.get(signs.size() - 1) == 0) {
        // Frames without a vote (standing still at the start) belong to the first way the person faces.
        signs.set(signs.size() - 1, s);
      } else if (s != 0 && s != signs.get(signs.size() - 1)) {
        runs.add(new ArrayList<>());
        signs.add(s);
      }
      runs.get(runs.size() - 1).add(found.get(i));
    }
    while (runs.size() > 1) {
      int shortest = 0;
      for (int i = 1; i < runs.size(); i++) {
        if (span(runs.get(i)) < span(runs.get(shortest))) {
          shortest = i;
        }
      }
      if (span(runs.get(shortest)) >= MIN_PASS_SECONDS) {
        break;
      }
      int into = shortest == 0 ? 1 : shortest - 1;
      runs.get(into).addAll(runs.remove(shortest));
      signs.remove(shortest);
      // Its neighbours may now face the same way: they are one run.
      for (int i = 1; i < runs.size(); i++) {
        if (signs.get(i).equals(signs.get(i - 1))) {
          runs.get(i - 1).addAll(runs.remove(i));
          signs.remove(i--);
        }
      }
    }
    runs.forEach(r -> r.sort(Comparator.comparingInt(PoseFrame::index)));
    return runs;
  }

  private static double span(List<PoseFrame> run) {
    return seconds(run.get(run.size() - 1)) - seconds(run.get(0));
  }

  private static double seconds(PoseFrame f) {
    return f.timestampMicros() / 1e6;
  }
}
