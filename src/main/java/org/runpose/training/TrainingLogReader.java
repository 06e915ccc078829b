package org.runpose.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.runpose.BadInputException;
import org.runpose.io.Sha256;

/**
 * Reads a training log from CSV, GPX and FIT files, or folders of them, into runs. Bad rows and
 * duplicates are left out and listed; a file that cannot be read at all, or a log with no valid run
 * left, is an error.
 */
public final class TrainingLogReader {

  /** Two entries of the same day, distance (to 10 m) and duration (to a second) are one run. */
  private static final double SAME_DISTANCE_KM = 0.01;

  private static final double SAME_DURATION_SECONDS = 1;

  private final DistanceUnit unit;
  private final ZoneId zone;

  /**
   * @param unit the unit of CSV distances and paces
   * @param zone the runner's time zone, which decides the date of a GPX or FIT run
   */
  public TrainingLogReader(DistanceUnit unit, ZoneId zone) {
    this.unit = unit;
    this.zone = zone;
  }

  public TrainingLog read(List<Path> paths) throws BadInputException {
    return read(expand(paths), Path::toString, paths.get(0) + (paths.size() > 1 ? " and the other inputs" : ""));
  }

  /** One log saved at {@code file}, its rows named after {@code name}, the file it was given as (an upload's). */
  public TrainingLog readAs(Path file, String name) throws BadInputException {
    return read(List.of(file), f -> name, name);
  }

  private TrainingLog read(List<Path> files, Function<Path, String> nameOf, String given) throws BadInputException {
    List<Run> runs = new ArrayList<>();
    List<SkippedRow> skipped = new ArrayList<>();
    List<InputFile> inputs = new ArrayList<>();
    // Runs by day: a duplicate is looked for among the runs of its own day, so a long log is read in linear time.
    Map<LocalDate, List<Run>> byDay = new HashMap<>();
    for (Path file : files) {
      String name = nameOf.apply(file);
      LogFileParser parser = parserFor(file)
          .orElseThrow(() -> new BadInputException(name + ": unknown kind of file. runpose reads"
              + " training logs as .csv, .gpx or .fit files (or a folder of them)."));
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new BadInputException(name + ": cannot be read (" + String.valueOf(e.getMessage())
            .replace(file.toString(), name) + ").", e);
      }
      inputs.add(new InputFile(name, extension(file), Sha256.of(content)));
      ParsedFile parsed = parser.parse(name, content);
      for (Run run : parsed.runs()) {
        String implausible = implausible(run);
        if (implausible != null) {
          skipped.add(new SkippedRow(run.source(), implausible));
          continue;
        }
        List<Run> sameDay = byDay.computeIfAbsent(run.date(), d -> new ArrayList<>());
        Optional<Run> earlier = sameDay.stream().filter(r -> sameRun(r, run)).findFirst();
        if (earlier.isPresent()) {
          skipped.add(new SkippedRow(run.source(), "duplicate of " + earlier.get().source()));
        } else {
          runs.add(run);
          sameDay.add(run);
        }
      }
      skipped.addAll(parsed.skipped());
    }
    if (runs.isEmpty() && skipped.isEmpty()) {
      throw new BadInputException("No run in " + given + ": it holds no rows (a CSV needs a line for each run after"
          + " the line naming the columns), tracks or sessions.");
    }
    if (runs.isEmpty()) {
      throw new BadInputException("No valid run in " + given + " (" + Format.rowsOrFiles(skipped.size())
          + " left out). First problem: " + skipped.get(0).location() + ": " + skipped.get(0).reason() + "."
          + (files.stream().allMatch(f -> extension(f).equals("csv"))
              ? " Check the dates (YYYY-MM-DD), distances and durations."
              : " Export the runs again from the watch or app, or check the CSV's dates, distances and durations."));
    }
    skipped.sort((a, b) -> compareLocations(a.location(), b.location()));
    return new TrainingLog(runs, skipped, inputs);
  }

  /**
   * Why no runner ran {@code run} as a file gives it, or null: a pace or a distance no one runs in one go (a watch
   * left on in a car, a unit or typing mistake; a CSV's pace is checked as it is read), or a date still to come.
   */
  private String implausible(Run run) {
    if (run.paceSecondsPerKm() < FASTEST_ANY_RUN_SECONDS_PER_KM) {
      return "pace " + Format.pace(run.paceSecondsPerKm(), unit) + "/" + unit + " is faster than anyone has run, even"
          + " over 100 m (a watch left on in a car?): check the distance and the duration";
    }
    if (run.distanceKm() > LONGEST_ANY_RUN_KM) {
      return Format.distance(run.distanceKm(), unit) + " " + unit + " in one run is more than anyone runs in one"
          + " activity: check the distance and its unit";
    }
    // A day of slack for a runner a time zone ahead of this computer.
    if (run.date().isAfter(LocalDate.now(zone).plusDays(1))) {
      return "dated " + run.date() + ", after today: check the date (YYYY-MM-DD)";
    }
    return null;
  }

  /** The 100 m world record's pace (9.58 s) is 96 s/km: a file faster than this holds no run. */
  private static final double FASTEST_ANY_RUN_SECONDS_PER_KM = 95;
  /** Beyond the longest multi-day races run as one activity. */
  private static final double LONGEST_ANY_RUN_KM = 1000;

  private static boolean sameRun(Run a, Run b) {
    return a.date().equals(b.date())
        && Math.abs(a.distanceKm() - b.distanceKm()) < SAME_DISTANCE_KM
        && Math.abs(a.durationSeconds() - b.durationSeconds()) < SAME_DURATION_SECONDS;
  }

  private static int compareLocations(Location a, Location b) {
    int byFile = a.file().compareTo(b.file());
    if (byFile != 0) {
      return byFile;
    }
    return Integer.compare(a.line() == null ? 0 : a.line(), b.line() == null ? 0 : b.line());
  }

  private List<Path> expand(List<Path> paths) throws BadInputException {
    if (paths.isEmpty()) {
      throw new BadInputException("No training log given: name a .csv, .gpx or .fit file, or a folder of them.");
    }
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          List<Path> readable = listing.filter(p -> Files.isRegularFile(p) && parserFor(p).isPresent()).sorted()
              .toList();
          List<Path> logs = readable.stream().filter(p -> !ownWeeklyTable(p)).toList();
          if (logs.isEmpty()) {
            throw new BadInputException(path + ": this folder holds no .csv, .gpx or .fit file" + (readable.isEmpty()
                ? "." : " but the weekly table runpose wrote there, which is no log."));
          }
          files.addAll(logs);
        } catch (IOException e) {
          throw new BadInputException(path + ": the folder cannot be listed (" + e.getMessage() + ").", e);
        }
      } else if (Files.isRegularFile(path)) {
        files.add(path);
      } else {
        throw new BadInputException(path + ": no such file or folder. Check the path of the training log.");
      }
    }
    return files;
  }

  /**
   * Whether a file of a folder of logs is the weekly table runpose wrote there on an earlier run (its results
   * written into the logs' folder): no log, to pass over.
   */
  private static boolean ownWeeklyTable(Path file) {
    if (!file.getFileName().toString().equals(TrainingOutputs.WEEKLY_CSV)) {
      return false;
    }
    try (var lines = Files.lines(file)) {
      return lines.findFirst().orElse("").startsWith(TrainingOutputs.WEEKLY_CSV_HEADER_START);
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  private Optional<LogFileParser> parserFor(Path file) {
    return switch (extension(file)) {
      case "csv" -> Optional.of(new CsvLogParser(unit));
      case "gpx" -> Optional.of(new GpxLogParser(zone));
      case "fit" -> Optional.of(new FitLogParser(zone));
      default -> Optional.empty();
    };
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

}
