package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoFilesTest {

  @Test
  void aFolderIsSearchedForVideosAndAGifIsReadOnlyWhenNamed() {
    assertThat(VideoFiles.isVideoName("run.MOV")).isTrue();
    assertThat(VideoFiles.isVideoName("logo.gif")).isFalse();
    assertThat(VideoFiles.isVideoOrAnimationName("coach.GIF")).isTrue();
    assertThat(VideoFiles.isVideoOrAnimationName("notes.txt")).isFalse();
    assertThat(VideoFiles.isVideoOrAnimationName(".hidden.gif")).isFalse();
  }
}
