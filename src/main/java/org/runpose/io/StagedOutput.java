package org.runpose.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Output files written under temporary names in the target folder and moved into place only when
 * all of them are complete, so a failed or interrupted run leaves no half-written report. Use with
 * try-with-resources: closing without {@link #commit()} deletes what was staged. A run stopped by Ctrl-C (or a
 * kill) never reaches the close; a shutdown hook deletes what the open outputs staged then.
 */
public final class StagedOutput implements AutoCloseable {

  /** Writes one file's content. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static final SecureRandom RANDOM = new SecureRandom();
  /** The outputs not yet committed or closed, for the shutdown hook. */
  private static final Set<StagedOutput> OPEN = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(StagedOutput::abandonAll, "runpose-staged-output-cleanup"));
  }

  private final Path dir;
  private final List<Path> createdDirs;
  private final Map<Path, Path> staged = new LinkedHashMap<>();
  private boolean committed;
  private boolean abandoned;
  /** Names of files in the folder that a commit replaces when it writes none of them; null: none. */
  private Pattern others;

  private StagedOutput(Path dir, List<Path> createdDirs) {
    this.dir = dir;
    this.createdDirs = createdDirs;
  }

  /** Creates the folder if needed; a failed run removes the folders it created. */
  public static StagedOutput in(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath().normalize();
    List<Path> created = new ArrayList<>();
    for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
      created.add(p); // innermost first, the order to delete them in
    }
    Files.createDirectories(absolute);
    StagedOutput out = new StagedOutput(absolute, created);
    OPEN.add(out);
    return out;
  }

  /** Deletes what every open output staged, and refuses their later writes and commits: the JVM is stopping. */
  static void abandonAll() {
    for (StagedOutput out : OPEN) {
      out.abandon();
    }
  }

  private synchronized void abandon() {
    abandoned = true;
    try {
      close();
    } catch (IOException e) {
      // The JVM is stopping: nothing can be reported, and the next run overwrites the staged names anyway.
    }
  }

  /**
   * On commit, also deletes the files in the folder whose names match {@code names} and that this output did not
   * write: what an earlier run left that this one does not make again, so the folder holds one run's outputs.
   */
  public StagedOutput replacingOthers(Pattern names) {
    others = names;
    return this;
  }

  /** Writes {@code name} under a temporary name for now. */
  public void write(String name, Writer writer) throws IOException {
    Path temp = reserve(name);
    try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writer.write(out);
    }
  }

  /**
   * The temporary path {@code name} is to be written at, for writers that need a file rather than a stream (a
   * video muxer seeks back to finish the file); it is moved into place, or deleted, with the others.
   */
  public synchronized Path reserve(String name) throws IOException {
    if (abandoned) {
      throw new IOException(dir + ": runpose is stopping; nothing more is written");
    }
    Path target = dir.resolve(name);
    if (!target.getParent().equals(dir)) {
      throw new IllegalArgumentException("output name must be a plain file name: " + name);
    }
    if (Files.isDirectory(target)) {
      throw new IOException(target + " is a folder: remove it or choose another output folder");
    }
    // Not Files.createTempFile: its owner-only permissions would stay on the final file. The extension is kept
    // for writers that choose the format by it.
    Path temp = dir.resolve("." + Long.toHexString(RANDOM.nextLong()) + ".part." + name);
    staged.put(target, temp);
    return temp;
  }

  /** Moves every staged file to its name, replacing older outputs; returns the final paths. */
  public synchronized List<Path> commit() throws IOException {
    if (abandoned) {
      throw new IOException(dir + ": runpose is stopping; nothing was written");
    }
    List<Path> done = new ArrayList<>();
    for (Map.Entry<Path, Path> e : staged.entrySet()) {
      try {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notAtomic) {
        Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
      }
      done.add(e.getKey());
    }
    committed = true;
    if (others != null) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.filter(p -> !staged.containsKey(p) && Files.isRegularFile(p)
            && others.matcher(p.getFileName().toString()).matches()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // The new outputs are in place and whole: an older file that cannot be removed is left as it was.
      }
    }
    OPEN.remove(this);
    return done;
  }

  /** Files a writer made beside the staged ones (a video written in parts, {@code <staged>.part1}, ...). */
  private List<Path> beside(Collection<Path> stagedFiles) {
    Set<String> prefixes = new HashSet<>();
    stagedFiles.forEach(p -> prefixes.add(p.getFileName() + "."));
    if (prefixes.isEmpty() || !Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> prefixes.stream().anyMatch(x -> p.getFileName().toString().startsWith(x))).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Unless committed, deletes the staged files, what their writers made beside them, and the folders created. */
  @Override
  public synchronized void close() throws IOException {
    OPEN.remove(this);
    if (committed) {
      return;
    }
    IOException failure = null;
    List<Path> leftovers = new ArrayList<>(staged.values());
    leftovers.addAll(beside(staged.values()));
    leftovers.addAll(createdDirs);
    for (Path p : leftovers) {
      try {
        Files.deleteIfExists(p);
      } catch (DirectoryNotEmptyException othersFiles) {
        // someone else wrote there meanwhile: leave the folder
      } catch (IOException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
