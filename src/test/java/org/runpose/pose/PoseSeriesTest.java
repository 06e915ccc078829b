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
  void aVariableFrameRatesJitterMissesNothing() {
    // A phone's time stamps: one frame 55 ms after the one before, the next 12 ms after it, at the start, in the
    // middle and at the end (the short step first there).
    PoseSeries s = series(11, 0, 55_000, 66_667, 100_000, 133_333, 188_333, 200_000, 233_333, 266_667, 278_667,
        333_333);
    assertThat(s.summary().framesMissing()).isZero();
    assertThat(s.summary().notes()).noneMatch(n -> n.contains("missing"));
  }

  @Test
  void aShortStepMakesUpOneLongStepOnly() {
    // 85, 10 and 85 ms at a usual 40 ms: 180 ms over three steps, four and a half intervals; a frame is missing.
    PoseSeries s = series(8, 0, 40_000, 80_000, 165_000, 175_000, 260_000, 300_000, 340_000);
    assertThat(s.summary().framesMissing()).isEqualTo(1);
  }

  @Test
  void aDroppedFrameNextToJitterIsStillMissing() {
    // 67 ms then 20 ms: together 87 ms, over two and a half usual intervals; a frame is missing.
    PoseSeries s = series(6, 0, 33_333, 100_000, 120_000, 153_333, 186_667);
    assertThat(s.summary().framesMissing()).isEqualTo(1);
  }

  @Test
  void oneDroppedFrameIsOneFrame() {
    assertThat(series(5, 0, 33_333, 100_000, 133_333).summary().notes()).contains("1 frame is missing from the"
        + " video's time line (the longest gap: 0.07 s after 0.03 s): the file may be damaged, or the camera dropped"
        + " frames.");
  }

  @Test
  void aGifsPictureHeldLongerIsNoMissingFrame() {
    List<PoseFrame> frames = new ArrayList<>();
    long[] times = {0, 133_333, 200_000, 266_667, 333_333};
    for (int i = 0; i < times.length; i++) {
      frames.add(new PoseFrame(i, times[i], false, 0, true, 0, List.of()));
    }
    VideoInfo gif = new VideoInfo(Path.of("coach.gif"), "gif", "gif", 320, 240, 15, 0, 400_000, 5);
    PoseSeries s = PoseSeries.of("test", gif, MODEL, PoseConfig.DEFAULT, frames);
    assertThat(s.summary().framesMissing()).isZero();
    assertThat(s.summary().notes()).contains("1 picture of this GIF is shown longer than the others (the longest for"
        + " 0.13 s, from 0.00 s), as GIFs are often made: each keeps its own time.")
        .noneMatch(n -> n.contains("damaged"));
  }

  @Test
  void fewerFramesThanTheFileAnnouncesAreSaid() {
    PoseSeries s = series(90, 0, 33_333, 66_667, 100_000);
    assertThat(s.summary().notes())
        .contains("Only 4 of the 90 frames the file announces could be decoded: the file may be damaged.");
  }

  @Test
  void repeatedPicturesAreLeftOutWithoutCountingAsMissing() {
    // 25 fps content brought to 30 fps: every sixth frame repeats the one before.
    List<PoseFrame> frames = new ArrayList<>();
    List<RepeatedFrame> repeated = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      long t = Math.round(i * 1e6 / 30);
      if (i % 6 == 5) {
        repeated.add(new RepeatedFrame(i, t));
      } else {
        frames.add(new PoseFrame(i, t, false, 0, true, 0, List.of()));
      }
    }
    VideoInfo video = new VideoInfo(Path.of("clip.mp4"), "mp4", "h264", 640, 480, 30, 0, 1_000_000, 30);
    PoseSeries s = PoseSeries.of("test", video, MODEL, PoseConfig.DEFAULT, frames, repeated);
    assertThat(s.summary().framesMissing()).isZero();
    assertThat(s.summary().framesRepeated()).isEqualTo(5);
    assertThat(s.summary().notes()).contains("5 frames repeat the picture of the frame before (frames repeated to"
        + " change the frame rate): they were left out, and the others keep their own times.");
    assertThat(s.summary().notes()).noneMatch(n -> n.contains("decoded"));
  }

  @Test
  void aRunOfRepeatsIsAPause() {
    List<RepeatedFrame> still = List.of(new RepeatedFrame(1, 33_333), new RepeatedFrame(2, 66_667),
        new RepeatedFrame(3, 100_000));
    List<PoseFrame> frames = List.of(new PoseFrame(0, 0, false, 0, true, 0, List.of()),
        new PoseFrame(4, 133_333, false, 0, true, 0, List.of()), new PoseFrame(5, 166_667, false, 0, true, 0,
            List.of()));
    VideoInfo video = new VideoInfo(Path.of("clip.mp4"), "mp4", "h264", 640, 480, 30, 0, 200_000, 6);
    assertThat(PoseSeries.of("test", video, MODEL, PoseConfig.DEFAULT, frames, still).summary().notes())
        .contains("3 frames repeat the picture of the frame before (the clip pauses or shows a still): they were"
            + " left out, and the others keep their own times.");
  }
}
