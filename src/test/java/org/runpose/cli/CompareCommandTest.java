package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.RunposeVersion;
import org.runpose.compare.Runner;
import org.runpose.io.Json;

class CompareCommandTest {

  @TempDir Path dir;

  /** An analysis.json of a runner leaning {@code leanDeg}, in its own folder. */
  private Path analysis(String folder, double leanDeg) throws Exception {
    Runner r = new Runner();
    r.leanDeg = leanDeg;
    Path f = Files.createDirectories(dir.resolve(folder)).resolve("analysis.json");
    Json.MAPPER.writeValue(f.toFile(), r.analysis());
    return f;
  }

  private static List<String> listing(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheJsonHtmlAndPdfWithBothInputsProvenance() throws Exception {
    Path before = analysis("visit1", 17.8);
    analysis("visit2", 5.1);
    Path out = dir.resolve("out");
    CliRunner r = CliRunner.run("compare", before.toString(), dir.resolve("visit2").toString(), "-o",
        out.toString(), "--labels", "12 Mar, 2 Apr");
    assertThat(r.exitCode).as(r.err).isZero();
    assertThat(r.err).isEmpty();
    assertThat(listing(out)).containsExactly("compare.html", "compare.json", "compare.pdf");
    assertThat(r.out).contains("runpose compare: 12 Mar (" + before + ") -> 2 Apr")
        .contains("IMPROVED      Forward lean improved from 17.8° to 5.1° (-12.7°): now within the usual range.")
        .contains("UNCHANGED     Lumbar hollow unchanged").contains("Unchanged means a change of less than 2°")
        .contains("not a diagnosis").contains("Wrote " + out.resolve("compare.pdf"));

    JsonNode j = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
    assertThat(j.get("runposeVersion").asText()).isEqualTo(RunposeVersion.get().runpose());
    assertThat(j.get("before").get("file").asText()).isEqualTo(before.toString());
    assertThat(j.get("before").get("sha256").asText()).hasSize(64);
    assertThat(j.get("after").get("file").asText()).endsWith("visit2/analysis.json");
    assertThat(j.get("after").get("label").asText()).isEqualTo("2 Apr");
    assertThat(j.get("after").get("model").get("landmarkSha256").asText()).isEqualTo(Runner.LANDMARK_SHA);
    assertThat(j.get("findings").get(0).get("verdict").asText()).isEqualTo("improved");
    assertThat(Files.readString(out.resolve("compare.html"))).contains("Forward trunk lean: improved");
  }

  @Test
  void theSameFileTwiceIsUnchangedAndSaysSo() throws Exception {
    Path a = analysis("visit1", 9.0);
    Path out = dir.resolve("out");
    CliRunner r = CliRunner.run("compare", a.toString(), a.toString(), "-o", out.toString(),
        "--lean-tolerance", "1.5");
    assertThat(r.exitCode).as(r.err).isZero();
    assertThat(r.out.lines().filter(l -> l.startsWith("UNCHANGED"))).hasSize(2);
    assertThat(r.out).contains("Warning: Both inputs are the same analysis").contains("less than 1.5°");
    JsonNode j = new ObjectMapper().readTree(out.resolve("compare.json").toFile());
    assertThat(j.get("before").get("label").asText()).isEqualTo("before");
    assertThat(j.get("after").get("label").asText()).isEqualTo("after");
    assertThat(j.get("rules").get("leanToleranceDeg").asDouble()).isEqualTo(1.5);
    assertThat(j.get("findings").findValuesAsText("verdict")).containsExactly("unchanged", "unchanged");
  }

  @Test
  void labelsDefaultToTheFolderNames() {
    assertThat(CompareCommand.defaultLabels(Path.of("runpose-out/run_side_lean05/analysis.json"),
        Path.of("runpose-out/run_lean18/analysis.json"))).containsExactly("run_side_lean05", "run_lean18");
    assertThat(CompareCommand.defaultLabels(Path.of("a/out/analysis.json"), Path.of("b/out/analysis.json")))
        .containsExactly("before", "after");
    assertThat(CompareCommand.defaultLabels(Path.of("visit1.json"), Path.of("visit2.json")))
        .containsExactly("visit1", "visit2");
    assertThat(CompareCommand.fileSafe("12 Mar")).isEqualTo("12_Mar");
    assertThat(CompareCommand.fileSafe("../..")).isEqualTo("visit");
  }

  /** Runs a comparison expected to fail: exit 2, one line naming {@code named}, and no output folder. */
  private void refused(String named, String... args) {
    Path out = dir.resolve("out");
    String[] all = Stream.concat(Stream.of("compare"), Stream.concat(Stream.of(args),
        Stream.of("-o", out.toString()))).toArray(String[]::new);
    CliRunner r = CliRunner.run(all);
    assertThat(r.exitCode).as(r.err).isEqualTo(2);
    assertThat(r.err).startsWith("runpose: ").contains(named);
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.out).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void badInputsAreRefusedWithOneMessageAndNothingWritten() throws Exception {
    String good = analysis("visit1", 5.0).toString();
    refused("missing.json: no such file or folder", good, dir.resolve("missing.json").toString());
    Files.createDirectories(dir.resolve("empty"));
    refused("empty: the folder holds no analysis.json", dir.resolve("empty").toString(), good);
    Path garbage = Files.writeString(dir.resolve("garbage.json"), "\u0000\u0001 not json");
    refused("garbage.json: not valid JSON", good, garbage.toString());
    Path keypoints = Files.writeString(dir.resolve("keypoints.json"), "{\"runposeVersion\": \"0.1.0-SNAPSHOT\","
        + " \"summary\": {}, \"frames\": [{\"index\": 0, \"keypoints\": []}]}");
    refused("keypoints.json: a keypoints file, not an analysis", keypoints.toString(), good);
    Path newer = Files.writeString(dir.resolve("newer.json"), "{\"runposeVersion\": \"7.0.0\", \"analysis\": {}}");
    refused("newer.json: written by runpose 7.0.0, newer than this runpose", good, newer.toString());
    String current = Files.readString(Path.of(good));
    Path newerFormat = Files.writeString(dir.resolve("format2.json"),
        current.replaceFirst("\"formatVersion\" *: *1", "\"formatVersion\": 2"));
    refused("format2.json: an analysis in format 2 (written by runpose ", good, newerFormat.toString());
    refused("--labels 12 Mar: give two names", good, good, "--labels", "12 Mar");
    refused("Invalid setting: the lean tolerance", good, good, "--lean-tolerance", "0");
  }
}
