package org.runpose.posture;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.runpose.io.Json;
import org.runpose.io.StagedOutput;

/** Writes an analysis as {@code analysis.json}, {@code frames.csv} and {@code steps.csv}. */
public final class AnalysisFiles {

  public static final String JSON = "analysis.json";
  public static final String FRAMES_CSV = "frames.csv";
  public static final String STEPS_CSV = "steps.csv";

  private static final ObjectMapper MAPPER = Json.MAPPER;

  private AnalysisFiles() {}

  /** Stages the three files in {@code out}; they appear when the caller commits it. */
  public static void stage(StagedOutput out, PostureAnalysis analysis) throws IOException {
    out.write(JSON, o -> MAPPER.writeValue(o, analysis));
    out.write(FRAMES_CSV, o -> csv(o, List.of("frame", "time_s", "found", "lean_deg", "lumbar_depth_pct", "stance",
        "pass"), printer -> {
          // Each frame as its pass measured it; the pass column numbers them, 1 being the one the report is of.
          for (PostureAnalysis.PassFrame p : analysis.framesOfAllPasses()) {
            FrameMetrics f = p.frame();
            printer.printRecord(f.index(), num(f.timeSeconds(), 4), f.found(), num(f.leanDeg(), 2),
                num(f.lumbarDepthPct(), 2), f.stance() == null ? "" : f.stance(), f.found() ? p.pass() : "");
          }
        }));
    List<PostureAnalysis> passes = analysis.passes();
    out.write(STEPS_CSV, o -> csv(o, List.of("step", "side", "contact_s", "toe_off_s", "next_contact_s",
        "stance_ms", "flight_ms", "lean_contact_deg", "lean_mid_stance_deg", "lean_toe_off_deg", "overstride",
        "knee_flexion_contact_deg", "knee_flexion_peak_stance_deg", "vertical_oscillation",
        "vertical_oscillation_cm", "hip_extension_toe_off_deg", "foot_strike_deg", "shank_contact_deg",
        "lean_stance_mean_deg", "pass"),
        printer -> {
          for (int n = 0; n < passes.size(); n++) {
            // As in the report: stance and flight left blank where the summary withholds them.
            boolean timed = passes.get(n).stepTimesGiven();
            for (StepMetrics s : passes.get(n).steps()) {
              printer.printRecord(s.number(), s.side().id(), num(s.contactSeconds(), 4), num(s.toeOffSeconds(), 4),
                  num(s.nextContactSeconds(), 4), timed ? num(s.stanceMs(), 1) : "",
                  timed ? num(s.flightMs(), 1) : "",
                  num(s.leanContactDeg(), 2), num(s.leanMidStanceDeg(), 2), num(s.leanToeOffDeg(), 2),
                  num(s.overstride(), 3), num(s.kneeFlexionContactDeg(), 1), num(s.kneeFlexionPeakStanceDeg(), 1),
                  num(s.verticalOscillation(), 3), num(s.verticalOscillationCm(), 1),
                  num(s.hipExtensionToeOffDeg(), 1), num(s.footStrikeDeg(), 1), num(s.shankContactDeg(), 1),
                  num(s.leanStanceMeanDeg(), 2), n + 1);
            }
          }
        }));
  }

  /** Reads back an {@code analysis.json}. */
  public static PostureAnalysis read(java.nio.file.Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), PostureAnalysis.class);
  }

  @FunctionalInterface
  private interface Rows {
    void print(CSVPrinter printer) throws IOException;
  }

  private static void csv(OutputStream out, List<String> header, Rows rows) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
      rows.print(printer);
    }
  }

  private static String num(Double v, int decimals) {
    return v == null ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
