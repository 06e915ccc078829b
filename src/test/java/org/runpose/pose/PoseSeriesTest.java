package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runpose.video.VideoInfo;

class PoseSeriesTest {

  private static final ModelInfo MODEL = new ModelInfo("full", "d.pt", "ab", "l.pt", "cd", "PyTorch", "0.36.0");

  private static PoseSeries series(int announcedFrames, long... timestampsMicros) {
    List<PoseFrame> frames = new ArrayList<>();
    for (int i = 0; i < timestampsMicros.length; i++) {
      frames.add(new PoseFrame(i, timestampsMicros[i], false, 0, true, 0, List.of()));
    }
    VideoInfo video = new VideoInfo(Path.of("clip.mp4"), "mp4", "h264", 640, 480, 30, 0, 1_000_000, announcedFrames);
    return PoseSeries.of("test", video, MODEL, PoseConfig.DEFAULT, frames);
  }

  @Test
  void anEvenTimeLineMissesNothing() {
    PoseSeries s = series(5, 0, 33_333, 66_667, 100_000, 133_333);
    assertThat(s.summary().framesMissing()).isZero();
    assertThat(s.summary().notes()).noneMatch(n -> n.contains("missing") || n.contains("decoded"));
  }

  @Test
  void holesInTheTimeLineAreCountedInFrames() {
    // One frame dropped after 33 ms, three after 133 ms.
    PoseSeries s = series(10, 0, 33_333, 100_000, 133_333, 266_667, 300_000);
    assertThat(s.summary().framesMissing()).isEqualTo(4);
    assertThat(s.summary().notes()).contains("4 frames are missing from the video's time line (the longest gap:"
        + " 0.13 s after 0.13 s): the file may be damaged, or the camera dropped frames.");
  }

  @Test
  void oneDroppedFrameIsOneFrame() {
    assertThat(series(5, 0, 33_333, 100_000, 133_333).summary().notes()).contains("1 frame is missing from the"
        + " video's time line (the longest gap: 0.07 s after 0.03 s): the file may be damaged, or the camera dropped"
        + " frames.");
  }

  @Test
  void fewerFramesThanTheFileAnnouncesAreSaid() {
    PoseSeries s = series(90, 0, 33_333, 66_667, 100_000);
    assertThat(s.summary().notes())
        .contains("Only 4 of the 90 frames the file announces could be decoded: the file may be damaged.");
  }
}
