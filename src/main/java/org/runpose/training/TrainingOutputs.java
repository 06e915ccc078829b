package org.runpose.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.runpose.report.ReportDocument;
import org.runpose.report.ReportFiles;
import org.runpose.Severity;
import org.runpose.io.Json;
import org.runpose.io.StagedOutput;

/**
 * Writes {@code training.json}, {@code weekly.csv}, {@code training.html} and {@code training.pdf}
 * into a folder, all or nothing.
 */
public final class TrainingOutputs {
  private TrainingOutputs() {}

  /** The version of training.json's format; raised when a reader of the previous one could no longer read it. */
  public static final int FORMAT_VERSION = 1;

  /** The weekly table's file, and how its first line begins (its first two columns' names). */
  static final String WEEKLY_CSV = "weekly.csv";
  static final String WEEKLY_CSV_HEADER_START = WeeklyTable.WEEK + "," + WeeklyTable.MONDAY + ",";

  public static final List<String> FILES = List.of("training.json", WEEKLY_CSV, "training.html", "training.pdf");

  private static final ObjectMapper JSON = Json.MAPPER;

  /** Writes the four files; on any failure none of them is left behind. */
  public static List<Path> write(Path dir, TrainingAnalysis a, Provenance p) throws IOException {
    ReportDocument report = TrainingReport.document(a, p);
    try (StagedOutput out = StagedOutput.in(dir)) {
      out.write(FILES.get(0), o -> JSON.writeValue(o, json(a, p)));
      out.write(FILES.get(1), o -> csv(a, o));
      ReportFiles.stage(out, report, "training");
      return out.commit();
    }
  }

  /** The JSON document: provenance first, then what a reader most wants, then the detail. */
  static Map<String, Object> json(TrainingAnalysis a, Provenance p) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("formatVersion", FORMAT_VERSION);
    doc.put("provenance", p);
    doc.put("disclaimer", Finding.NOT_MEDICAL_ADVICE);
    doc.put("distances", "in km in this file (names ending in Km); provenance.units is the runner's unit");
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("weeks", a.weeks().size());
    summary.put("runs", a.log().runs().size());
    summary.put("distanceKm", a.weeks().stream().mapToDouble(WeekSummary::distanceKm).sum());
    summary.put("excessive", a.count(Severity.EXCESSIVE));
    summary.put("watch", a.count(Severity.WATCH));
    summary.put("skippedRows", a.log().skipped().size());
    doc.put("summary", summary);
    doc.put("findings", a.findings());
    doc.put("weeks", a.weeks());
    doc.put("rules", a.rules());
    Map<String, Object> speed = new LinkedHashMap<>();
    speed.put("method", "type names a hard session ("
        + String.join(", ", SpeedWork.SPEED_WORDS.stream().sorted().toList()) + "); otherwise a pace more than"
        + " speedPaceMargin faster than the easy pace, the median pace of the runs not labelled as speed work");
    speed.put("easyPaceSecondsPerKm", a.speedWork().easyPaceSecondsPerKm());
    speed.put("speedPaceMargin", a.speedWork().speedPaceMargin());
    doc.put("speedWork", speed);
    doc.put("skippedRows", a.log().skipped());
    doc.put("runs", a.speedWork().runs());
    return doc;
  }

  private static void csv(TrainingAnalysis a, OutputStream o) throws IOException {
    List<WeeklyTable.Column> columns = WeeklyTable.columns(a);
    Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
    CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
        .setHeader(columns.stream().map(WeeklyTable.Column::csvName).toArray(String[]::new))
        .setRecordSeparator('\n').get());
    for (int i = 0; i < a.weeks().size(); i++) {
      int week = i;
      printer.printRecord(columns.stream().map(c -> c.value().apply(week)));
    }
    printer.flush(); // not closed: the staged output owns the stream
  }
}
