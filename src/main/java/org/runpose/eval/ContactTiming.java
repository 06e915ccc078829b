package org.runpose.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import org.runpose.gait.Side;

/**
 * How well the measured foot contacts match the true ones.
 *
 * @param contacts every true contact with runpose's timing error
 */
public record ContactTiming(List<Match> contacts) {

  /**
   * A true contact and the measured one matched to it.
   *
   * @param side the foot
   * @param trueFrame when it landed, in frames from the first (midway between two frames)
   * @param atClipEnd whether it lies within half a step of the start or end of the clip, too close for the gait
   *     analysis to see the foot come down and push off; such contacts are listed but not scored
   * @param errorFrames measured minus true time, frames (positive = late); null when none was found within half a
   *     stride
   */
  public record Match(Side side, double trueFrame, boolean atClipEnd, Double errorFrames) {
    public Match {
      if (side == null || !Double.isFinite(trueFrame) || (errorFrames != null && !Double.isFinite(errorFrames))) {
        throw new IllegalArgumentException("a side, a finite time and a finite error or none are required");
      }
    }
  }

  public ContactTiming {
    contacts = List.copyOf(contacts);
  }

  /** The timings of several clips together. */
  static ContactTiming pool(List<ContactTiming> parts) {
    return new ContactTiming(parts.stream().flatMap(p -> p.contacts().stream()).toList());
  }

  /** True contacts scored: those away from the clip ends. */
  @JsonProperty
  public int scored() {
    return scoredMatches().size();
  }

  /** Scored contacts with a measured contact of the same foot within half a stride. */
  @JsonProperty
  public int matched() {
    return absErrors().length;
  }

  @JsonProperty
  public int missed() {
    return scored() - matched();
  }

  /** Median absolute timing error of the matched scored contacts, frames; null when nothing matched. */
  @JsonProperty
  public Double medianAbsErrorFrames() {
    return Metrics.median(absErrors());
  }

  /** Largest absolute timing error of the matched scored contacts, frames; null when nothing matched. */
  @JsonProperty
  public Double maxAbsErrorFrames() {
    return matched() == 0 ? null : Arrays.stream(absErrors()).max().orElseThrow();
  }

  private List<Match> scoredMatches() {
    return contacts.stream().filter(c -> !c.atClipEnd()).toList();
  }

  private double[] absErrors() {
    return scoredMatches().stream().filter(c -> c.errorFrames() != null).mapToDouble(c -> Math.abs(c.errorFrames()))
        .toArray();
  }
}
