package org.runpose.training;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One run of the log.
 *
 * @param date local calendar date of the run
 * @param distanceKm distance run
 * @param durationSeconds time taken
 * @param paceSecondsPerKm average pace; a CSV pace column overrides duration / distance
 * @param type the runner's own label (lower case, empty when the log has none)
 * @param source where the run came from
 */
public record Run(
    LocalDate date,
    double distanceKm,
    double durationSeconds,
    double paceSecondsPerKm,
    String type,
    Location source) {

  public Run {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    type = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
    requirePositive(distanceKm, "distanceKm");
    requirePositive(durationSeconds, "durationSeconds");
    requirePositive(paceSecondsPerKm, "paceSecondsPerKm");
  }

  /** A run whose pace is its duration over its distance. */
  public static Run of(LocalDate date, double distanceKm, double durationSeconds, String type, Location source) {
    return new Run(date, distanceKm, durationSeconds, durationSeconds / distanceKm, type, source);
  }

  private static void requirePositive(double value, String name) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive number, was " + value);
    }
  }
}
