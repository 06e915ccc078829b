package org.runpose.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  @TempDir Path dir;

  @Test
  void aFolderThatExistsOrCanBeCreatedPassesAndNothingIsLeftBehind() throws Exception {
    assertThatCode(() -> OutputFolder.requireWritable(dir)).doesNotThrowAnyException();
    assertThatCode(() -> OutputFolder.requireWritable(dir.resolve("new/deeper"))).doesNotThrowAnyException();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFileWhereTheFolderShouldBeIsSaidInWords() throws Exception {
    Path file = Files.writeString(dir.resolve("report"), "x");
    assertThatThrownBy(() -> OutputFolder.requireWritable(file)).isInstanceOf(IOException.class)
        .hasMessage(file + ": is a file, not a folder. Choose a folder for the results with -o.");
    assertThatThrownBy(() -> OutputFolder.requireWritable(file.resolve("sub"))).isInstanceOf(IOException.class)
        .hasMessage(file.resolve("sub") + ": cannot be created, as " + file + " is a file. Choose another folder"
            + " with -o.");
  }

  @Test
  void fileSystemErrorsAreGivenInWords() {
    assertThat(OutputFolder.reason(new AccessDeniedException("/data/out/report.html")))
        .isEqualTo("no permission to write /data/out/report.html");
    assertThat(OutputFolder.reason(new FileSystemException("/mnt/card/out", null, "Read-only file system")))
        .isEqualTo("read-only file system: /mnt/card/out");
  }

  @Test
  void anInputReachedThroughALinkIsTheOutputItWouldBecome() throws Exception {
    Path clips = Files.createDirectories(dir.resolve("clips"));
    Path video = Files.writeString(clips.resolve("overlay.mp4"), "a video");
    Path link = Files.createSymbolicLink(dir.resolve("link"), clips);
    java.util.function.Predicate<String> overlay = "overlay.mp4"::equals;
    assertThat(OutputFolder.replacing(link, overlay, video)).isEqualTo(link.resolve("overlay.mp4"));
    assertThat(OutputFolder.replacing(clips, overlay, video)).isEqualTo(clips.resolve("overlay.mp4"));
    // Another file of that name, or a name runpose does not write, is no input of this run.
    Path other = Files.writeString(Files.createDirectories(dir.resolve("other")).resolve("overlay.mp4"), "x");
    assertThat(OutputFolder.replacing(clips, overlay, other)).isNull();
    assertThat(OutputFolder.replacing(clips, "report.pdf"::equals, video)).isNull();
  }
}
