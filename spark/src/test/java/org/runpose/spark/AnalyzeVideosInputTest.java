package org.runpose.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the job's input names: videos from a folder or a glob, animated GIFs only when the input names them. */
class AnalyzeVideosInputTest {

  @TempDir Path dir;

  private final Configuration conf = new Configuration();

  @BeforeEach
  void files() throws Exception {
    for (String name : List.of("a.mp4", "b.MOV", "coach.gif", "logo.GIF", "notes.txt.bak")) {
      Files.write(dir.resolve(name), new byte[] {1});
    }
  }

  @Test
  void aFolderGivesItsVideosButNotItsGifs() throws Exception {
    assertThat(names(AnalyzeVideos.videos(dir.toUri().toString(), conf))).containsExactly("a.mp4", "b.MOV");
  }

  @Test
  void aGlobGivesTheVideosItMatches() throws Exception {
    assertThat(names(AnalyzeVideos.videos(dir.toUri() + "*", conf))).containsExactly("a.mp4", "b.MOV");
  }

  @Test
  void aGlobWhoseExtensionIsGifNamesTheGifs() throws Exception {
    assertThat(names(AnalyzeVideos.videos(dir.toUri() + "*.{gif,GIF}", conf))).containsExactly("coach.gif",
        "logo.GIF");
    assertThat(names(AnalyzeVideos.videos(dir.toUri() + "*.gif", conf))).containsExactly("coach.gif");
  }

  @Test
  void gifElsewhereInAGlobNamesNoGifs() throws Exception {
    Files.write(dir.resolve("gifford.gif"), new byte[] {1});
    Files.write(dir.resolve("gifford.mp4"), new byte[] {1});
    assertThat(names(AnalyzeVideos.videos(dir.toUri() + "gifford*", conf))).containsExactly("gifford.mp4");
  }

  private static List<String> names(List<String> paths) {
    return paths.stream().map(p -> p.substring(p.lastIndexOf('/') + 1)).toList();
  }
}
