package org.runpose.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/** Reading a labels file's fields, each missing or mistyped one an {@link IllegalArgumentException} naming it. */
final class LabelFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelFields() {}

  /** A labels file's JSON tree; a file that is not JSON is an {@link IOException} naming it. */
  static JsonNode readTree(Path file) throws IOException {
    try {
      return JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
    }
  }

  static JsonNode field(JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("'" + name + "' is missing");
    }
    return v;
  }

  static double number(JsonNode node, String name) {
    JsonNode v = field(node, name);
    if (!v.isNumber()) {
      throw new IllegalArgumentException("'" + name + "' is not a number");
    }
    return v.asDouble();
  }

  static int integer(JsonNode node, String name) {
    JsonNode v = field(node, name);
    if (!v.canConvertToInt()) {
      throw new IllegalArgumentException("'" + name + "' is not a whole number");
    }
    return v.asInt();
  }

  static String text(JsonNode node, String name) {
    JsonNode v = field(node, name);
    if (!v.isTextual()) {
      throw new IllegalArgumentException("'" + name + "' is not text");
    }
    return v.asText();
  }

  /** A point written as {@code [x, y]}. */
  static double[] point(JsonNode node, String name) {
    JsonNode p = field(node, name);
    double x = p.path(0).asDouble(Double.NaN);
    double y = p.path(1).asDouble(Double.NaN);
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      throw new IllegalArgumentException("'" + name + "' is not a point [x, y]");
    }
    return new double[] {x, y};
  }
}
