package org.runpose.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the web app keeps its files under the data folder, all named by server-made ids: a name a client sends is
 * never part of a path. Ids and output names are checked against fixed patterns before they are resolved.
 */
final class DataFolder {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
  /** The names of files an analysis writes: letters, digits, dot, dash, underscore, no leading dot. */
  private static final Pattern OUTPUT_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,80}");

  private final Path root;

  DataFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  Path database() {
    return root.resolve("runpose.db");
  }

  Path uploads() {
    return root.resolve("uploads");
  }

  static String newId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  static boolean isId(String s) {
    return s != null && ID.matcher(s).matches();
  }

  Path video(String visitId) {
    return root.resolve("videos").resolve(requireId(visitId) + ".video");
  }

  Path analysis(String visitId) {
    return root.resolve("analyses").resolve(requireId(visitId));
  }

  Path training(String trainingId) {
    return root.resolve("training").resolve(requireId(trainingId));
  }

  Path comparison(String beforeId, String afterId) {
    return root.resolve("comparisons").resolve(requireId(beforeId) + "-" + requireId(afterId));
  }

  /** The comparison folders that include {@code visitId}, on either side. */
  List<Path> comparisonsOf(String visitId) throws IOException {
    Path dir = root.resolve("comparisons");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    String id = requireId(visitId);
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(p -> p.getFileName().toString().contains(id)).toList();
    }
  }

  /** A file an analysis, comparison or training check wrote into {@code dir}, if {@code name} names one. */
  static Optional<Path> output(Path dir, String name) {
    if (name == null || !OUTPUT_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    Path file = dir.resolve(name).normalize();
    return file.getParent().equals(dir.normalize()) && Files.isRegularFile(file)
        ? Optional.of(file) : Optional.empty();
  }

  /** Deletes a file or a folder with everything in it; nothing when it is not there. */
  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String requireId(String id) {
    if (!isId(id)) {
      throw new IllegalArgumentException("not an id: " + id);
    }
    return id;
  }
}
