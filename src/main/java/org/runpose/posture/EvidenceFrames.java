package org.runpose.posture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Picks the frames a physical therapist would look at: the most forward trunk lean, a typical one, and the deepest
 * lumbar hollow. Lean frames come from mid-stance, where the trunk angle is usually judged, and "most" means a high
 * percentile rather than the maximum, so one mis-detected frame among 20 or more is not the one shown (among fewer,
 * the 95th percentile is the top frame); the deepest hollow is sought among the frames no deeper than any back.
 */
public final class EvidenceFrames {

  /** Share of frames the "most" frame may be exceeded by: its percentile is 1 minus this. */
  static final double TOP_SHARE = 0.05;
  /** Mid-stance is the middle of the stance phase: this share of it is left off each end. */
  private static final double STANCE_EDGE = 0.25;

  private EvidenceFrames() {}

  /** In order: most forward lean, typical lean, then the deepest lumbar hollow when the lower back was measured. */
  public static List<EvidenceFrame> choose(PostureAnalysis analysis) {
    List<Candidate> withLean = new ArrayList<>();
    for (FrameMetrics f : analysis.frames()) {
      if (f.found() && f.leanDeg() != null) {
        withLean.add(new Candidate(f, midStanceSide(f.timeSeconds(), analysis.steps())));
      }
    }
    if (withLean.isEmpty()) {
      return List.of();
    }
    List<Candidate> midStance = withLean.stream().filter(c -> c.midStanceSide() != null).toList();
    List<Candidate> pool = midStance.isEmpty() ? withLean : midStance;
    String poolName = midStance.isEmpty() ? "frames with the runner" : "mid-stance frames";
    List<EvidenceFrame> out = new ArrayList<>();

    Candidate most = nearTop(pool, c -> c.frame().leanDeg());
    long further = pool.stream().filter(c -> c.frame().leanDeg() > most.frame().leanDeg()).count();
    out.add(evidence(EvidenceFrame.Kind.MOST_FORWARD_LEAN, most, "Most forward lean", String.format(Locale.ROOT,
        "At %s%s the trunk leans %s%s.", time(most), stance(most), lean(most.frame().leanDeg()),
        beyond(further, pool.size(), poolName, "leans further forward", "lean further forward"))));

    // The clip's median is the number the finding reports; the typical frame shows it.
    double median = analysis.summary().leanDeg() != null
        ? analysis.summary().leanDeg() : Stats.median(pool.stream().map(c -> c.frame().leanDeg()).toList());
    // From another step than the most forward frame's where there is one: two frames of one stance look alike. A step
    // apart, as a stance is shorter than a step.
    Double step = Stats.median(analysis.steps().stream().map(st -> st.nextContactSeconds() - st.contactSeconds())
        .toList());
    List<Candidate> elsewhere = pool.stream().filter(c -> c != most && (step == null
        || Math.abs(c.frame().timeSeconds() - most.frame().timeSeconds()) >= step)).toList();
    (elsewhere.isEmpty() ? pool.stream().filter(c -> c != most) : elsewhere.stream())
        .min(Comparator.comparingDouble((Candidate c) -> Math.abs(c.frame().leanDeg() - median))
            .thenComparingInt(c -> c.frame().index()))
        .ifPresent(typical -> out.add(evidence(EvidenceFrame.Kind.TYPICAL_LEAN, typical, "Typical lean",
            String.format(Locale.ROOT, "At %s%s the trunk leans %s, close to the clip's median of %s.",
                time(typical), stance(typical), lean(typical.frame().leanDeg()), lean(median)))));

    if (analysis.flag(Flag.LUMBAR).value() != null) {
      // A frame deeper than any back is the outline of something else (an arm the clearance check let through).
      List<Candidate> lumbar = withLean.stream().filter(c -> c.frame().lumbarDepthPct() != null
          && c.frame().lumbarDepthPct() <= Flags.MAX_PLAUSIBLE_LUMBAR_PCT).toList();
      if (!lumbar.isEmpty()) {
        Candidate deepest = nearTop(lumbar, c -> c.frame().lumbarDepthPct());
        long deeper = lumbar.stream()
            .filter(c -> c.frame().lumbarDepthPct() > deepest.frame().lumbarDepthPct()).count();
        out.add(evidence(EvidenceFrame.Kind.DEEPEST_LUMBAR_HOLLOW, deepest, "Deepest lumbar hollow",
            String.format(Locale.ROOT, "At %s the hollow of the lower back is %.1f%% of the trunk length deep%s.",
                time(deepest), deepest.frame().lumbarDepthPct(),
                beyond(deeper, lumbar.size(), "frames showing the back", "is deeper", "are deeper"))));
      }
    }
    return List.copyOf(out);
  }

  /** A frame and, when it lies in the middle of a step's stance, the foot on the ground. */
  private record Candidate(FrameMetrics frame, String midStanceSide) {}

  private static String midStanceSide(double t, List<StepMetrics> steps) {
    for (StepMetrics s : steps) {
      double edge = STANCE_EDGE * (s.toeOffSeconds() - s.contactSeconds());
      if (t >= s.contactSeconds() + edge && t <= s.toeOffSeconds() - edge) {
        return s.side().id();
      }
    }
    return null;
  }

  /** The candidate at the (1 - TOP_SHARE) percentile of a value, by nearest rank. */
  private static Candidate nearTop(List<Candidate> candidates, Function<Candidate, Double> value) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(value).thenComparingInt(c -> c.frame().index()));
    int rank = (int) Math.ceil((1 - TOP_SHARE) * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
  }

  private static EvidenceFrame evidence(EvidenceFrame.Kind kind, Candidate c, String title, String caption) {
    FrameMetrics f = c.frame();
    return new EvidenceFrame(kind, f.index(), f.timeSeconds(), f.leanDeg(), f.lumbarDepthPct(), title, caption);
  }

  /**
   * "; none of the other 20 mid-stance frames leans further forward", "; only 1 of the other 20 ...": how near the
   * top the frame is, and that the few beyond it were passed over on purpose. Empty when there are no others.
   */
  private static String beyond(long count, int of, String what, String verbOne, String verbMany) {
    if (of < 2) {
      return "";
    }
    String others = " the other " + (of - 1) + " " + what + " ";
    return count == 0 ? "; none of" + others + verbOne
        : "; only " + count + " of" + others + (count == 1 ? verbOne : verbMany);
  }

  private static String time(Candidate c) {
    return String.format(Locale.ROOT, "%.2f s", c.frame().timeSeconds());
  }

  private static String stance(Candidate c) {
    return c.midStanceSide() == null ? "" : " (mid-stance, " + c.midStanceSide() + " foot)";
  }

  /** "12.3° forward", "4.0° backward" or "0.0°". */
  public static String lean(double deg) {
    String size = String.format(Locale.ROOT, "%.1f°", Math.abs(deg));
    return size.equals("0.0°") ? size : size + (deg < 0 ? " backward" : " forward");
  }
}
