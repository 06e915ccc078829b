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
}
