package org.runpose.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The JSON settings of every runpose report file: indented, dates as ISO text, numbers rounded, NaN as null. */
public final class Json {

  /** Shared, thread-safe once configured. */
  public static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .registerModule(new SimpleModule("runpose")
          .addSerializer(LocalDate.class, ToStringSerializer.instance)
          .addSerializer(Double.class, new RoundedDouble())
          .addSerializer(double.class, new RoundedDouble()));

  private Json() {}

  /**
   * What is wrong with a JSON document, in a user's words: where in it (line, or the field's path) and what, without
   * the Java types and library phrases of the exception's own message.
   */
  public static String problem(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String line = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr()
        + ")";
    if (e instanceof JsonEOFException) {
      return "the file stops in the middle of its JSON" + line + ": it is cut short";
    }
    if (e instanceof JsonParseException) {
      return "not valid JSON" + line;
    }
    String field = e instanceof JsonMappingException m ? path(m.getPath()) : "";
    String where = field.isEmpty() ? "" : "'" + field + "' ";
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause();
      // The records' own checks say what is wrong in runpose's words; a missing list reaches them as a null.
      if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
        return (where.isEmpty() ? "" : where + "is wrong: ") + cause.getMessage();
      }
      // Objects.requireNonNull names the field it found missing.
      String missing = cause instanceof NullPointerException && cause.getMessage() != null
          && cause.getMessage().matches("\\w+") ? (field.isEmpty() ? "" : field + ".") + cause.getMessage() : field;
      return (missing.isEmpty() ? "a part " : "'" + missing + "' ") + "is missing or empty";
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> type = f.getTargetType();
      String wanted = type != null && type.isEnum() && type.getEnumConstants().length <= MAX_NAMED_VALUES
          ? "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
              .map(c -> MAPPER.convertValue(c, String.class)).sorted().toList())
          : type != null && type.isEnum() ? "a name runpose knows"
          : type == boolean.class || type == Boolean.class ? "true or false"
          : type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive()) ? "a number" : "another value";
      return where + "holds " + f.getValue() + ", where " + wanted + " belongs";
    }
    if (e instanceof MismatchedInputException) {
      return where + "holds the wrong kind of value (a list, number or text where another belongs)" + line;
    }
    return "a part of it cannot be read" + line;
  }

  /** Enum values listed in a message: more are too many to read. */
  private static final int MAX_NAMED_VALUES = 8;

  /** A field's place in the document, as {@code frames[3].keypoints[0].landmark}. */
  private static String path(List<JsonMappingException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  /** Four decimals are more than any of these numbers means; NaN (no value) is null. */
  private static final class RoundedDouble extends JsonSerializer<Double> {
    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      if (value == null || !Double.isFinite(value)) {
        gen.writeNull();
      } else {
        gen.writeNumber(
            BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
      }
    }
  }
}
