package org.runpose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of runpose and of the native runtimes it was built against, for provenance. */
public record RunposeVersion(String runpose, String djl, String pytorch, String javacv, String ffmpeg) {

  private static final RunposeVersion CURRENT = load();

  public static RunposeVersion get() {
    return CURRENT;
  }

  private static RunposeVersion load() {
    Properties p = new Properties();
    try (InputStream in = RunposeVersion.class.getResourceAsStream("runpose.properties")) {
      if (in == null) {
        throw new IllegalStateException("runpose.properties is missing from the build");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RunposeVersion(
        p.getProperty("version"),
        p.getProperty("djl.version"),
        p.getProperty("pytorch.version"),
        p.getProperty("javacv.version"),
        p.getProperty("ffmpeg.version"));
  }
}
