package org.runpose.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.runpose.io.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.BadInputException;
import org.runpose.io.Json;

class CompareInputTest {

  @TempDir Path dir;

  private Path analysisIn(String folder) throws Exception {
    Path f = Files.createDirectories(dir.resolve(folder)).resolve("analysis.json");
    Json.MAPPER.writeValue(f.toFile(), new Runner().analysis());
    return f;
  }

  private Path edited(String name, java.util.function.Consumer<ObjectNode> edit) throws Exception {
    ObjectNode tree = Json.MAPPER.valueToTree(new Runner().analysis());
    edit.accept(tree);
    Path f = dir.resolve(name);
    Json.MAPPER.writeValue(f.toFile(), tree);
    return f;
  }

  @Test
  void readsAnAnalysisFromItsFolderWithItsChecksum() throws Exception {
    Path f = analysisIn("visit1");
    assertThat(AnalysisInput.locate(dir.resolve("visit1"))).isEqualTo(f);
    Visit v = AnalysisInput.read(f, "12 Mar");
    assertThat(v.label()).isEqualTo("12 Mar");
    assertThat(v.sha256()).isEqualTo(Sha256.of(Files.readAllBytes(f)));
    assertThat(v.analysis().summary().leanDeg()).isEqualTo(5.0);
  }

  @Test
  void aMissingFileOrAFolderWithoutAnAnalysisIsRefused() throws Exception {
    assertThatThrownBy(() -> AnalysisInput.locate(dir.resolve("nowhere.json")))
        .isInstanceOf(BadInputException.class).hasMessageContaining("nowhere.json: no such file or folder");
    Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> AnalysisInput.locate(dir.resolve("empty")))
        .hasMessageContaining("empty: the folder holds no analysis.json");
  }

  @Test
  void garbageIsNotJson() throws Exception {
    Path f = Files.writeString(dir.resolve("analysis.json"), "{\"runposeVersion\": \"0.1.0\",\n  oops");
    assertThatThrownBy(() -> AnalysisInput.read(f, "x")).isInstanceOf(BadInputException.class)
        .hasMessageContaining(f + ": not valid JSON (line 2");
    Path empty = Files.writeString(dir.resolve("empty.json"), "");
    assertThatThrownBy(() -> AnalysisInput.read(empty, "x")).hasMessageContaining("empty.json: is empty (0 bytes)");
    Path list = Files.writeString(dir.resolve("list.json"), "[1, 2]");
    assertThatThrownBy(() -> AnalysisInput.read(list, "x")).hasMessageContaining("not a runpose analysis");
  }

  @Test
  void aKeypointsFileIsRecognisedAndTheWayToAnAnalysisGiven() throws Exception {
    Path f = Files.writeString(dir.resolve("keypoints.json"), "{\"runposeVersion\": \"0.1.0-SNAPSHOT\","
        + " \"video\": {}, \"model\": {}, \"settings\": {}, \"summary\": {\"framesDecoded\": 1},"
        + " \"frames\": [{\"index\": 0, \"keypoints\": []}]}");
    assertThatThrownBy(() -> AnalysisInput.read(f, "x"))
        .hasMessageContaining("a keypoints file, not an analysis. Run 'runpose analyze --from " + f);
  }

  @Test
  void otherRunposeFilesAreNotAnalyses() throws Exception {
    Path f = Files.writeString(dir.resolve("training.json"), "{\"runposeVersion\": \"0.1.0\", \"weeks\": []}");
    assertThatThrownBy(() -> AnalysisInput.read(f, "x")).hasMessageContaining("a runpose file, but not an analysis");
  }

  @Test
  void aNewerIncompatibleFormatAsksForAnUpdate() throws Exception {
    Path f = edited("newer.json", t -> {
      t.put("runposeVersion", "9.0.0");
      t.set("flags", t.objectNode().put("forward-lean", "ok"));
    });
    assertThatThrownBy(() -> AnalysisInput.read(f, "x")).isInstanceOf(BadInputException.class)
        .hasMessageContaining(f + ": written by runpose 9.0.0, newer than this runpose")
        .hasMessageContaining("Update runpose");
  }

  @Test
  void aNewerFormatThatStillReadsIsAccepted() throws Exception {
    Path f = edited("newer.json", t -> t.put("runposeVersion", "9.0.0").put("somethingNew", true));
    assertThat(AnalysisInput.read(f, "x").analysis().runposeVersion()).isEqualTo("9.0.0");
  }

  @Test
  void aDamagedAnalysisOfThisVersionIsRefused() throws Exception {
    Path noSummary = edited("a.json", t -> t.remove("summary"));
    assertThatThrownBy(() -> AnalysisInput.read(noSummary, "x"))
        .hasMessageContaining("an incomplete or damaged analysis (no summary)");
    Path noLumbar = edited("b.json", t -> ((com.fasterxml.jackson.databind.node.ArrayNode) t.get("flags")).remove(1));
    assertThatThrownBy(() -> AnalysisInput.read(noLumbar, "x"))
        .hasMessageContaining("no lumbar-hyperextension finding");
    Path badValue = edited("c.json", t -> ((ObjectNode) t.get("flags").get(0)).putNull("value"));
    assertThatThrownBy(() -> AnalysisInput.read(badValue, "x"))
        .hasMessageContaining("forward-lean: a value is graded against both thresholds or is not graded");
  }

  @Test
  void versionsAreComparedByTheirNumbers() {
    assertThat(AnalysisInput.isNewer("9.0.0")).isTrue();
    assertThat(AnalysisInput.isNewer("0.4.1")).isTrue();
    assertThat(AnalysisInput.isNewer("0.4.0")).isFalse();
    assertThat(AnalysisInput.isNewer("0.3.9")).isFalse();
    assertThat(AnalysisInput.isNewer("dev")).isFalse();
  }

  @Test
  void aValueEditedBeyondItsGradeOrBeyondAnyRunnerIsRefused() throws Exception {
    Path regraded = edited("regraded.json", t -> ((ObjectNode) t.get("flags").get(0)).put("value", 30.0));
    assertThatThrownBy(() -> AnalysisInput.read(regraded, "x")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("(forward-lean: graded ok at 30.0°, against thresholds of 8.0° and 15.0°; the file was"
            + " edited)");
    Path huge = edited("huge.json", t -> ((ObjectNode) t.get("flags").get(1)).put("value", 1e308));
    assertThatThrownBy(() -> AnalysisInput.read(huge, "x")).hasMessageContaining("is no runner's");
  }
}
