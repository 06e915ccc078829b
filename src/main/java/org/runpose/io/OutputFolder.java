package org.runpose.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Whether results can be written to a folder, checked before the work that produces them: a run should fail in a
 * second with the reason, not after the analysis with a file system's exception.
 */
public final class OutputFolder {

  private OutputFolder() {}

  /**
   * Throws, with the reason in words and what to do, unless {@code dir} is a folder runpose can write into or can
   * create. Creates nothing.
   */
  public static void requireWritable(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new IOException(dir + ": is a file, not a folder. Choose a folder for the results with -o.");
    }
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new IOException(dir + ": cannot be created, as " + existing + " is a file. Choose another folder with -o.");
    }
    try {
      Files.delete(Files.createTempFile(existing, ".runpose-", ".probe"));
    } catch (IOException e) {
      // The probe's own name would mean nothing to the user: the folder is what cannot be written.
      String why = e instanceof FileSystemException f && f.getReason() != null && !(e instanceof NoSuchFileException)
          ? f.getReason().toLowerCase(Locale.ROOT) : "no permission to write";
      throw new IOException(dir + ": cannot be written (" + why + " in " + existing + "). Choose another folder"
          + " with -o.", e);
    }
  }

  /**
   * The output in {@code dir}, named in lower case as runpose names its outputs and accepted by {@code isOutput}, that
   * would be {@code input} itself: reached by a link, another spelling of the path, or on a disk that ignores case;
   * null where none would be. An output written there would replace the input.
   */
  public static Path replacing(Path dir, Predicate<String> isOutput, Path input) {
    if (!Files.isDirectory(dir) || !Files.exists(input)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Path output = dir.resolve(p.getFileName().toString().toLowerCase(Locale.ROOT));
        if (isOutput.test(output.getFileName().toString()) && Files.exists(output)
            && Files.isSameFile(output, input)) {
          return output;
        }
      }
    } catch (IOException e) {
      // A folder that cannot be listed is refused as unwritable before anything is written over.
    }
    return null;
  }

  /** What went wrong writing a file, in words rather than an exception's bare path. */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException a) {
      return "no permission to write " + a.getFile();
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return ((FileSystemException) e).getFile() + " is a file where a folder is needed";
    }
    if (e instanceof NoSuchFileException n) {
      return "no such folder: " + n.getFile();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT) + ": " + f.getFile();
    }
    return e.getMessage();
  }
}
