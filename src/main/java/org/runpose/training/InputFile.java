package org.runpose.training;

import java.util.Objects;

/** A file the log was read from, with its SHA-256 for provenance. */
public record InputFile(String path, String format, String sha256) {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
  }
}
