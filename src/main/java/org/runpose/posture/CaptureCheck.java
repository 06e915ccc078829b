package org.runpose.posture;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * One aspect of how the video was filmed, judged before its measures are trusted: what was seen, what it costs the
 * measures, and what to do differently next time.
 *
 * @param id short name, stable across versions ({@code frame-rate}, {@code camera-level}, ...)
 * @param title what is checked, in words
 * @param grade how far the recording supports the measures
 * @param measured what runpose saw, briefly, with the figure
 * @param effect what this means for the measures, in one or two sentences
 * @param tip what to do differently in the next recording; empty when nothing needs changing
 */
public record CaptureCheck(String id, String title, Grade grade, String measured, String effect, String tip) {

  /** How far the recording supports the measures. */
  public enum Grade {
    /** Nothing lost. */
    GOOD,
    /** The measures are given; the effect says what they lose. */
    LIMITED,
    /** The findings this check guards are withheld. */
    UNUSABLE;

    @JsonValue
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CaptureCheck {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(tip, "tip");
  }

  /** The check as one paragraph: what was seen, what it means, and the tip. */
  public String sentence() {
    return title + ": " + measured + ". " + effect + (tip.isEmpty() ? "" : " " + tip);
  }
}
