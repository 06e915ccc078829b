package org.runpose.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which runs are speed work. A run's type decides when it names a kind of workout (tempo,
 * intervals, ...); otherwise its pace does: a run faster than the runner's easy pace by more than
 * the configured margin is speed work. The easy pace is the median pace of the runs not labelled
 * as speed work.
 *
 * @param easyPaceSecondsPerKm the median pace the margin is measured from
 * @param speedPaceMargin the configured margin
 * @param runs every run, in date order, with its classification
 */
public record SpeedWork(double easyPaceSecondsPerKm, double speedPaceMargin, List<ClassifiedRun> runs) {

  /** Words in a run's type that make it speed work. */
  public static final Set<String> SPEED_WORDS = Set.of(
      "tempo", "threshold", "interval", "intervals", "fartlek", "race", "racing", "hill", "hills",
      "repetition", "repetitions", "reps", "repeats", "track", "speed", "vo2", "vo2max", "parkrun");

  /** Words in a run's type that make it easy running. */
  public static final Set<String> EASY_WORDS = Set.of(
      "easy", "long", "recovery", "base", "jog", "aerobic", "lsd", "steady", "endurance");

  public SpeedWork {
    runs = List.copyOf(runs);
  }

  public static SpeedWork classify(List<Run> runs, double speedPaceMargin) {
    List<Run> sorted = runs.stream()
        .sorted((a, b) -> a.date().compareTo(b.date())).toList();
    double easyPace = median(sorted.stream()
        .filter(r -> labelled(r, SPEED_WORDS) == null)
        .mapToDouble(Run::paceSecondsPerKm).toArray());
    double speedBelow = easyPace * (1 - speedPaceMargin);
    List<ClassifiedRun> classified = new ArrayList<>();
    for (Run r : sorted) {
      String speedWord = labelled(r, SPEED_WORDS);
      String easyWord = labelled(r, EASY_WORDS);
      if (speedWord != null) {
        classified.add(new ClassifiedRun(r, true, "type '" + r.type() + "'"));
      } else if (easyWord != null) {
        classified.add(new ClassifiedRun(r, false, "type '" + r.type() + "'"));
      } else if (r.paceSecondsPerKm() < speedBelow) {
        classified.add(new ClassifiedRun(r, true, String.format(Locale.ROOT,
            "pace %.0f%% faster than the easy pace", (1 - r.paceSecondsPerKm() / easyPace) * 100)));
      } else {
        classified.add(new ClassifiedRun(r, false, "pace"));
      }
    }
    return new SpeedWork(easyPace, speedPaceMargin, classified);
  }

  /** The first word of the run's type found in {@code words}, or null. */
  private static String labelled(Run run, Set<String> words) {
    return Arrays.stream(run.type().split("[^a-z0-9]+")).filter(words::contains).findFirst().orElse(null);
  }

  /** NaN when every run is labelled speed work: then no pace is needed. */
  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }
}
