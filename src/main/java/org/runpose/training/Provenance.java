package org.runpose.training;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.runpose.RunposeVersion;

/**
 * What produced an analysis and from what, written into every output.
 *
 * @param runpose the runpose version
 * @param generatedAt when, as an ISO-8601 instant
 * @param inputs the log files with their SHA-256
 * @param units the unit of the CSV input and of everything shown
 * @param timeZone the zone that decided the dates of GPX and FIT runs
 * @param config the thresholds used
 */
public record Provenance(
    String runpose, String generatedAt, List<InputFile> inputs, DistanceUnit units, String timeZone,
    TrainingRulesConfig config) {
  /** The provenance of a check made now by this runpose. */
  public static Provenance now(List<InputFile> inputs, DistanceUnit units, ZoneId timeZone,
      TrainingRulesConfig config) {
    return new Provenance(RunposeVersion.get().runpose(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        inputs, units, timeZone.getId(), config);
  }

  public Provenance {
    Objects.requireNonNull(runpose, "runpose");
    Objects.requireNonNull(generatedAt, "generatedAt");
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(config, "config");
  }
}
