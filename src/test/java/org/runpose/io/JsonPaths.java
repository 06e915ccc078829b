package org.runpose.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** The field paths of a JSON document, for golden tests of file formats. */
public final class JsonPaths {
  private JsonPaths() {}

  /** Every field's dotted path, arrays as {@code []}, sorted. */
  public static SortedSet<String> of(JsonNode json) {
    TreeSet<String> paths = new TreeSet<>();
    collect(json, "", paths);
    return paths;
  }

  private static void collect(JsonNode node, String path, TreeSet<String> paths) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        paths.add(p);
        collect(e.getValue(), p, paths);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, path + "[]", paths);
      }
    }
  }
}
