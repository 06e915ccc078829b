package org.runpose.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.runpose.RunposeException;
import org.runpose.posture.VideoPose;

/**
 * Scores runpose on the hand-annotated real recordings that are present, with the targets of the real-footage set.
 * A clip that cannot be read or analysed is reported as failed (a crash on a real clip is a bug to see), the
 * others are still scored.
 */
public final class RealEvaluation {

  static final double FOUND_SHARE_TARGET = 0.9;
  static final double CADENCE_TARGET_STEPS_PER_MIN = 3;
  static final double LEAN_TARGET_DEG = 3;
  static final double SLOPE_TARGET_DEG = 1.5;

  /** Reads a clip through the pose model. */
  @FunctionalInterface
  public interface PoseReader {
    VideoPose read(RealClip clip) throws RunposeException;
  }

  private RealEvaluation() {}

  public static RealReport run(List<RealClip> clips, PoseReader reader) {
    List<RealResult> results = new ArrayList<>();
    for (RealClip clip : clips) {
      RealLabels l = clip.labels();
      if (clip.video() == null) {
        results.add(new RealResult(l.name(), l.split(), l.source(), l.sha256(), true, null, null));
        continue;
      }
      String error;
      try {
        VideoPose pose = reader.read(clip);
        RealScore score = RealScorer.score(l, pose.series(), pose.analyze(Evaluation.CONFIG).analysis());
        results.add(new RealResult(l.name(), l.split(), l.source(), l.sha256(), false, null, score));
        continue;
      } catch (RunposeException e) {
        error = e.getMessage();
      } catch (RuntimeException e) {
        // A bug shown by one clip must not hide the scores of the others.
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      results.add(new RealResult(l.name(), l.split(), l.source(), l.sha256(), false, error, null));
    }
    return new RealReport(results, targets(results, "tuning"), targets(results, "check"));
  }

  static List<Target> targets(List<RealResult> all, String split) {
    List<RealResult> results = all.stream().filter(r -> r.split().equals(split) && !r.missing()).toList();
    List<RealResult> scored = results.stream().filter(r -> !r.failed()).toList();
    List<Target> targets = new ArrayList<>();
    targets.add(new Target("no crash", "every clip present is analysed",
        (results.size() - scored.size()) + " of " + results.size() + " failed",
        results.isEmpty() ? null : scored.size() == results.size()));
    ContactTiming contacts = ContactTiming.pool(scored.stream().map(r -> r.score().contacts()).toList());
    targets.add(new Target("contacts found", "at least 90% of the labelled contacts",
        contacts.matched() + " of " + contacts.scored(), contacts.scored() == 0 ? null
            : contacts.matched() >= FOUND_SHARE_TARGET * contacts.scored()));
    targets.add(timing("contact timing", scored, RealScore::contacts));
    targets.add(timing("toe-off timing", scored, RealScore::toeOffs));
    targets.add(count("steps consistent", "no accepted step with a negative flight or a running stance out of"
        + " range; at least 4 steps", scored, s -> true, s -> s.stepsAccepted() >= 4));
    targets.add(cadence(scored));
    targets.add(count("direction", "right in every clip", scored, s -> true, s -> s.direction().correct()));
    targets.add(count("slow motion", "recognised exactly on the slowed clips", scored, s -> true,
        RealScore::slowMotionCorrect));
    targets.add(count("walking", "running and walking told apart", scored, s -> true, RealScore::gaitCorrect));
    targets.add(within("trunk lean", LEAN_TARGET_DEG, "°", scored,
        s -> s.lean() == null ? null : s.lean().errorDeg()));
    targets.add(within("ground slope", SLOPE_TARGET_DEG, "°", scored, s -> s.groundSlope().errorDeg()));
    targets.add(count("lumbar", "measured, or not assessed with its reason", scored, s -> true,
        s -> s.lumbarDepthPct() != null || s.lumbarNote() != null));
    return targets;
  }

  /**
   * The cadence within the limit wherever runpose gave one; where it withheld it, a failed gait check must say why
   * (a clip runpose gave no cadence for without a reason misses).
   */
  private static Target cadence(List<RealResult> scored) {
    List<RealResult> given = scored.stream().filter(r -> r.score().cadence() != null
        && r.score().cadence().measuredStepsPerMin() != null).toList();
    List<String> withheld = scored.stream().filter(r -> !given.contains(r)).map(r -> r.clip()
        + (r.score().gaitProblems().isEmpty() ? " without a reason" : "")).toList();
    Target limit = within("cadence", CADENCE_TARGET_STEPS_PER_MIN, " steps/min", given,
        s -> s.cadence().errorStepsPerMin());
    boolean unexplained = withheld.stream().anyMatch(w -> w.endsWith(" without a reason"));
    return new Target("cadence", limit.requirement() + " where given; withheld only with the reason",
        limit.result() + (withheld.isEmpty() ? "" : "; withheld in " + String.join(", ", withheld)),
        scored.isEmpty() ? null : !unexplained && !Boolean.FALSE.equals(limit.met()));
  }

  /** Every matched event within its clip's tolerance. */
  private static Target timing(String name, List<RealResult> scored, Function<RealScore, ContactTiming> events) {
    int within = 0;
    int matched = 0;
    double worst = 0;
    String worstClip = null;
    for (RealResult r : scored) {
      for (ContactTiming.Match m : events.apply(r.score()).contacts()) {
        if (m.atClipEnd() || m.errorFrames() == null) {
          continue;
        }
        matched++;
        double err = Math.abs(m.errorFrames()) / r.score().toleranceFrames();
        within += err <= 1 ? 1 : 0;
        if (err > worst) {
          worst = err;
          worstClip = r.clip();
        }
      }
    }
    return new Target(name, "within 2 frames at 30 fps, 3 at 60", matched == 0 ? "none matched"
        : String.format(Locale.ROOT, "%d of %d within; worst %.1fx the tolerance (%s)", within, matched, worst,
            worstClip), matched == 0 ? null : within == matched);
  }

  private static Target within(String name, double limit, String unit, List<RealResult> scored,
      Function<RealScore, Double> error) {
    String requirement = String.format(Locale.ROOT, "within %s%s in every clip", limit == Math.rint(limit)
        ? String.format(Locale.ROOT, "%.0f", limit) : String.valueOf(limit), unit);
    List<String> unmeasured = scored.stream().filter(r -> error.apply(r.score()) == null).map(RealResult::clip)
        .toList();
    RealResult worst = scored.stream().filter(r -> error.apply(r.score()) != null)
        .max(Comparator.comparingDouble(r -> Math.abs(error.apply(r.score())))).orElse(null);
    String result = worst == null ? "not measured" : String.format(Locale.ROOT, "max |error| %.2f%s (%s)",
        Math.abs(error.apply(worst.score())), unit, worst.clip());
    if (!unmeasured.isEmpty()) {
      result += "; not measured in " + String.join(", ", unmeasured);
    }
    return new Target(name, requirement, result, scored.isEmpty() ? null
        : unmeasured.isEmpty() && Math.abs(error.apply(Objects.requireNonNull(worst).score())) <= limit);
  }

  private static Target count(String name, String requirement, List<RealResult> scored,
      Predicate<RealScore> applies, Predicate<RealScore> right) {
    List<RealResult> judged = scored.stream().filter(r -> applies.test(r.score())).toList();
    List<String> wrong = judged.stream().filter(r -> !right.test(r.score())).map(RealResult::clip).toList();
    return new Target(name, requirement, (judged.size() - wrong.size()) + " of " + judged.size() + " right"
        + (wrong.isEmpty() ? "" : "; wrong in " + String.join(", ", wrong)), judged.isEmpty() ? null : wrong.isEmpty());
  }
}
