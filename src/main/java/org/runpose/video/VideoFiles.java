package org.runpose.video;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Which files a folder of videos is taken to hold: what a phone, a camera or an editor names a video. */
public final class VideoFiles {

  /** The extensions looked for, lower case, without the dot. */
  public static final List<String> EXTENSIONS = List.of("mp4", "mov", "m4v", "avi", "mkv", "webm", "3gp");
  /**
   * Animated pictures, read as videos when named one by one (coaches share clips as GIFs), but not picked from a
   * folder, where a GIF is more often a logo or an icon.
   */
  public static final List<String> ANIMATIONS = List.of("gif");

  private VideoFiles() {}

  /** Whether a file of this name is taken for a video: a known extension, not a hidden file. */
  public static boolean isVideoName(String fileName) {
    return hasExtension(fileName, EXTENSIONS);
  }

  /** Whether a file of this name is a video or an animated picture ({@link #ANIMATIONS}). */
  public static boolean isVideoOrAnimationName(String fileName) {
    return isVideoName(fileName) || hasExtension(fileName, ANIMATIONS);
  }

  /**
   * Whether a file-name pattern names animated pictures by their extension ("*.gif", "run-*.{gif,GIF}"), as a file
   * named one by one does; a pattern matching anything ("*") names videos only, as a folder does.
   */
  public static boolean patternNamesAnimations(String pattern) {
    int dot = pattern.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    String extension = pattern.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[{}]", "");
    return Arrays.stream(extension.split(",")).anyMatch(ANIMATIONS::contains);
  }

  private static boolean hasExtension(String fileName, List<String> extensions) {
    int dot = fileName.lastIndexOf('.');
    return !fileName.startsWith(".") && dot > 0
        && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
