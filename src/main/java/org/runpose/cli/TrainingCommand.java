package org.runpose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.runpose.BadInputException;
import org.runpose.Severity;
import org.runpose.io.OutputFolder;
import org.runpose.training.DistanceUnit;
import org.runpose.training.Finding;
import org.runpose.training.Format;
import org.runpose.training.Provenance;
import org.runpose.training.InputFile;
import org.runpose.training.TrainingAnalysis;
import org.runpose.training.TrainingLog;
import org.runpose.training.TrainingLogReader;
import org.runpose.training.TrainingOutputs;
import org.runpose.training.TrainingRulesConfig;
import org.runpose.training.WeekSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code runpose training LOG...}: checks a training log against the load rules. */
@Command(
    name = "training",
    mixinStandardHelpOptions = true,
    versionProvider = RunposeCommand.VersionProvider.class,
    description = {
      "Checks a training log against the load rules behind most running injuries: long-run share,"
          + " weekly increase, acute:chronic ratio, speed work after a base, and not raising speed"
          + " work and distance in the same week.",
      "Writes training.json, weekly.csv, training.html and training.pdf. Exit code 0 when analysed"
          + " (with or without findings), 2 when the input cannot be analysed, 1 when the report"
          + " cannot be written."
    })
public final class TrainingCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "LOG",
      description = "Training log: a CSV file (date,distance,duration[,type][,pace]), GPX or FIT"
          + " activity files, or folders of them.")
  List<Path> logs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "runpose-out/training",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--units", paramLabel = "km|mi", defaultValue = "km", converter = UnitConverter.class,
      description = "Unit of the CSV distances and paces, and of the report (default: ${DEFAULT-VALUE}).")
  DistanceUnit units;

  @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
      description = "Time zone that decides the date of GPX and FIT runs (default: this computer's).")
  ZoneId zone;

  @Option(names = "--max-long-run-share", paramLabel = "FRACTION",
      description = "Longest run's share of its week before 'watch' (default: 0.25).")
  Double maxLongRunShare;

  @Option(names = "--max-weekly-increase", paramLabel = "FRACTION",
      description = "Weekly increase over the biggest of the previous 4 weeks before 'watch' (default:"
          + " 0.10, the '10%% rule').")
  Double maxWeeklyIncrease;

  @Option(names = "--weekly-increase-excessive", paramLabel = "FRACTION",
      description = "Weekly increase that is 'excessive' (default: 0.30, Nielsen et al. 2014).")
  Double weeklyIncreaseExcessive;

  @Option(names = "--acwr-limit", paramLabel = "RATIO",
      description = "Acute:chronic ratio that is 'excessive' (default: 1.5; 'watch' above 1.3).")
  Double acwrLimit;

  @Option(names = "--base-weeks", paramLabel = "WEEKS",
      description = "Weeks of easy running before speed work (default: 4).")
  Integer baseWeeks;

  @Option(names = "--speed-pace-margin", paramLabel = "FRACTION",
      description = "An unlabelled run this much faster than the easy pace is speed work (default: 0.10).")
  Double speedPaceMargin;

  @Override
  public Integer call() throws BadInputException, IOException {
    TrainingRulesConfig config = config();
    OutputFolder.requireWritable(output);
    ZoneId timeZone = zone == null ? ZoneId.systemDefault() : zone;
    TrainingLog log = new TrainingLogReader(units, timeZone).read(logs);
    for (InputFile in : log.inputs()) {
      if (OutputFolder.replacing(output, TrainingOutputs.FILES::contains, Path.of(in.path())) != null) {
        throw new BadInputException(in.path() + ": runpose writes a file of this name into " + output + ", which"
            + " would replace this log. Choose another folder for the results (-o), or rename the log.");
      }
    }
    TrainingAnalysis analysis = TrainingAnalysis.of(log, config, units);
    Provenance provenance = Provenance.now(log.inputs(), units, timeZone, config);
    List<Path> written;
    try {
      written = TrainingOutputs.write(output, analysis, provenance);
    } catch (IOException e) {
      throw new IOException(
          output + ": the report could not be written (" + OutputFolder.reason(e) + "). Nothing was written; choose"
              + " another folder with -o.", e);
    }
    summary(spec.commandLine().getOut(), analysis, written);
    return 0;
  }

  private TrainingRulesConfig config() {
    TrainingRulesConfig d = TrainingRulesConfig.defaults();
    double share = maxLongRunShare == null ? d.maxLongRunShare() : maxLongRunShare;
    double increase = maxWeeklyIncrease == null ? d.maxWeeklyIncrease() : maxWeeklyIncrease;
    double acwr = acwrLimit == null ? d.acwrLimit() : acwrLimit;
    try {
      // Keep the 'excessive' levels above a raised limit rather than refuse it.
      return new TrainingRulesConfig(
          share, Math.max(share, d.longRunShareExcessive()),
          increase, weeklyIncreaseExcessive != null ? weeklyIncreaseExcessive
              : Math.max(increase, d.weeklyIncreaseExcessive()),
          Math.min(acwr, d.acwrWatch()), acwr,
          d.chronicWeeks(), baseWeeks == null ? d.baseWeeks() : baseWeeks, d.breakWeeks(),
          speedPaceMargin == null ? d.speedPaceMargin() : speedPaceMargin, d.increaseTolerance());
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Invalid threshold: "
          + OptionWords.of(e.getMessage(), OPTIONS));
    }
  }

  /** The rules' fields the options set, by the options' names ({@code --acwr-limit} sets both ratio levels). */
  private static final Map<String, String> OPTIONS = Map.of("maxLongRunShare", "--max-long-run-share",
      "maxWeeklyIncrease", "--max-weekly-increase", "weeklyIncreaseExcessive", "--weekly-increase-excessive",
      "acwrWatch", "--acwr-limit", "acwrLimit", "--acwr-limit", "baseWeeks", "--base-weeks", "speedPaceMargin",
      "--speed-pace-margin");

  private static void summary(PrintWriter out, TrainingAnalysis a, List<Path> written) {
    List<WeekSummary> w = a.weeks();
    double km = w.stream().mapToDouble(WeekSummary::distanceKm).sum();
    out.printf("runpose training: %s (%s to %s), %s, %s; %d excessive, %d to watch.%n",
        Format.count(w.size(), "week"), w.get(0).isoWeek(), w.get(w.size() - 1).isoWeek(),
        Format.count(a.log().runs().size(), "run"), Format.distanceWithUnit(km, a.unit()),
        a.count(Severity.EXCESSIVE), a.count(Severity.WATCH));
    for (Finding f : a.findings()) {
      out.printf("  %-9s  %s  %s%n", f.severity().label(), f.weeks().get(0), f.headline());
    }
    if (!a.log().skipped().isEmpty()) {
      out.printf("Left out %s:%n", Format.rowsOrFiles(a.log().skipped().size()));
      a.log().skipped().forEach(s -> out.printf("  %s: %s%n", s.location(), s.reason()));
    }
    out.println(Finding.NOT_MEDICAL_ADVICE);
    out.println("Wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
  }

  static final class UnitConverter implements CommandLine.ITypeConverter<DistanceUnit> {
    @Override
    public DistanceUnit convert(String value) {
      try {
        return DistanceUnit.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** A time zone by its name (Europe/Berlin) or offset (+01:00), refused in words. */
  static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (java.time.DateTimeException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a time zone: give a name such as"
            + " Europe/Berlin or America/New_York, or an offset from UTC such as +01:00 or -05:00");
      }
    }
  }
}
