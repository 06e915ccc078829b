package org.runpose.training;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** The weekly table's columns, shared by the report and {@code weekly.csv}. */
final class WeeklyTable {
  private WeeklyTable() {}

  /**
   * @param heading the report's column heading
   * @param csvName the CSV header
   * @param numeric whether the column holds numbers
   * @param value the cell of week {@code i}
   */
  record Column(String heading, String csvName, boolean numeric, IntFunction<String> value) {}

  /** The first two columns' names in the CSV, which tell runpose's own table from a log. */
  static final String WEEK = "week";
  static final String MONDAY = "monday";

  static List<Column> columns(TrainingAnalysis a) {
    DistanceUnit u = a.unit();
    List<WeekSummary> w = a.weeks();
    return List.of(
        new Column("Week", WEEK, false, i -> w.get(i).isoWeek()),
        new Column("Monday", MONDAY, false, i -> w.get(i).weekStart().toString()),
        new Column("Runs", "runs", true, i -> String.valueOf(w.get(i).runs())),
        new Column("Distance (" + u + ")", "distance_" + u, true, i -> Format.distance(w.get(i).distanceKm(), u)),
        new Column("Longest (" + u + ")", "longest_run_" + u, true, i -> Format.distance(w.get(i).longestRunKm(), u)),
        new Column("Longest share", "longest_run_share", true,
            i -> w.get(i).runs() == 0 ? "" : Format.percent(w.get(i).longestRunShare())),
        new Column("Speed work (" + u + ")", "speed_work_" + u, true, i -> Format.distance(w.get(i).speedWorkKm(), u)),
        new Column("Speed sessions", "speed_sessions", true, i -> String.valueOf(w.get(i).speedSessions())),
        new Column("Change vs prior max", "distance_change", true,
            i -> measured(a, WeeklyIncreaseRule.DISTANCE_ID, i, Format::change)),
        new Column("A:C ratio", "acute_chronic_ratio", true,
            i -> measured(a, AcuteChronicRatioRule.ID, i, Format::ratio)),
        new Column("Rules broken", "rules_broken", false, i -> broken(a, i)));
  }

  private static String measured(TrainingAnalysis a, String ruleId, int i,
      java.util.function.DoubleFunction<String> format) {
    Double v = a.check(ruleId, i).measured();
    return v == null ? "" : format.apply(v);
  }

  private static String broken(TrainingAnalysis a, int i) {
    return a.rules().stream().filter(r -> r.checks().get(i).severity().isFinding())
        .map(RuleResult::name).collect(Collectors.joining(", "));
  }
}
