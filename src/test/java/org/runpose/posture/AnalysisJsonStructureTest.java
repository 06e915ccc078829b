package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.runpose.io.Json;
import org.runpose.io.JsonPaths;

/**
 * analysis.json is read by scripts and by {@code runpose compare}: its field names are a contract. The golden file
 * lists every path (arrays as {@code []}); change it only together with the format and the README.
 */
class AnalysisJsonStructureTest {

  @Test
  void fieldNamesMatchTheGoldenFile() throws IOException {
    JsonNode json = Json.MAPPER.valueToTree(SyntheticAnalyses.leaning(6));
    assertThat(String.join("\n", JsonPaths.of(json)) + "\n").isEqualTo(golden("analysis.json.paths"));
  }

  static String golden(String name) throws IOException {
    try (InputStream in = AnalysisJsonStructureTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
