package org.runpose.video;

import java.util.List;
import java.util.Locale;

/**
 * Which files a folder of videos is taken to hold: what a phone, a camera or an editor names a video, and the animated
 * GIFs coaches share.
 */
public final class VideoFiles {

  /** The extensions looked for, lower case, without the dot. */
  public static final List<String> EXTENSIONS = List.of("mp4", "mov", "m4v", "avi", "mkv", "webm", "3gp", "gif");

  private VideoFiles() {}

  /** Whether a file of this name is taken for a video: a known extension, not a hidden file. */
  public static boolean isVideoName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return !fileName.startsWith(".") && dot > 0
        && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
