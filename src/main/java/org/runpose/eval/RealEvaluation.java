package org.runpose.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
  /** Steps a clip must have timed, where it shows that many. */
  static final int MIN_STEPS = 4;

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
        RealScore score = RealScorer.score(l, clip.contacts(), clip.landmarks(), pose.series(),
            pose.analyze(Evaluation.CONFIG).analysis());
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
    targets.add(Targets.count("steps consistent", "no accepted step with a negative flight or a running stance"
        + " out of range; at least 4 steps (all the labelled ones in a shorter clip)", scored, RealResult::clip,
        r -> true, r -> r.score().stepsAccepted() >= Math.min(MIN_STEPS, labelledSteps(r.score()))));
    targets.add(cadence(scored));
    targets.add(Targets.count("direction", "right in every clip", scored, RealResult::clip, r -> true,
        r -> r.score().direction().correct()));
    targets.add(Targets.count("slow motion", "recognised exactly on the slowed clips", scored, RealResult::clip,
        r -> true, r -> r.score().slowMotionCorrect()));
    targets.add(Targets.count("walking", "running and walking told apart", scored, RealResult::clip, r -> true,
        r -> r.score().gaitCorrect()));
    targets.add(Targets.within("trunk lean", LEAN_TARGET_DEG, "°", scored, RealResult::clip,
        r -> r.score().lean() == null ? null : r.score().lean().errorDeg()));
    targets.add(Targets.within("lean, landmarks", LEAN_TARGET_DEG, "°", scored, RealResult::clip,
        r -> r.score().leanLandmarks() == null ? null : r.score().leanLandmarks().errorDeg()));
    // runpose's mean over each stance against the lean labelled on frames of every phase.
    targets.add(Targets.within("lean over stance", LEAN_TARGET_DEG, "°", scored, RealResult::clip,
        r -> r.score().lean() == null || r.score().leanStanceMeanDeg() == null ? null
            : r.score().leanStanceMeanDeg() - r.score().lean().trueDeg()));
    targets.add(Targets.within("ground slope", SLOPE_TARGET_DEG, "°", scored, RealResult::clip,
        r -> r.score().groundSlope().errorDeg()));
    // Only the clips whose foot and shank were digitised at contact.
    List<RealResult> withContacts = scored.stream().filter(r -> r.score().contactAngles() != null).toList();
    targets.add(Targets.within("foot strike angle", Evaluation.FOOT_STRIKE_TARGET_DEG, "°", withContacts,
        RealResult::clip, r -> r.score().contactAngles().footStrikeErrorDeg()));
    targets.add(Targets.within("shank at contact", Evaluation.SHANK_TARGET_DEG, "°", withContacts,
        RealResult::clip, r -> r.score().contactAngles().shankErrorDeg()));
    List<RealResult> withHips = withContacts.stream()
        .filter(r -> r.score().contactAngles().kneeContactTrueDeg() != null).toList();
    targets.add(Targets.within("knee at contact", Evaluation.KNEE_TARGET_DEG, "°", withHips, RealResult::clip,
        r -> r.score().contactAngles().kneeContactErrorDeg()));
    targets.add(Targets.count("lumbar", "measured, or not assessed with its reason", scored, RealResult::clip,
        r -> true, r -> r.score().lumbarDepthPct() != null || r.score().lumbarNote() != null));
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
    Target limit = Targets.within("cadence", CADENCE_TARGET_STEPS_PER_MIN, " steps/min", given, RealResult::clip,
        r -> r.score().cadence().errorStepsPerMin());
    boolean unexplained = withheld.stream().anyMatch(w -> w.endsWith(" without a reason"));
    return new Target("cadence", limit.requirement() + " where given; withheld only with the reason",
        limit.result() + (withheld.isEmpty() ? "" : "; withheld in " + String.join(", ", withheld)),
        scored.isEmpty() ? null : !unexplained && !Boolean.FALSE.equals(limit.met()));
  }

  /** Steps the labels show: one between each two consecutive labelled contacts. */
  private static int labelledSteps(RealScore score) {
    return Math.max(0, score.contacts().contacts().size() - 1);
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
}
