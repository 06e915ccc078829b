package org.runpose.compare;

import java.nio.file.Path;
import java.util.Objects;
import org.runpose.posture.PostureAnalysis;

/**
 * One analysis being compared, with where it came from.
 *
 * @param label the name it goes by in the report ("12 Mar", "before", the folder's name)
 * @param file the analysis.json it was read from
 * @param sha256 SHA-256 of that file, lower-case hex
 * @param analysis its content, or, where the person turned round, the pass of it that is compared
 * @param pass that pass's time in the video ("13.5-20.0 s"); null when the file's own analysis (its longest pass) is
 *     compared
 */
public record Visit(String label, Path file, String sha256, PostureAnalysis analysis, String pass) {
  public Visit {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a visit needs a label");
    }
    Objects.requireNonNull(file, "file");
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits");
    }
    Objects.requireNonNull(analysis, "analysis");
  }

  /** The file's own analysis. */
  public Visit(String label, Path file, String sha256, PostureAnalysis analysis) {
    this(label, file, sha256, analysis, null);
  }
}
