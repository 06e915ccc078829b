package org.runpose.training;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.runpose.BadInputException;

/**
 * A comma-separated log whose first line names the columns: {@code date}, {@code distance} and
 * {@code duration} (or {@code pace}), optionally {@code type}. Other columns are ignored. Lines
 * starting with {@code #} are comments.
 */
final class CsvLogParser implements LogFileParser {

  /** h:mm:ss or m:ss: unsigned, minutes and seconds after a colon below 60, seconds perhaps with a fraction. */
  private static final Pattern CLOCK = Pattern.compile("\\d+(:[0-5]\\d){1,2}(\\.\\d+)?");

  /**
   * A training log's row faster than the 5000 m world record's pace (2:31/km) is almost always a unit or typing
   * mistake; a whole activity file is held to anyone's fastest pace when the log is read ({@link TrainingLogReader}).
   */
  private static final double FASTEST_PLAUSIBLE_PACE_SECONDS_PER_KM = 150;

  private static final String EXAMPLE = "Save the log as comma-separated text with a first line naming the columns,"
      + " e.g. date,distance,duration,type.";

  /** One line of the log: read line by line, so a stray quote spoils its own line and not the rest of the log. */
  private static final CSVFormat LINE =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setTrim(true).get();

  private final DistanceUnit unit;

  CsvLogParser(DistanceUnit unit) {
    this.unit = unit;
  }

  @Override
  public ParsedFile parse(String file, byte[] content) throws BadInputException {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) { // spreadsheet exports often start with a byte-order mark
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\n|\r", -1);
    int header = 0;
    while (header < lines.length && isBlankOrComment(lines[header])) {
      header++;
    }
    if (header == lines.length) {
      throw new BadInputException(file + ": holds no line naming the columns. " + EXAMPLE);
    }
    CSVRecord names = line(lines[header]);
    if (names == null) {
      throw new BadInputException(file + ": the first line, naming the columns, is not readable as CSV (a quote"
          + " that is not closed?). " + EXAMPLE);
    }
    Columns columns = Columns.find(file, names.toList(), unit);
    List<Run> runs = new ArrayList<>();
    List<SkippedRow> skipped = new ArrayList<>();
    for (int i = header + 1; i < lines.length; i++) {
      if (isBlankOrComment(lines[i])) {
        continue;
      }
      Location at = new Location(file, i + 1);
      CSVRecord record = line(lines[i]);
      if (record == null) {
        skipped.add(new SkippedRow(at, "not readable as CSV (a quote that is not closed?)"));
        continue;
      }
      try {
        runs.add(columns.run(record, at, unit));
      } catch (IllegalArgumentException e) {
        skipped.add(new SkippedRow(at, e.getMessage()));
      }
    }
    return new ParsedFile(runs, skipped);
  }

  private static boolean isBlankOrComment(String line) {
    String t = line.strip();
    return t.isEmpty() || t.startsWith("#");
  }

  /** One line's fields, or null when the line is not valid CSV. */
  private static CSVRecord line(String text) {
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(LINE).get()) {
      List<CSVRecord> records = parser.getRecords();
      return records.size() == 1 ? records.get(0) : null;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return null;
    }
  }

  /** Where each known column is; -1 when absent. */
  private record Columns(int date, int distance, int duration, int pace, int type) {

    static Columns find(String file, List<String> headers, DistanceUnit unit)
        throws BadInputException {
      int date = -1, distance = -1, duration = -1, pace = -1, type = -1;
      for (int i = headers.size() - 1; i >= 0; i--) { // backwards, so the first match wins
        String h = headers.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (h.startsWith("date") || h.equals("day")) {
          date = i;
        } else if (h.startsWith("dist") || h.equals("km") || h.equals("mi") || h.equals("miles")) {
          checkUnit(file, headers.get(i), h, unit);
          distance = i;
        } else if (h.startsWith("duration") || h.endsWith("time")) {
          duration = i;
        } else if (h.startsWith("pace")) {
          checkUnit(file, headers.get(i), h, unit);
          pace = i;
        } else if (h.equals("type") || h.equals("workout") || h.equals("kind") || h.equals("session")) {
          type = i;
        }
      }
      List<String> missing = new ArrayList<>();
      if (date < 0) missing.add("date");
      if (distance < 0) missing.add("distance");
      if (duration < 0 && pace < 0) missing.add("duration (or pace)");
      if (!missing.isEmpty()) {
        throw new BadInputException(
            file + ": no " + String.join(", ", missing) + " column (found: " + String.join(", ", headers)
                + "). The first line must name the columns, e.g. date,distance,duration,type.");
      }
      return new Columns(date, distance, duration, pace, type);
    }

    /** A header such as "distance_mi" must agree with --units, or every number would be misread. */
    private static void checkUnit(String file, String header, String normalised, DistanceUnit unit)
        throws BadInputException {
      Optional<DistanceUnit> stated =
          normalised.endsWith("km") || normalised.endsWith("kilometres") || normalised.endsWith("kilometers")
              ? Optional.of(DistanceUnit.KM)
              : normalised.endsWith("mi") || normalised.endsWith("miles")
                  ? Optional.of(DistanceUnit.MI)
                  : Optional.empty();
      if (stated.isPresent() && stated.get() != unit) {
        throw new BadInputException(
            file + ": column '" + header + "' is in " + stated.get() + " but runpose was told --units "
                + unit + ". Run again with --units " + stated.get() + ".");
      }
    }

    Run run(CSVRecord record, Location at, DistanceUnit unit) {
      LocalDate day = parseDate(cell(record, date));
      double distanceKm = unit.toKm(parseDistance(cell(record, distance)));
      String durationText = cell(record, duration);
      String paceText = cell(record, pace);
      if (durationText.isEmpty() && paceText.isEmpty()) {
        throw new IllegalArgumentException("no duration or pace");
      }
      double paceSecondsPerKm =
          paceText.isEmpty() ? Double.NaN : parseMinutes(paceText, "pace") / unit.toKm(1);
      double durationSeconds =
          durationText.isEmpty() ? paceSecondsPerKm * distanceKm : parseMinutes(durationText, "duration");
      if (paceText.isEmpty()) {
        paceSecondsPerKm = durationSeconds / distanceKm;
      }
      if (paceSecondsPerKm < FASTEST_PLAUSIBLE_PACE_SECONDS_PER_KM) {
        throw new IllegalArgumentException(
            String.format(Locale.ROOT,
                "pace %s/%s is faster than any runner: check the distance, the duration and --units",
                Format.pace(paceSecondsPerKm, unit), unit));
      }
      return new Run(day, distanceKm, durationSeconds, paceSecondsPerKm, cell(record, type), at);
    }

    private static String cell(CSVRecord record, int column) {
      return column >= 0 && column < record.size() ? record.get(column) : "";
    }
  }

  static LocalDate parseDate(String text) {
    // Also accept a date with a time after it ("2024-03-04T07:30" or "2024-03-04 07:30").
    String day = text.length() > 10 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')
        ? text.substring(0, 10) : text;
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "unparseable date '" + text + "' (expected YYYY-MM-DD, e.g. 2024-03-04)");
    }
  }

  static double parseDistance(String text) {
    double d = parseNumber(text, "distance");
    if (d < 0) {
      throw new IllegalArgumentException("negative distance " + text);
    }
    if (d == 0) {
      throw new IllegalArgumentException("zero distance");
    }
    return d;
  }

  /** "h:mm:ss", "m:ss" or a plain number of minutes; returns seconds. */
  static double parseMinutes(String text, String what) {
    double seconds;
    if (text.contains(":")) {
      if (!CLOCK.matcher(text).matches()) {
        throw new IllegalArgumentException("unparseable " + what + " '" + text + "' (expected h:mm:ss or mm:ss,"
            + " minutes and seconds below 60)");
      }
      seconds = 0;
      for (String part : text.split(":", -1)) {
        seconds = seconds * 60 + Double.parseDouble(part);
      }
    } else {
      seconds = parseNumber(text, what) * 60;
    }
    if (!(seconds > 0)) {
      throw new IllegalArgumentException(what + " must be positive, was '" + text + "'");
    }
    return seconds;
  }

  private static double parseNumber(String text, String what) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        text.isEmpty() ? "no " + what : "unparseable " + what + " '" + text + "'");
  }
}
