package org.runpose.compare;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runpose.RunposeVersion;
import org.runpose.io.Json;
import org.runpose.io.StagedOutput;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.ViewCheck;
import org.runpose.report.PostureReport;
import org.runpose.report.ReportFiles;
import org.runpose.video.VideoInfo;

/** Writes a comparison as {@code compare.json}, {@code compare.html} and {@code compare.pdf}. */
public final class CompareFiles {
  private CompareFiles() {}

  public static final String JSON = "compare.json";

  /** Name of the HTML and PDF report, without extension. */
  public static final String REPORT = "compare";

  /** Raised when a field is renamed, moved or removed, so readers of older files can tell. */
  public static final int FORMAT_VERSION = 1;

  /** Stages the three files in {@code out}; they appear when the caller commits it. */
  public static void stage(StagedOutput out, Comparison c, OffsetDateTime made) throws IOException {
    out.write(JSON, o -> Json.MAPPER.writeValue(o, document(c, made)));
    ReportFiles.stage(out, CompareReport.document(c, made), REPORT);
  }

  /**
   * The content of compare.json: provenance of both inputs, the rules, the warnings, then each finding and measure.
   *
   * @param formatVersion {@link #FORMAT_VERSION}
   * @param runposeVersion the runpose that compared them
   * @param generatedAt when, ISO-8601 with the local offset
   */
  public record Document(int formatVersion, String runposeVersion, String generatedAt, Input before, Input after,
      Rules rules, List<CompareWarning> warnings, List<FindingChange> findings, List<MeasureChange> measures,
      String disclaimer) {}

  /**
   * One input's provenance.
   *
   * @param file the analysis.json, as given
   * @param sha256 its SHA-256
   * @param runposeVersion the runpose that analysed the video
   * @param cameraSide the runner's side the camera saw
   * @param steps steps recognised
   * @param pass where the person turned round and a pass other than the longest is compared, its time in the video;
   *     null when the file's own analysis is
   */
  public record Input(String label, String file, String sha256, String runposeVersion, VideoInfo video,
      ModelInfo model, AnalysisConfig settings, ViewCheck view, String cameraSide, boolean sufficient,
      List<String> insufficientReasons, int steps, String pass) {}

  /**
   * How the verdicts are given.
   *
   * @param tolerance what counts as a change
   * @param verdicts each verdict's rule, by its JSON name
   */
  public record Rules(double leanToleranceDeg, double lumbarTolerancePct, double frameRateRatioWarning,
      String tolerance, Map<String, String> verdicts) {}

  static final String TOLERANCE = "A change counts when, taken to a tenth as the report shows it, it is at least"
      + " the tolerance: leanToleranceDeg degrees of trunk lean, lumbarTolerancePct percentage points of lumbar"
      + " hollow depth. Smaller changes are within the measurement error and count as unchanged. Lower is better"
      + " only from the watch threshold up.";

  static Document document(Comparison c, OffsetDateTime made) {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      verdicts.put(v.key(), v.rule());
    }
    CompareConfig k = c.config();
    return new Document(FORMAT_VERSION, RunposeVersion.get().runpose(),
        made.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        input(c.before()), input(c.after()),
        new Rules(k.leanToleranceDeg(), k.lumbarTolerancePct(), k.frameRateRatioWarning(), TOLERANCE, verdicts),
        c.warnings(), c.findings(), c.measures(), PostureReport.NOT_A_DIAGNOSIS);
  }

  private static Input input(Visit v) {
    var a = v.analysis();
    return new Input(v.label(), v.file().toString(), v.sha256(), a.runposeVersion(), a.video(), a.model(),
        a.settings(), a.view(), a.view().direction().nearSide().id(), a.sufficient(), a.insufficientReasons(),
        a.summary().steps(), v.pass());
  }
}
