package org.runpose.compare;

import java.util.Objects;

/**
 * Something that makes the two analyses less comparable, for the therapist to weigh.
 *
 * @param id stable key, e.g. {@code model-differs}
 * @param text what differs and what it means, in plain language
 */
public record CompareWarning(String id, String text) {
  public CompareWarning {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
