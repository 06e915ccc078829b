package org.runpose.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.runpose.posture.Flag;
import org.runpose.posture.PostureAnalysis;
import org.runpose.report.ReportDocument.Column;
import org.runpose.report.ReportDocument.Entry;
import org.runpose.report.ReportDocument.Note;
import org.runpose.report.ReportDocument.Paragraph;
import org.runpose.report.ReportDocument.Row;
import org.runpose.report.ReportDocument.Section;
import org.runpose.report.ReportDocument.Table;

/** The page listing every video of a folder analysed in one run, with each one's findings or its error. */
public final class BatchIndex {
  /** The version of index.json's format; raised when a reader of the previous one could no longer read it. */
  public static final int FORMAT_VERSION = 1;

  private BatchIndex() {}

  /**
   * One video of the batch.
   *
   * @param video the video's file name
   * @param folder its output folder, relative to the index
   * @param analysis the analysis, or null when it failed
   * @param error what went wrong, in the words printed for a single video; null when analysed
   */
  public record Item(String video, String folder, PostureAnalysis analysis, String error) {
    public Item {
      Objects.requireNonNull(video, "video");
      Objects.requireNonNull(folder, "folder");
      if ((analysis == null) == (error == null)) {
        throw new IllegalArgumentException("an item has either an analysis or an error");
      }
    }

    public boolean failed() {
      return error != null;
    }
  }

  /** The index page: an overview line and one row per video, linking to its report. */
  public static ReportDocument document(String folder, List<Item> items, List<Entry> provenance) {
    long failed = items.stream().filter(Item::failed).count();
    long flagged = items.stream().filter(i -> !i.failed() && i.analysis().worstSeverity().isFinding()).count();
    String overview = String.format(Locale.ROOT, "%d videos: %d analysed, %d with a finding to work on%s.",
        items.size(), items.size() - failed, flagged, failed == 0 ? "" : ", " + failed + " failed (listed with the"
            + " reason)");
    List<Row> rows = new ArrayList<>();
    for (Item i : items) {
      if (i.failed()) {
        rows.add(new Row(List.of(i.video(), "\u2013", "\u2013", "", "", "Not analysed: " + i.error()), null));
        continue;
      }
      PostureAnalysis a = i.analysis();
      rows.add(new Row(List.of(i.video(), finding(a.flag(Flag.FORWARD_LEAN)), finding(a.flag(Flag.LUMBAR)),
          String.valueOf(a.summary().steps()), a.summary().cadenceStepsPerMin() == null ? "\u2013"
              : String.format(Locale.ROOT, "%.0f", a.summary().cadenceStepsPerMin()),
          notes(a)), a.worstSeverity(), i.folder() + "/report.html"));
    }
    List<ReportDocument.Block> blocks = List.of(new Paragraph(overview),
        new Table(List.of(new Column("Video", false), new Column("Forward trunk lean", false),
            new Column("Lumbar hyperextension", false), new Column("Steps", true), new Column("Cadence", true),
            new Column("Notes", false)), rows, true),
        new Note("Each video's name opens its full report; its folder also holds analysis.json and the CSV files."));
    return new ReportDocument("runpose: " + folder, provenance, List.of(new Section("Videos", blocks)),
        PostureReport.FOOTER);
  }

  /** The same as JSON-ready data, for scripts that collect results over many runs. */
  public static Map<String, Object> json(String folder, List<Item> items, List<Entry> provenance) {
    Map<String, Object> doc = new LinkedHashMap<>();
    Map<String, String> header = new LinkedHashMap<>();
    provenance.forEach(e -> header.put(e.label(), e.value()));
    doc.put("formatVersion", FORMAT_VERSION);
    doc.put("folder", folder);
    doc.put("provenance", header);
    List<Map<String, Object>> videos = new ArrayList<>();
    for (Item i : items) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("video", i.video());
      v.put("output", i.folder());
      v.put("status", i.failed() ? "failed" : "analysed");
      if (i.failed()) {
        v.put("error", i.error());
      } else {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Flag f : i.analysis().flags()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", f.id());
          m.put("severity", f.severity());
          m.put("value", f.value());
          m.put("unit", f.unit());
          findings.add(m);
        }
        v.put("findings", findings);
        v.put("steps", i.analysis().summary().steps());
        v.put("cadenceStepsPerMin", i.analysis().summary().cadenceStepsPerMin());
      }
      videos.add(v);
    }
    doc.put("videos", videos);
    return doc;
  }

  private static String finding(Flag f) {
    return f.value() == null ? f.severity().label() : String.format(Locale.ROOT, "%s \u00b7 %.1f%s",
        f.stateLabel(), f.value(), Flag.FORWARD_LEAN.equals(f.id()) ? "\u00b0" : " %");
  }

  /** Why findings were withheld, and the findings of the other passes of a person who turned round. */
  private static String notes(PostureAnalysis a) {
    List<String> notes = new ArrayList<>(a.insufficientReasons());
    notes.addAll(PostureReport.otherPassFindings(a));
    return String.join(" ", notes);
  }
}
