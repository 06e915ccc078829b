package org.runpose.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.BadInputException;

class LabelledClipTest {

  @TempDir Path dir;

  @Test
  void onlyVideosWithLabelsBesideThemAreClips() throws Exception {
    for (String f : new String[] {"b.mp4", "b.labels.json", "a.mp4", "a.labels.json", "unlabelled.mp4",
        "orphan.labels.json", ".mp4", "notes.txt"}) {
      Files.writeString(dir.resolve(f), "");
    }
    assertThat(LabelledClip.find(dir)).containsExactly(
        new LabelledClip("a", dir.resolve("a.mp4"), dir.resolve("a.labels.json")),
        new LabelledClip("b", dir.resolve("b.mp4"), dir.resolve("b.labels.json")));
  }

  @Test
  void aMissingFolderIsABadInput() {
    assertThatThrownBy(() -> LabelledClip.find(dir.resolve("nope"))).isInstanceOf(BadInputException.class)
        .hasMessageContaining("nope").hasMessageContaining("no such folder");
  }

  @Test
  void aVideoWithoutLabelsOrWithRealFootageLabelsIsNoRenderedClip() throws Exception {
    Files.writeString(dir.resolve("clip.mp4"), "");
    Files.writeString(dir.resolve("real.mp4"), "");
    Files.writeString(dir.resolve("real.labels.json"), "{\"format\": \"runpose-real-labels\"}");
    assertThat(LabelledClip.find(dir)).isEmpty();
  }
}
