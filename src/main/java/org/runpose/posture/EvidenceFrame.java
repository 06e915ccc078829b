package org.runpose.posture;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A video frame chosen to show a finding, with what the report says about it.
 *
 * @param kind what the frame shows
 * @param frameIndex video frame index
 * @param timeSeconds frame time
 * @param leanDeg the frame's trunk lean, forward positive
 * @param lumbarDepthPct the frame's lumbar hollow depth, percent of trunk length, or null where not measured
 * @param title a few words, e.g. "Most forward lean"
 * @param caption one sentence giving the time and the value
 */
public record EvidenceFrame(
    Kind kind, int frameIndex, double timeSeconds, double leanDeg, Double lumbarDepthPct, String title,
    String caption) {

  /** What an evidence frame shows. */
  public enum Kind {
    /** The most forward trunk lean, leaving out single outlier frames. */
    MOST_FORWARD_LEAN,
    /** A lean close to the clip's median. */
    TYPICAL_LEAN,
    /** The deepest lumbar hollow, leaving out single outlier frames. */
    DEEPEST_LUMBAR_HOLLOW;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public EvidenceFrame {
    Objects.requireNonNull(kind, "kind");
    if (frameIndex < 0 || !(timeSeconds >= 0)) {
      throw new IllegalArgumentException("frame index and time must be >= 0: " + frameIndex + ", " + timeSeconds);
    }
    if (!Double.isFinite(leanDeg)) {
      throw new IllegalArgumentException("an evidence frame has a trunk lean: " + leanDeg);
    }
    if (kind == Kind.DEEPEST_LUMBAR_HOLLOW && lumbarDepthPct == null) {
      throw new IllegalArgumentException("a lumbar evidence frame needs its lumbar depth");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
  }
}
