package org.runpose.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

  @TempDir Path dir;

  private static StagedOutput.Writer text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String[] listing(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void commitMovesEveryFileIntoPlace() throws Exception {
    Path out = dir.resolve("a/b");
    try (StagedOutput staged = StagedOutput.in(out)) {
      staged.write("one.txt", text("1"));
      staged.write("two.txt", text("2"));
      assertThat(listing(out)).allMatch(name -> name.startsWith(".") && name.contains(".part."));
      assertThat(staged.commit()).containsExactly(out.toAbsolutePath().resolve("one.txt"),
          out.toAbsolutePath().resolve("two.txt"));
    }
    assertThat(listing(out)).containsExactly("one.txt", "two.txt");
    assertThat(Files.readString(out.resolve("two.txt"))).isEqualTo("2");
  }

  @Test
  void aFailureLeavesNothingHalfWrittenAndEarlierOutputsUntouched() throws Exception {
    Files.writeString(dir.resolve("one.txt"), "from an earlier run");
    assertThatThrownBy(() -> {
      try (StagedOutput staged = StagedOutput.in(dir)) {
        staged.write("one.txt", text("new"));
        staged.write("two.txt", out -> {
          out.write('x');
          throw new IOException("disk full");
        });
        staged.commit();
      }
    }).hasMessage("disk full");
    assertThat(listing(dir)).containsExactly("one.txt");
    assertThat(Files.readString(dir.resolve("one.txt"))).isEqualTo("from an earlier run");
  }

  @Test
  void stoppingTheJvmDeletesWhatOpenOutputsStagedAndKeepsEarlierOutputs() throws Exception {
    Files.writeString(dir.resolve("one.txt"), "from an earlier run");
    Path fresh = dir.resolve("new");
    try (StagedOutput kept = StagedOutput.in(dir); StagedOutput created = StagedOutput.in(fresh)) {
      kept.write("one.txt", text("half"));
      created.write("two.txt", text("half"));
      StagedOutput.abandonAll();
      assertThat(listing(dir)).containsExactly("one.txt");
      assertThat(Files.readString(dir.resolve("one.txt"))).isEqualTo("from an earlier run");
      assertThatThrownBy(kept::commit).isInstanceOf(IOException.class).hasMessageContaining("stopping");
      assertThatThrownBy(() -> kept.write("three.txt", text("late"))).isInstanceOf(IOException.class);
    }
    assertThat(listing(dir)).containsExactly("one.txt");
  }

  @Test
  void aCommittedOutputIsLeftAloneWhenTheJvmStops() throws Exception {
    try (StagedOutput staged = StagedOutput.in(dir)) {
      staged.write("done.txt", text("complete"));
      staged.commit();
    }
    StagedOutput.abandonAll();
    assertThat(Files.readString(dir.resolve("done.txt"))).isEqualTo("complete");
  }

  @Test
  void aFailedRunRemovesTheFoldersItCreated() throws Exception {
    Path out = dir.resolve("new/report");
    assertThatThrownBy(() -> {
      try (StagedOutput staged = StagedOutput.in(out)) {
        staged.write("one.txt", o -> {
          throw new IOException("interrupted");
        });
      }
    }).hasMessage("interrupted");
    assertThat(dir.resolve("new")).doesNotExist();
  }

  @Test
  void aCommitReplacingOthersRemovesAnEarlierRunsOutputsThatItDoesNotWriteAgain() throws Exception {
    Files.writeString(dir.resolve("overlay.mp4"), "an earlier run's");
    Files.writeString(dir.resolve("evidence-3.jpg"), "an earlier run's");
    Files.writeString(dir.resolve("notes.txt"), "the user's");
    try (StagedOutput staged = StagedOutput.in(dir).replacingOthers(Pattern.compile("evidence-\\d+\\.jpg|overlay\\.mp4"))) {
      staged.write("evidence-1.jpg", text("new"));
      staged.commit();
    }
    assertThat(listing(dir)).containsExactly("evidence-1.jpg", "notes.txt");
  }

  @Test
  void closingWithoutACommitAlsoDeletesWhatAWriterPutBesideAStagedFile() throws Exception {
    try (StagedOutput staged = StagedOutput.in(dir)) {
      Path video = staged.reserve("overlay.mp4");
      // A video written in two parts, then joined into the reserved name.
      Files.writeString(video.resolveSibling(video.getFileName() + ".part1"), "head");
      Files.writeString(video.resolveSibling(video.getFileName() + ".part2"), "tail");
    }
    assertThat(listing(dir)).isEmpty();
  }
}
