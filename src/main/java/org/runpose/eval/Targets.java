package org.runpose.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The two kinds of accuracy target, over any scored clips: an error within a limit, and a count of right calls. */
final class Targets {

  private Targets() {}

  /**
   * Every clip's absolute error within the limit; a clip without a measure misses it.
   *
   * @param clip a clip's name
   * @param error a clip's error, or null when it has no measure
   */
  static <R> Target within(String name, double limit, String unit, List<R> scored, Function<R, String> clip,
      Function<R, Double> error) {
    String requirement = String.format(Locale.ROOT, "within %s%s in every clip", fmt(limit), unit);
    if (scored.isEmpty()) {
      return new Target(name, requirement, "no clip scored", null);
    }
    List<String> unmeasured = scored.stream().filter(r -> error.apply(r) == null).map(clip).toList();
    Optional<R> worst = scored.stream().filter(r -> error.apply(r) != null)
        .max(Comparator.comparingDouble(r -> Math.abs(error.apply(r))));
    String result = worst.map(r -> String.format(Locale.ROOT, "max |error| %.2f%s (%s)", Math.abs(error.apply(r)),
        unit, clip.apply(r))).orElse("not measured");
    if (!unmeasured.isEmpty()) {
      result += "; not measured in " + String.join(", ", unmeasured);
    }
    boolean met = unmeasured.isEmpty() && worst.isPresent() && Math.abs(error.apply(worst.get())) <= limit;
    return new Target(name, requirement, result, met);
  }

  /** The clips a call applies to, how many got it right, and which did not. */
  static <R> Target count(String name, String requirement, List<R> scored, Function<R, String> clip,
      Predicate<R> applies, Predicate<R> right) {
    List<R> judged = scored.stream().filter(applies).toList();
    List<String> wrong = judged.stream().filter(right.negate()).map(clip).toList();
    String result = (judged.size() - wrong.size()) + " of " + judged.size() + " right"
        + (wrong.isEmpty() ? "" : "; wrong in " + String.join(", ", wrong));
    return new Target(name, requirement, result, judged.isEmpty() ? null : wrong.isEmpty());
  }

  /** A limit as written: "3", "1.5". */
  static String fmt(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
  }
}
