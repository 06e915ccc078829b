package org.runpose.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.RunposeVersion;
import org.runpose.io.Json;
import org.runpose.io.JsonPaths;

/** compare.json is read by other programs: its field names only change with its format version. */
class CompareFilesTest {

  static final OffsetDateTime MADE = OffsetDateTime.of(2026, 4, 2, 10, 30, 15, 0, ZoneOffset.ofHours(2));

  private static JsonNode json(Comparison c) {
    return Json.MAPPER.valueToTree(CompareFiles.document(c, MADE));
  }

  private static Comparison sample() {
    Runner before = new Runner();
    before.leanDeg = 17.8;
    Runner after = new Runner();
    after.leanDeg = 5.1;
    after.fps = 15;
    return Comparison.of(before.visit("12 Mar"), after.visit("2 Apr"), CompareConfig.DEFAULT);
  }

  @Test
  void fieldNamesMatchTheGoldenListing() throws IOException {
    var paths = JsonPaths.of(json(sample()));
    String golden;
    try (InputStream in = getClass().getResourceAsStream("compare-json-fields.txt")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(String.join("\n", paths)).isEqualTo(golden.strip());
  }

  @Test
  void holdsProvenanceRulesAndVerdicts() {
    JsonNode j = json(sample());
    assertThat(j.get("formatVersion").asInt()).isEqualTo(CompareFiles.FORMAT_VERSION);
    assertThat(j.get("runposeVersion").asText()).isEqualTo(RunposeVersion.get().runpose());
    assertThat(j.get("generatedAt").asText()).isEqualTo("2026-04-02T10:30:15+02:00");
    assertThat(j.get("before").get("label").asText()).isEqualTo("12 Mar");
    assertThat(j.get("before").get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(j.get("after").get("model").get("landmarkSha256").asText()).isEqualTo(Runner.LANDMARK_SHA);
    assertThat(j.get("after").get("settings").get("leanWatchDeg").asDouble()).isEqualTo(8);
    assertThat(j.get("rules").get("leanToleranceDeg").asDouble()).isEqualTo(2);
    assertThat(j.get("rules").get("lumbarTolerancePct").asDouble()).isEqualTo(1);
    assertThat(j.get("rules").get("verdicts").get("unchanged").asText()).contains("smaller than the tolerance");
    assertThat(j.get("warnings").get(0).get("id").asText()).isEqualTo("frame-rate-differs");
    JsonNode lean = j.get("findings").get(0);
    assertThat(lean.get("id").asText()).isEqualTo("forward-lean");
    assertThat(lean.get("verdict").asText()).isEqualTo("improved");
    assertThat(lean.get("before").get("severity").asText()).isEqualTo("excessive");
    assertThat(lean.get("after").get("severity").asText()).isEqualTo("ok");
    assertThat(lean.get("change").asDouble()).isEqualTo(-12.7);
    List<String> ids = j.get("measures").findValuesAsText("id");
    assertThat(ids).hasSize(15).startsWith("leanDeg");
    assertThat(j.get("measures").get(6).get("verdict").isNull()).isTrue();
    assertThat(j.get("measures").get(6).has("decimals")).isFalse();
  }
}
