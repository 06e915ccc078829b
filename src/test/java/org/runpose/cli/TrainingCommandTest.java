package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.RunposeVersion;
import picocli.CommandLine;

class TrainingCommandTest {

  private static final Path SAMPLE = Path.of("samples/training-log.csv");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = RunposeCommand.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void analysesTheSampleIntoFourFilesWithProvenance() throws Exception {
    Path o = dir.resolve("out");
    assertThat(run("training", SAMPLE.toString(), "-o", o.toString(), "--zone", "UTC")).isZero();
    assertThat(listing(o)).containsExactly("training.html", "training.json", "training.pdf", "weekly.csv");
    assertThat(out.toString())
        .contains("16 weeks (2025-W02 to 2025-W17), 75 runs, 513.0 km; 4 excessive, 1 to watch.")
        .contains("excessive  2025-W11  Weekly distance +41% (limit +10%)")
        .contains("line 57: unparseable date '2025-02-30'");
    assertThat(err.toString()).isEmpty();

    JsonNode json = new ObjectMapper().readTree(o.resolve("training.json").toFile());
    assertThat(json.fieldNames().next()).isEqualTo("formatVersion");
    assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
    JsonNode provenance = json.get("provenance");
    assertThat(provenance.get("runpose").asText()).isEqualTo(RunposeVersion.get().runpose());
    assertThat(provenance.get("inputs").get(0).get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(provenance.get("units").asText()).isEqualTo("km");
    assertThat(provenance.get("config").get("maxLongRunShare").asDouble()).isEqualTo(0.25);
    assertThat(json.get("findings")).hasSize(5);
    assertThat(json.get("findings").get(0).get("severity").asText()).isEqualTo("excessive");
    assertThat(json.get("skippedRows").get(0).get("location").get("line").asInt()).isEqualTo(40);
    assertThat(json.get("weeks").get(0).get("isoWeek").asText()).isEqualTo("2025-W02");

    String html = Files.readString(o.resolve("training.html"));
    assertThat(html).contains("2025-W14: Long run 49% of the week (limit 25%)")
        .doesNotContain("src=\"http").doesNotContain("<link").doesNotContain("url(").doesNotContain("<script");

    List<String> csv = Files.readAllLines(o.resolve("weekly.csv"));
    assertThat(csv).hasSize(17);
    assertThat(csv.get(0)).startsWith("week,monday,runs,distance_km,longest_run_km,longest_run_share");
  }

  @Test
  void theBenchTimesTheSampleLogAndWritesNothingBehind() {
    CliRunner r = CliRunner.run("bench", "training", SAMPLE.toString(), "--runs", "1");
    assertThat(r.exitCode).as(r.err).isZero();
    assertThat(r.out).startsWith("runpose bench training: 77 rows (75 runs, 16 weeks), 1 timed runs after 1 untimed")
        .contains("total               : median ").contains("peak memory");
  }

  @Test
  void resultsWrittenAmongTheLogsAreNotReadAsALogNorWrittenOverOne() throws Exception {
    Path logs = Files.createDirectories(dir.resolve("logs"));
    Files.copy(SAMPLE, logs.resolve("log.csv"));
    assertThat(run("training", logs.toString(), "-o", logs.toString(), "--zone", "UTC")).isZero();
    // Again: the weekly table of the first run is passed over, not read as a log.
    assertThat(run("training", logs.toString(), "-o", logs.toString(), "--zone", "UTC")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("75 runs, 513.0 km");

    Path named = Files.copy(SAMPLE, Files.createDirectories(dir.resolve("b")).resolve("weekly.csv"));
    assertThat(run("training", named.toString(), "-o", named.getParent().toString())).isEqualTo(2);
    assertThat(err.toString()).contains(named + ": runpose writes a file of this name into " + named.getParent()
        + ", which would replace this log.");
    assertThat(Files.readString(named)).isEqualTo(Files.readString(SAMPLE));
  }

  @Test
  void milesAreShownInMiles() throws Exception {
    Path csv = Files.writeString(dir.resolve("mi.csv"),
        "date,distance,duration\n2024-03-04,5,45:00\n2024-03-05,3,27:00\n");
    assertThat(run("training", csv.toString(), "-o", dir.resolve("out").toString(), "--units", "mi")).isZero();
    assertThat(out.toString()).contains("2 runs, 8.0 mi;");
    assertThat(Files.readAllLines(dir.resolve("out/weekly.csv")).get(0)).contains("distance_mi");
  }

  @Test
  void aLogWithoutAValidRowFailsWithOneMessageAndWritesNothing() throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "date,distance,duration\n2024-02-30,-5,45:00\n");
    Path o = dir.resolve("out");
    assertThat(run("training", csv.toString(), "-o", o.toString())).isEqualTo(2);
    assertThat(err.toString()).startsWith("runpose: No valid run in " + csv)
        .contains("line 2: unparseable date '2024-02-30'");
    assertThat(o).doesNotExist();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aRunThatCannotWriteItsReportLeavesNoPartialOutput() throws Exception {
    Path o = Files.createDirectory(dir.resolve("out"));
    Files.createDirectory(o.resolve("training.pdf")); // the last file cannot be written
    Files.writeString(o.resolve("training.json"), "earlier");
    assertThat(run("training", SAMPLE.toString(), "-o", o.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("could not be written").contains("Nothing was written");
    assertThat(listing(o)).containsExactly("training.json", "training.pdf");
    assertThat(Files.readString(o.resolve("training.json"))).isEqualTo("earlier");
  }

  @Test
  void wrongOptionsAreUsageErrors() {
    assertThat(run("training", SAMPLE.toString(), "--units", "furlongs")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown unit 'furlongs': use km or mi");
    assertThat(run("training", SAMPLE.toString(), "--max-long-run-share", "2")).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid threshold: --max-long-run-share must be between 0.05 and 1, was 2");
    assertThat(run("training", SAMPLE.toString(), "--zone", "Mars/Olympus")).isEqualTo(2);
    assertThat(err.toString()).contains("'Mars/Olympus' is not a time zone: give a name such as Europe/Berlin")
        .doesNotContain("java.time");
  }
}
