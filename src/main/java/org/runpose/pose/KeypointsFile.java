package org.runpose.pose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.runpose.BadInputException;
import org.runpose.RunposeVersion;
import org.runpose.io.Json;
import org.runpose.io.StagedOutput;

/** Reads and writes keypoint files: the JSON document and a one-row-per-frame CSV for spreadsheets. */
public final class KeypointsFile {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private KeypointsFile() {}

  /**
   * Writes the JSON document and, when {@code csv} is not null, the CSV; both appear together or not at all.
   *
   * @return the files written
   */
  public static List<Path> write(PoseSeries series, Path json, Path csv) throws IOException {
    Path dir = json.toAbsolutePath().getParent();
    if (csv != null && !csv.toAbsolutePath().getParent().equals(dir)) {
      throw new IllegalArgumentException("the CSV goes next to the JSON file");
    }
    try (StagedOutput out = StagedOutput.in(dir)) {
      out.write(json.getFileName().toString(), o -> writeJson(series, o));
      if (csv != null) {
        out.write(csv.getFileName().toString(), o -> writeCsv(series, o));
      }
      return out.commit();
    }
  }

  /** Writes the JSON document to a stream, for callers that stage several files together. */
  public static void writeJson(PoseSeries series, OutputStream out) throws IOException {
    JSON.writeValue(out, series);
  }

  /** Reads a keypoints JSON file written by {@link #writeJson}. */
  public static PoseSeries readJson(Path given) throws BadInputException {
    // The folder an analysis wrote, as compare and --baseline take it.
    Path file = Files.isDirectory(given) ? given.resolve("keypoints.json") : given;
    if (Files.isDirectory(given) && !Files.isRegularFile(file)) {
      throw new BadInputException(given + ": a folder without a keypoints.json in it. Give the keypoints.json that"
          + " 'runpose analyze' or 'runpose keypoints' wrote, or its folder.");
    }
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": no such file. Check the path.");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": not a file that can be read to its end (a pipe or a device). Give the"
          + " keypoints.json file itself.");
    }
    try {
      JsonNode tree = JSON.readTree(file.toFile());
      if (tree == null || !tree.isObject()) {
        throw new BadInputException(file + ": not a runpose keypoints file (no JSON object in it). Give a file"
            + " written by 'runpose keypoints'.");
      }
      if (tree.has("flags") && tree.has("summary")) {
        throw new BadInputException(file + ": an analysis, not a keypoints file. Give the keypoints.json that"
            + " 'runpose analyze' wrote beside it.");
      }
      int format = tree.path("formatVersion").asInt(PoseSeries.FORMAT_VERSION);
      if (format > PoseSeries.FORMAT_VERSION) {
        throw new BadInputException(file + ": keypoints in format " + format + " (written by runpose "
            + tree.path("runposeVersion").asText("?") + "); this runpose (" + RunposeVersion.get().runpose()
            + ") reads format " + PoseSeries.FORMAT_VERSION + " and earlier. Update runpose, or run 'runpose"
            + " keypoints' on the video again with this version.");
      }
      return JSON.treeToValue(tree, PoseSeries.class);
    } catch (JsonProcessingException e) {
      throw new BadInputException(file + ": not a runpose keypoints file, or a damaged one (" + Json.problem(e)
          + "). Give a keypoints.json written by 'runpose analyze' or 'runpose keypoints', or make it again from"
          + " the video.", e);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ").", e);
    }
  }

  private static void writeCsv(PoseSeries series, OutputStream out) throws IOException {
    List<String> header =
        new ArrayList<>(List.of("frame", "time_s", "found", "pose_score", "detector_ran", "people_detected"));
    for (BodyLandmark lm : BodyLandmark.values()) {
      for (String field : List.of("x_px", "y_px", "z_px", "visibility", "presence")) {
        header.add(lm.id() + "_" + field);
      }
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CSVPrinter csv = new CSVPrinter(w, format)) {
      for (PoseFrame f : series.frames()) {
        List<Object> row = new ArrayList<>(header.size());
        row.add(f.index());
        row.add(fmt("%.6f", f.timestampMicros() / 1e6));
        row.add(f.found());
        row.add(fmt("%.4f", f.poseScore()));
        row.add(f.detectorRan());
        row.add(f.peopleDetected());
        for (Keypoint k : f.keypoints()) {
          row.add(fmt("%.2f", k.xPx()));
          row.add(fmt("%.2f", k.yPx()));
          row.add(fmt("%.2f", k.zPx()));
          row.add(fmt("%.4f", k.visibility()));
          row.add(fmt("%.4f", k.presence()));
        }
        csv.printRecord(row);
      }
    }
  }

  private static String fmt(String pattern, double v) {
    return String.format(Locale.ROOT, pattern, v);
  }
}
