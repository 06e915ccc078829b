package org.runpose.eval;

import static org.runpose.eval.LabelFields.field;
import static org.runpose.eval.LabelFields.integer;
import static org.runpose.eval.LabelFields.point;
import static org.runpose.eval.LabelFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A second hand pass over a real recording's trunk (docs/real-footage.md): the greater trochanter and the acromion,
 * the landmarks a therapist marks, on some of the first pass's trunk frames, by other annotators. Kept in the
 * labels' folder as {@code landmarks/NAME.ANNOTATOR.json}; a clip done by two annotators has two files, whose
 * points are pooled.
 */
final class TrunkLandmarks {

  static final String FORMAT = "runpose-trunk-landmarks";
  static final String FOLDER = "landmarks";

  private TrunkLandmarks() {}

  /**
   * Every annotator's points of the clip, as trunk points (trochanter for the hip, acromion for the shoulder), or
   * none.
   *
   * @throws IOException when a file is malformed or belongs to another clip
   */
  static List<RealLabels.TrunkPoint> besides(Path labelsFile, RealLabels labels) throws IOException {
    Path dir = labelsFile.resolveSibling(FOLDER);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> all = Files.list(dir)) {
      files = all.filter(p -> p.getFileName().toString().startsWith(labels.name() + ".")
          && p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<RealLabels.TrunkPoint> points = new ArrayList<>();
    for (Path file : files) {
      points.addAll(read(file, labels));
    }
    return points;
  }

  private static List<RealLabels.TrunkPoint> read(Path file, RealLabels labels) throws IOException {
    JsonNode root = LabelFields.readTree(file);
    try {
      if (!FORMAT.equals(text(root, "format"))) {
        throw new IllegalArgumentException("format is not " + FORMAT);
      }
      String sha = text(root, "sha256").toLowerCase(Locale.ROOT);
      if (!sha.equals(labels.sha256())) {
        throw new IllegalArgumentException("it belongs to the clip with SHA-256 " + sha + ", not " + labels.sha256());
      }
      List<RealLabels.TrunkPoint> points = new ArrayList<>();
      for (JsonNode p : field(root, "points")) {
        double[] trochanter = point(p, "trochanterPx");
        double[] acromion = point(p, "acromionPx");
        points.add(new RealLabels.TrunkPoint(integer(p, "frame"), trochanter[0], trochanter[1], acromion[0],
            acromion[1]));
      }
      return points;
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not a runpose trunk landmarks file (" + e.getMessage() + ").", e);
    }
  }
}
