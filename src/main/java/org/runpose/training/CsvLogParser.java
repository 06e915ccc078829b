package org.runpose.training;

import org.runpose.BadInputException;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A comma-separated log whose first line names the columns: {@code date}, {@code distance} and
 * {@code duration} (or {@code pace}), optionally {@code type}. Other columns are ignored. Lines
 * starting with {@code #} are comments.
 */
final class CsvLogParser implements LogFileParser {

  /** Faster than about the mile world record: almost always a unit or typing mistake. */
  private static final double FASTEST_PLAUSIBLE_PACE_SECONDS_PER_KM = 150;

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          .setTrim(true)
          .setCommentMarker('#')
          .get();

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
    List<Run> runs = new ArrayList<>();
    List<SkippedRow> skipped = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
      Columns columns = Columns.find(file, parser.getHeaderNames(), unit);
      for (CSVRecord record : parser) {
        // The parser has just read this record's line ending, so this is the record's own line.
        Location at = new Location(file, (int) parser.getCurrentLineNumber());
        try {
          runs.add(columns.run(record, at, unit));
        } catch (IllegalArgumentException e) {
          skipped.add(new SkippedRow(at, e.getMessage()));
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new BadInputException(
          file + ": not a readable CSV file (" + e.getMessage() + "). Save the log as comma-separated"
              + " text with a first line naming the columns, e.g. date,distance,duration,type.",
          e);
    }
    return new ParsedFile(runs, skipped);
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
      String[] parts = text.split(":", -1);
      if (parts.length > 3) {
        throw new IllegalArgumentException("unparseable " + what + " '" + text + "' (expected h:mm:ss or mm:ss)");
      }
      seconds = 0;
      for (String part : parts) {
        seconds = seconds * 60 + parseNumber(part, what + " '" + text + "'");
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
