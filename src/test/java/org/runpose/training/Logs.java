package org.runpose.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made training logs with known answers: weeks of runs at an easy 6:00/km. */
final class Logs {
  private Logs() {}

  /** Monday 2024-01-01, the first day of ISO week 2024-W01. */
  static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

  static final double EASY_PACE = 360;

  private final List<Run> runs = new ArrayList<>();
  private int week;

  static Logs start() {
    return new Logs();
  }

  /** Adds a week of easy runs, one a day from Monday; the last is labelled long. */
  Logs week(double... distancesKm) {
    for (int d = 0; d < distancesKm.length; d++) {
      add(d, distancesKm[d], EASY_PACE, d == distancesKm.length - 1 && distancesKm.length > 1 ? "long" : "easy");
    }
    week++;
    return this;
  }

  /** Adds a week of easy runs plus a tempo run of {@code tempoKm} on its last day. */
  Logs weekWithTempo(double tempoKm, double... easyKm) {
    return weekWithSpeed(tempoKm, 300, easyKm);
  }

  /** Adds a week of easy runs plus a tempo run of {@code tempoKm} at {@code tempoPace} s/km. */
  Logs weekWithSpeed(double tempoKm, double tempoPace, double... easyKm) {
    for (int d = 0; d < easyKm.length; d++) {
      add(d, easyKm[d], EASY_PACE, "easy");
    }
    add(6, tempoKm, tempoPace, "tempo");
    week++;
    return this;
  }

  /** Adds weeks without running. */
  Logs rest(int weeks) {
    week += weeks;
    return this;
  }

  private void add(int day, double km, double pace, String type) {
    LocalDate date = MONDAY.plusWeeks(week).plusDays(day);
    runs.add(Run.of(date, km, km * pace, type, new Location("test.csv", runs.size() + 2)));
  }

  List<Run> runs() {
    return List.copyOf(runs);
  }

  TrainingAnalysis analyse() {
    return analyse(TrainingRulesConfig.defaults());
  }

  TrainingAnalysis analyse(TrainingRulesConfig config) {
    return TrainingAnalysis.of(new TrainingLog(runs, List.of(), List.of()), config, DistanceUnit.KM);
  }

  /** ISO week label of the n-th week (0-based) of these logs. */
  static String isoWeek(int n) {
    return String.format("2024-W%02d", n + 1);
  }
}
