package org.runpose.training;

import java.util.Objects;

/**
 * Where a run came from.
 *
 * @param file the file name as given
 * @param line 1-based line of a CSV row; {@code null} for a GPX or FIT activity (one file, one run)
 */
public record Location(String file, Integer line) {
  public Location {
    Objects.requireNonNull(file, "file");
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }

  @Override
  public String toString() {
    return line == null ? file : file + " line " + line;
  }
}
