package org.runpose.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.runpose.io.Sha256;
import org.runpose.video.VideoFiles;

/**
 * A real recording's labels with the clip they belong to, found by its SHA-256 beside the labels or in a clips
 * folder: the clips themselves are not in the repository.
 *
 * @param labels the hand annotation
 * @param labelsFile where it was read from
 * @param video the clip, or null when no file with its SHA-256 was found
 * @param contacts the foot and shank digitised at contacts, or null where there are none
 * @param landmarks the second pass's trochanter and acromion (as hip and shoulder), or none
 */
public record RealClip(RealLabels labels, Path labelsFile, Path video, RealContactLabels contacts,
    List<RealLabels.TrunkPoint> landmarks) {


  /**
   * Every real-footage labels file in {@code labelDirs}, each with its clip from {@code labelDirs} or
   * {@code clipDirs} (missing folders are skipped).
   */
  public static List<RealClip> find(List<Path> labelDirs, List<Path> clipDirs) throws IOException {
    List<Path> labelFiles = new ArrayList<>();
    for (Path dir : labelDirs) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.getFileName().toString().endsWith(LabelledClip.LABELS_SUFFIX))
            .filter(RealLabels::isRealLabels).sorted().forEach(labelFiles::add);
      }
    }
    if (labelFiles.isEmpty()) {
      return List.of();
    }
    Map<String, Path> bySha = new HashMap<>();
    for (Path dir : Stream.concat(labelDirs.stream(), clipDirs.stream()).toList()) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(RealClip::isVideo).sorted().toList()) {
          bySha.putIfAbsent(Sha256.of(p), p);
        }
      }
    }
    List<RealClip> clips = new ArrayList<>();
    for (Path f : labelFiles) {
      RealLabels labels = RealLabels.read(f);
      clips.add(new RealClip(labels, f, bySha.get(labels.sha256()), RealContactLabels.besides(f, labels),
          TrunkLandmarks.besides(f, labels)));
    }
    return clips;
  }

  private static boolean isVideo(Path p) {
    return Files.isRegularFile(p) && VideoFiles.isVideoOrAnimationName(p.getFileName().toString());
  }

}
