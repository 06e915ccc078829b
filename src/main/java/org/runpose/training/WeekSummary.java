package org.runpose.training;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One ISO week (Monday to Sunday) of the log; a week without runs has zero distance.
 *
 * @param weekStart the Monday
 * @param runs number of runs
 * @param distanceKm total distance
 * @param durationSeconds total time
 * @param longestRunKm the longest run, 0 without runs
 * @param longestRunDate its date, null without runs
 * @param speedWorkKm distance of the runs counted as speed work (warm-up and cool-down included, as
 *     the log gives one distance per run)
 * @param speedSessions number of those runs
 * @param speedWorkSeconds their time, for their pace
 */
public record WeekSummary(
    LocalDate weekStart,
    int runs,
    double distanceKm,
    double durationSeconds,
    double longestRunKm,
    LocalDate longestRunDate,
    double speedWorkKm,
    int speedSessions,
    double speedWorkSeconds) {

  public WeekSummary {
    if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("weekStart must be a Monday, was " + weekStart);
    }
    if (runs < 0 || speedSessions < 0 || speedSessions > runs) {
      throw new IllegalArgumentException("run counts out of range");
    }
    if (distanceKm < 0 || longestRunKm < 0 || longestRunKm > distanceKm + 1e-9
        || speedWorkKm < 0 || speedWorkKm > distanceKm + 1e-9 || durationSeconds < 0 || speedWorkSeconds < 0) {
      throw new IllegalArgumentException("distances out of range for week " + weekStart);
    }
    if ((runs == 0) != (longestRunDate == null)) {
      throw new IllegalArgumentException("longestRunDate must be given exactly when there are runs");
    }
  }

  /** ISO week label such as {@code 2024-W10}. */
  @JsonProperty
  public String isoWeek() {
    return String.format(Locale.ROOT, "%d-W%02d",
        weekStart.get(IsoFields.WEEK_BASED_YEAR), weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The longest run's share of the week's distance, 0 without runs. */
  @JsonProperty
  public double longestRunShare() {
    return runs == 0 ? 0 : longestRunKm / distanceKm;
  }

  /** Mean pace of the speed-work runs, NaN without any. */
  public double speedWorkPaceSecondsPerKm() {
    return speedSessions == 0 ? Double.NaN : speedWorkSeconds / speedWorkKm;
  }

  /** Consecutive weeks from the first run's week to the last run's, missing weeks as zero weeks. */
  public static List<WeekSummary> of(List<ClassifiedRun> runs) {
    if (runs.isEmpty()) {
      return List.of();
    }
    List<ClassifiedRun> sorted = runs.stream()
        .sorted(Comparator.comparing((ClassifiedRun c) -> c.run().date())).toList();
    LocalDate first = monday(sorted.get(0).run().date());
    LocalDate last = monday(sorted.get(sorted.size() - 1).run().date());
    List<WeekSummary> weeks = new ArrayList<>();
    int next = 0;
    for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
      int count = 0, speedSessions = 0;
      double km = 0, seconds = 0, longest = 0, speedKm = 0, speedSeconds = 0;
      LocalDate longestDate = null;
      LocalDate sunday = monday.plusDays(6);
      for (; next < sorted.size() && !sorted.get(next).run().date().isAfter(sunday); next++) {
        ClassifiedRun c = sorted.get(next);
        Run r = c.run();
        count++;
        km += r.distanceKm();
        seconds += r.durationSeconds();
        if (r.distanceKm() > longest) {
          longest = r.distanceKm();
          longestDate = r.date();
        }
        if (c.speedWork()) {
          speedSessions++;
          speedKm += r.distanceKm();
          speedSeconds += r.durationSeconds();
        }
      }
      weeks.add(new WeekSummary(monday, count, km, seconds, longest, longestDate, speedKm, speedSessions,
          speedSeconds));
    }
    return weeks;
  }

  static LocalDate monday(LocalDate date) {
    return date.minusDays(date.getDayOfWeek().getValue() - 1L);
  }
}
