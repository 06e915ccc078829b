package org.runpose.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.runpose.report.ReportDocument;
import org.runpose.report.ReportDocument.Block;
import org.runpose.report.ReportDocument.Chart;
import org.runpose.report.ReportDocument.Column;
import org.runpose.report.ReportDocument.Entry;
import org.runpose.report.ReportDocument.FindingItem;
import org.runpose.report.ReportDocument.Findings;
import org.runpose.report.ReportDocument.Note;
import org.runpose.report.ReportDocument.Paragraph;
import org.runpose.report.ReportDocument.Row;
import org.runpose.report.ReportDocument.Section;
import org.runpose.report.ReportDocument.Table;
import org.runpose.Severity;

/** The training-load part of a runpose report, as content for {@link ReportDocument}. */
public final class TrainingReport {
  private TrainingReport() {}

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  /**
   * The report shows the last two years of a longer log (its findings, chart, weekly table and speed work): a page
   * per week of a long archive helps no one, and weekly.csv and training.json hold every week.
   */
  static final int REPORT_WEEKS = 104;
  /** Rows left out of the analysis listed in the report; training.json lists them all. */
  static final int REPORT_SKIPPED_ROWS = 200;

  /** A whole report of the training analysis alone. */
  public static ReportDocument document(TrainingAnalysis a, Provenance p) {
    return new ReportDocument("runpose training-load report", provenance(p), sections(a),
        "runpose " + p.runpose() + " \u00b7 " + Finding.NOT_MEDICAL_ADVICE);
  }

  /** The header lines: version, inputs and their checksums, units, when. */
  public static List<Entry> provenance(Provenance p) {
    List<Entry> entries = new ArrayList<>();
    entries.add(new Entry("runpose", p.runpose()));
    for (InputFile f : p.inputs()) {
      entries.add(new Entry("Input", f.path() + "  (SHA-256 " + f.sha256() + ")"));
    }
    entries.add(new Entry("Units", p.units() + ", weeks Monday to Sunday (ISO), time zone " + p.timeZone()));
    entries.add(new Entry("Generated", p.generatedAt()));
    return entries;
  }

  /** The sections, for a report of their own or one that also holds the posture analysis. */
  public static List<Section> sections(TrainingAnalysis a) {
    int from = Math.max(0, a.weeks().size() - REPORT_WEEKS);
    return List.of(
        new Section("Training load: findings", List.of(new Paragraph(overview(a) + shownNote(a, from)),
            findings(a, from))),
        new Section("Weekly load", weekly(a, from)),
        new Section("Rules and their basis", rules(a)),
        new Section("Speed work", speedWork(a, a.weeks().get(from).weekStart())),
        new Section("Left out of the analysis", skipped(a)));
  }

  private static String shownNote(TrainingAnalysis a, int from) {
    return from == 0 ? "" : " This report shows the last " + REPORT_WEEKS + " weeks, from "
        + a.weeks().get(from).isoWeek() + "; weekly.csv and training.json hold all " + a.weeks().size() + ".";
  }

  private static String overview(TrainingAnalysis a) {
    List<WeekSummary> w = a.weeks();
    double km = w.stream().mapToDouble(WeekSummary::distanceKm).sum();
    LocalDate first = w.get(0).weekStart();
    LocalDate last = w.get(w.size() - 1).weekStart().plusDays(6);
    return Format.count(w.size(), "week") + " (" + DATE.format(first) + " to "
        + DATE.format(last) + "), " + Format.count(a.log().runs().size(), "run") + ", "
        + Format.distanceWithUnit(km, a.unit()) + ". " + a.count(Severity.EXCESSIVE) + " excessive, "
        + a.count(Severity.WATCH) + " to watch" + (a.log().skipped().isEmpty() ? "."
            : "; " + Format.rowsOrFiles(a.log().skipped().size()) + " left out (see the end).");
  }

  private static Findings findings(TrainingAnalysis a, int from) {
    String firstShown = a.weeks().get(from).isoWeek();
    List<FindingItem> items = a.findings().stream()
        .filter(f -> f.weeks().get(0).compareTo(firstShown) >= 0)
        .map(f -> new FindingItem(f.severity(), f.weeks().get(0) + ": " + f.headline(), f.explanation(), f.advice()))
        .toList();
    return new Findings(items, "No week breaks a rule.");
  }

  private static List<Block> weekly(TrainingAnalysis a, int from) {
    List<WeeklyTable.Column> columns = WeeklyTable.columns(a);
    List<Row> rows = IntStream.range(from, a.weeks().size())
        .mapToObj(i -> new Row(columns.stream().map(c -> c.value().apply(i)).toList(), a.worstOfWeek(i)))
        .toList();
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Chart(TrainingChart.of(a, from), 720, 400,
        "Weekly distance (easy running and speed work) and the longest run's share of each week."
            + " Shaded weeks break a rule: amber to watch, red excessive."));
    blocks.add(new Table(columns.stream().map(c -> new Column(c.heading(), c.numeric())).toList(), rows, true));
    blocks.add(new Note("Weeks without runs count as zero weeks. 'Change vs prior max' compares a week with"
        + " the biggest of the " + a.config().chronicWeeks() + " weeks before it; 'A:C ratio' divides it by"
        + " their average. The first " + a.config().chronicWeeks() + " weeks are the baseline for both."
        + lastWeekNote(a)));
    return blocks;
  }

  /** A log that ends mid-week makes its last week look smaller than it will be. */
  private static String lastWeekNote(TrainingAnalysis a) {
    LocalDate lastRun = a.log().runs().stream().map(Run::date).max(LocalDate::compareTo).orElseThrow();
    WeekSummary last = a.weeks().get(a.weeks().size() - 1);
    return lastRun.isBefore(last.weekStart().plusDays(6))
        ? " The log ends on " + WeekHistory.day(lastRun) + ", so " + last.isoWeek() + " may be incomplete."
        : "";
  }

  private static List<Block> rules(TrainingAnalysis a) {
    List<Block> blocks = new ArrayList<>();
    for (RuleResult r : a.rules()) {
      blocks.add(new Paragraph(r.title() + ".", r.basis()));
      blocks.add(new Note(status(a, r)));
    }
    blocks.add(new Note("References: Buist I. et al. (2008) No effect of a graded training program on the"
        + " number of running-related injuries in novice runners. Am J Sports Med 36(1):33-39."
        + " Nielsen R.O. et al. (2014) Excessive progression in weekly running distance and risk of"
        + " running-related injuries. J Orthop Sports Phys Ther 44(10):739-747."
        + " Gabbett T.J. (2016) The training-injury prevention paradox. Br J Sports Med 50(5):273-280."
        + " Impellizzeri F.M. et al. (2020) Acute:chronic workload ratio: conceptual issues and"
        + " fundamental pitfalls. Int J Sports Physiol Perform 15(6):907-913."));
    return blocks;
  }

  /** "Assessed in 12 of 16 weeks, 1 finding; not assessed: 2024-W10 to 2024-W13 (not enough history: ...)". */
  private static String status(TrainingAnalysis a, RuleResult r) {
    long assessed = r.checks().stream().filter(c -> c.severity() != Severity.NOT_ASSESSED).count();
    List<String> gaps = new ArrayList<>();
    int i = 0;
    while (i < r.checks().size()) {
      WeekCheck c = r.checks().get(i);
      int j = i;
      while (j + 1 < r.checks().size() && r.checks().get(j + 1).severity() == Severity.NOT_ASSESSED
          && r.checks().get(j + 1).note().equals(c.note())) {
        j++;
      }
      if (c.severity() == Severity.NOT_ASSESSED) {
        String weeks = a.weeks().get(i).isoWeek() + (j > i ? " to " + a.weeks().get(j).isoWeek() : "");
        gaps.add(weeks + " (" + c.note() + ")");
      }
      i = j + 1;
    }
    String verdict = assessed == 0
        ? "No week assessed"
        : "Assessed in " + assessed + " of " + r.checks().size() + " weeks, " + r.findings().size()
            + (r.findings().size() == 1 ? " finding" : " findings");
    return verdict + (gaps.isEmpty() ? "." : "; not assessed: " + String.join("; ", gaps) + ".");
  }

  private static List<Block> speedWork(TrainingAnalysis a, LocalDate shownFrom) {
    SpeedWork s = a.speedWork();
    DistanceUnit u = a.unit();
    String byPace = Double.isNaN(s.easyPaceSecondsPerKm()) ? ""
        : " Runs without such a type are speed work when their pace is more than "
            + Format.percent(s.speedPaceMargin()) + " faster than your easy pace, the median pace of the"
            + " runs not labelled as speed work: " + Format.pace(s.easyPaceSecondsPerKm(), u) + "/" + u
            + ", so faster than " + Format.pace(s.easyPaceSecondsPerKm() * (1 - s.speedPaceMargin()), u)
            + "/" + u + ".";
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("A run is speed work when its type names a hard session ("
        + String.join(", ", SpeedWork.SPEED_WORDS.stream().sorted().toList()) + ")." + byPace
        + " The whole run counts, warm-up and cool-down included, as the log gives one distance per run."));
    List<ClassifiedRun> speed = s.runs().stream()
        .filter(c -> c.speedWork() && !c.run().date().isBefore(shownFrom)).toList();
    if (speed.isEmpty()) {
      blocks.add(new Note("No run in this log counts as speed work."));
    } else {
      blocks.add(new Table(
          List.of(new Column("Date", false), new Column("Distance (" + u + ")", true),
              new Column("Pace (/" + u + ")", true), new Column("Why", false)),
          speed.stream().map(c -> new Row(List.of(c.run().date().toString(),
              Format.distance(c.run().distanceKm(), u), Format.pace(c.run().paceSecondsPerKm(), u),
              c.reason()), null)).toList(),
          false));
    }
    return blocks;
  }

  private static List<Block> skipped(TrainingAnalysis a) {
    List<SkippedRow> rows = a.log().skipped();
    if (rows.isEmpty()) {
      return List.of(new Paragraph("Nothing: every row of the log was used."));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(rows.size() + (rows.size() == 1 ? " row or file was" : " rows or files were")
        + " left out; the rest was analysed. Correct them in the log and run again."));
    blocks.add(new Table(List.of(new Column("Where", false), new Column("Why", false)),
        rows.stream().limit(REPORT_SKIPPED_ROWS).map(r -> new Row(List.of(r.location().toString(), r.reason()),
            null)).collect(Collectors.toList()), false));
    if (rows.size() > REPORT_SKIPPED_ROWS) {
      blocks.add(new Note("The first " + REPORT_SKIPPED_ROWS + " are listed here; training.json lists all "
          + rows.size() + "."));
    }
    return blocks;
  }
}
