package org.runpose.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.runpose.posture.Flag;
import org.runpose.posture.PostureAnalysis;
import org.runpose.report.PostureReport;

/**
 * One video's row of the findings table: where it came from, what runpose found, or why it could not.
 *
 * @param source the video's path as given (any Hadoop file system)
 * @param sha256 the video's SHA-256, null when it could not be read
 * @param status {@code analysed}, {@code skipped} (analysed before with the same video, model and settings) or
 *     {@code failed}
 * @param output the folder holding the video's analysis, null when it failed
 * @param durationSeconds the video's duration
 * @param direction the running direction in the picture
 * @param leanDeg median trunk lean, null when not assessed
 * @param lumbarPct median lumbar hollow, % of trunk length, null when not assessed
 * @param cadenceStepsPerMin cadence, null when withheld
 * @param passes how many passes the person made before the camera (more than one when they turned round); the
 *     measures above are the longest pass's
 * @param otherPasses each other pass's time and findings, empty when there was one pass
 * @param worstSeverity the most serious finding of any pass
 * @param sufficient whether the data allowed findings
 * @param insufficientReason why not, empty when they did
 * @param error what went wrong, null when nothing did
 */
public record FindingsRow(String source, String sha256, String status, String output, Double durationSeconds,
    Double fps, String direction, Double leanDeg, String leanSeverity, Double lumbarPct, String lumbarSeverity,
    Double cadenceStepsPerMin, Integer passes, String otherPasses, String worstSeverity, Boolean sufficient,
    String insufficientReason, String error, String runposeVersion, String modelSha256) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The version of the row's columns, part of the key a video is skipped by: raised when columns are added, so that a
   * folder analysed by an earlier build is analysed again rather than given a row with the new columns empty.
   */
  static final int COLUMNS_VERSION = 2;

  /** The table's columns, in the order of the record's components. */
  public static final StructType SCHEMA = new StructType(new StructField[] {
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("sha256", DataTypes.StringType, true),
      DataTypes.createStructField("status", DataTypes.StringType, false),
      DataTypes.createStructField("output", DataTypes.StringType, true),
      DataTypes.createStructField("duration_s", DataTypes.DoubleType, true),
      DataTypes.createStructField("fps", DataTypes.DoubleType, true),
      DataTypes.createStructField("direction", DataTypes.StringType, true),
      DataTypes.createStructField("lean_deg", DataTypes.DoubleType, true),
      DataTypes.createStructField("lean_severity", DataTypes.StringType, true),
      DataTypes.createStructField("lumbar_pct", DataTypes.DoubleType, true),
      DataTypes.createStructField("lumbar_severity", DataTypes.StringType, true),
      DataTypes.createStructField("cadence_steps_per_min", DataTypes.DoubleType, true),
      DataTypes.createStructField("passes", DataTypes.IntegerType, true),
      DataTypes.createStructField("other_passes", DataTypes.StringType, true),
      DataTypes.createStructField("worst_severity", DataTypes.StringType, true),
      DataTypes.createStructField("sufficient", DataTypes.BooleanType, true),
      DataTypes.createStructField("insufficient_reason", DataTypes.StringType, true),
      DataTypes.createStructField("error", DataTypes.StringType, true),
      DataTypes.createStructField("runpose_version", DataTypes.StringType, true),
      DataTypes.createStructField("model_sha256", DataTypes.StringType, true)});

  /** The row of a video analysed into {@code output}. */
  static FindingsRow of(String source, String sha256, String status, String output, PostureAnalysis a) {
    Flag lean = a.flag(Flag.FORWARD_LEAN);
    Flag lumbar = a.flag(Flag.LUMBAR);
    Double durationSeconds = a.video().durationMicros() > 0 ? a.video().durationMicros() / 1e6 : null;
    return new FindingsRow(source, sha256, status, output, durationSeconds, a.video().fps(),
        a.view().direction() == null ? null : a.view().direction().id(), lean.value(), lean.severity().key(),
        lumbar.value(), lumbar.severity().key(), a.summary().cadenceStepsPerMin(), a.passes().size(),
        String.join(" ", PostureReport.otherPassFindings(a)), a.worstSeverity().key(), a.sufficient(),
        String.join(" ", a.insufficientReasons()), null, a.runposeVersion(), a.model().landmarkSha256());
  }

  /** The row of a video that could not be analysed. */
  static FindingsRow failed(String source, String sha256, String error, String runposeVersion) {
    return new FindingsRow(source, sha256, "failed", null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, error, runposeVersion, null);
  }

  /** The same analysis, made before, as the row of {@code video} (the same content, perhaps under another name). */
  FindingsRow skipped(String video) {
    return new FindingsRow(video, sha256, "skipped", output, durationSeconds, fps, direction, leanDeg, leanSeverity,
        lumbarPct, lumbarSeverity, cadenceStepsPerMin, passes, otherPasses, worstSeverity, sufficient,
        insufficientReason, error, runposeVersion, modelSha256);
  }

  Row toRow() {
    return RowFactory.create(source, sha256, status, output, durationSeconds, fps, direction, leanDeg, leanSeverity,
        lumbarPct, lumbarSeverity, cadenceStepsPerMin, passes, otherPasses, worstSeverity, sufficient,
        insufficientReason, error, runposeVersion, modelSha256);
  }
}
