package org.runpose.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.runpose.BadInputException;

/**
 * A video with its ground truth beside it: {@code NAME.mp4} and {@code NAME.labels.json}.
 *
 * @param name the clip name
 * @param video the video file
 * @param labels the labels file
 */
public record LabelledClip(String name, Path video, Path labels) {

  static final String VIDEO_SUFFIX = ".mp4";
  static final String LABELS_SUFFIX = ".labels.json";

  public LabelledClip {
    if (name == null || name.isEmpty() || video == null || labels == null) {
      throw new IllegalArgumentException("a labelled clip needs a name, a video and a labels file");
    }
  }

  /**
   * Every rendered labelled clip in {@code dir}, by name; a video without labels is not one, nor is a real
   * recording's (those are {@link RealClip}s).
   */
  public static List<LabelledClip> find(Path dir) throws BadInputException {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir + ": no such folder. Give the folder holding the labelled clips"
          + " (NAME.mp4 with NAME.labels.json beside it).");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> isVideoName(p.getFileName().toString()) && Files.isRegularFile(p))
          .map(LabelledClip::of)
          .filter(c -> Files.isRegularFile(c.labels()) && !RealLabels.isRealLabels(c.labels()))
          .sorted((a, b) -> a.name().compareTo(b.name()))
          .toList();
    } catch (IOException e) {
      throw new BadInputException(dir + ": the folder could not be read (" + e.getMessage() + ").", e);
    }
  }

  private static boolean isVideoName(String file) {
    return file.endsWith(VIDEO_SUFFIX) && file.length() > VIDEO_SUFFIX.length();
  }

  private static LabelledClip of(Path video) {
    String file = video.getFileName().toString();
    String name = file.substring(0, file.length() - VIDEO_SUFFIX.length());
    return new LabelledClip(name, video, video.resolveSibling(name + LABELS_SUFFIX));
  }
}
