package org.runpose.posture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.runpose.io.Json;

/**
 * analysis.json is read by scripts and by {@code runpose compare}: its field names are a contract. The golden file
 * lists every path (arrays as {@code []}); change it only together with the format and the README.
 */
class AnalysisJsonStructureTest {

  @Test
  void fieldNamesMatchTheGoldenFile() throws IOException {
    JsonNode json = Json.MAPPER.valueToTree(SyntheticAnalyses.leaning(6));
    TreeSet<String> paths = new TreeSet<>();
    collect(json, "", paths);
    assertThat(String.join("\n", paths) + "\n").isEqualTo(golden("analysis.json.paths"));
  }

  static void collect(JsonNode node, String path, TreeSet<String> paths) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        paths.add(p);
        collect(e.getValue(), p, paths);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, path + "[]", paths);
      }
    }
  }

  static String golden(String name) throws IOException {
    try (InputStream in = AnalysisJsonStructureTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
