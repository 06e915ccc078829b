package org.runpose.gait;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A foot contact or toe-off.
 *
 * @param side which foot
 * @param kind contact or toe-off
 * @param sample index into the analysed series (one sample per video frame)
 * @param timeSeconds time of the event, interpolated between frames
 */
public record GaitEvent(Side side, Kind kind, int sample, double timeSeconds) {

  /** What happened to the foot. */
  public enum Kind {
    CONTACT,
    TOE_OFF;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public GaitEvent {
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(kind, "kind");
    if (sample < 0 || !Double.isFinite(timeSeconds)) {
      throw new IllegalArgumentException("invalid event at sample " + sample + ", time " + timeSeconds);
    }
  }
}
