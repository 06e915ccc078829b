package org.runpose.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The weeks of a log with the configuration and units, and the look-backs the rules share. */
final class WeekHistory {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  final List<WeekSummary> weeks;
  final TrainingRulesConfig config;
  final DistanceUnit unit;

  WeekHistory(List<WeekSummary> weeks, TrainingRulesConfig config, DistanceUnit unit) {
    this.weeks = List.copyOf(weeks);
    this.config = config;
    this.unit = unit;
  }

  int size() {
    return weeks.size();
  }

  WeekSummary week(int i) {
    return weeks.get(i);
  }

  /** Whether week {@code i} has a full comparison window before it. */
  boolean hasBaseline(int i) {
    return i >= config.chronicWeeks();
  }

  /** Why a week without a full window is not assessed. */
  String baselineNote() {
    return "not enough history: needs " + config.chronicWeeks() + " earlier weeks";
  }

  /** The {@code chronicWeeks} weeks before week {@code i}. */
  List<WeekSummary> window(int i) {
    return weeks.subList(i - config.chronicWeeks(), i);
  }

  double maxOfWindow(int i, ToDoubleFunction<WeekSummary> metric) {
    return window(i).stream().mapToDouble(metric).max().orElse(0);
  }

  double meanOfWindow(int i, ToDoubleFunction<WeekSummary> metric) {
    return window(i).stream().mapToDouble(metric).average().orElse(0);
  }

  List<String> windowLabels(int i) {
    return window(i).stream().map(WeekSummary::isoWeek).toList();
  }

  /** "the 4 weeks before". */
  String windowWords() {
    return "the " + config.chronicWeeks() + " weeks before";
  }

  String km(double distanceKm) {
    return Format.distanceWithUnit(distanceKm, unit);
  }

  /** "2024-W10 (4 Mar – 10 Mar)". */
  static String label(WeekSummary week) {
    return week.isoWeek() + " (" + SHORT.format(week.weekStart()) + " – "
        + SHORT.format(week.weekStart().plusDays(6)) + ")";
  }

  /** "Sunday 10 Mar". */
  static String day(LocalDate date) {
    return DAY.format(date);
  }
}
