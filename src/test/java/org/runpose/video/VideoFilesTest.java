package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VideoFilesTest {

  private static final List<String> NAMES = List.of("run.MOV", "logo.gif", "coach.GIF", "notes.txt", ".hidden.gif");

  @Test
  void aFolderIsSearchedForVideosAndAGifIsReadOnlyWhenNamed() {
    assertThat(NAMES.stream().filter(VideoFiles::isVideoName)).containsExactly("run.MOV");
    assertThat(NAMES.stream().filter(VideoFiles::isVideoOrAnimationName))
        .containsExactly("run.MOV", "logo.gif", "coach.GIF");
  }

  @Test
  void aPatternNamesGifsByItsExtensionOnly() {
    assertThat(List.of("*.gif", "run-*.{mp4,GIF}", "*.Gif")).allMatch(VideoFiles::patternNamesAnimations);
    assertThat(List.of("*", "gifford*", "*gifted*.mp4", "*.mp4")).noneMatch(VideoFiles::patternNamesAnimations);
  }
}
