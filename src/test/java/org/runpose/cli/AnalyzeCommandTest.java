package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.report.BatchIndex;
import org.runpose.report.SelfContained;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.wearable.FitRecords;

/** The real pipeline on the shipped sample clip, through the command line. */
class AnalyzeCommandTest {

  @TempDir Path dir;

  @Test
  void sampleClipIsAnalysedAndReanalysedFromItsKeypoints() throws Exception {
    Path out = dir.resolve("out");
    // The runner's watch, with running dynamics once a second, over the three seconds filmed and around them.
    Path watch = FitRecords.write(dir.resolve("run.fit"), Instant.parse("2026-03-12T08:40:00Z"), 300, 88, 262, 85);
    CliRunner r = CliRunner.run("analyze", "sample-videos/run_side_lean05.mp4", "-o", out.toString(), "-q",
        "--wearable", watch.toString(), "--wearable-start", "2026-03-12T09:41:07+01:00");
    assertThat(r.exitCode).as(r.err).isZero();
    assertThat(r.out).contains("running right").contains("Forward trunk lean").contains("not a diagnosis")
        .contains("Wearable: runpose and the wearable agree on cadence and ground contact time, within the two"
            + " tools' errors. Cadence (steps/min): runpose 176, wearable 176; Ground contact time (ms): runpose");
    assertThat(new ObjectMapper().readTree(out.resolve("wearable.json").toFile()).get("samples").asInt())
        .isEqualTo(4);
    for (String f : new String[] {"analysis.json", "frames.csv", "steps.csv", "keypoints.json", "report.html",
        "report.pdf", "overlay.mp4"}) {
      assertThat(out.resolve(f)).exists();
    }
    try (FfmpegFrameSource overlay = FfmpegFrameSource.open(out.resolve("overlay.mp4"))) {
      assertThat(overlay.info().widthPx()).isEqualTo(640);
      int frames = 0;
      while (overlay.next().isPresent()) {
        frames++;
      }
      assertThat(frames).isEqualTo(90);
    }
    assertThat(new ObjectMapper().readTree(out.resolve("analysis.json").toFile()).fieldNames().next())
        .isEqualTo("formatVersion");
    String html = Files.readString(out.resolve("report.html"));
    // The lean's gauge, the charts and the stills; the lumbar hollow, not judged from one video, has no gauge.
    assertThat(SelfContained.assertSelfContained(html)).isGreaterThanOrEqualTo(7);
    assertThat(html).containsPattern("Lumbar hyperextension: [23]\\.\\d % \\(not judged from one video\\)");
    assertThat(html).contains("Most forward lean").contains("Typical lean");
    JsonNode a = new ObjectMapper().readTree(out.resolve("analysis.json").toFile());
    assertThat(a.get("sufficient").asBoolean()).isTrue();
    assertThat(a.get("view").get("direction").asText()).isEqualTo("right");
    assertThat(a.get("summary").get("leanDeg").asDouble()).isCloseTo(5.0, within(2.0));
    assertThat(a.get("summary").get("cadenceStepsPerMin").asDouble()).isCloseTo(176, within(3.0));
    assertThat(a.get("flags").get(0).get("severity").asText()).isEqualTo("ok");
    assertThat(a.get("flags").get(1).get("severity").asText()).isEqualTo("not-assessed");
    assertThat(a.get("flags").get(1).get("value").asDouble()).isCloseTo(2.9, within(0.5));
    assertThat(a.get("flags").get(1).get("watchAt").isNull()).isTrue();
    assertThat(a.get("model").get("landmarkSha256").asText()).matches("[0-9a-f]{64}");
    assertThat(a.get("frames")).hasSize(90);

    Path again = dir.resolve("again");
    CliRunner r2 = CliRunner.run("analyze", "--from", out.resolve("keypoints.json").toString(), "-o",
        again.toString());
    assertThat(r2.exitCode).as(r2.err).isZero();
    JsonNode b = new ObjectMapper().readTree(again.resolve("analysis.json").toFile());
    assertThat(b.get("flags").get(1).get("severity").asText()).isEqualTo("not-assessed");
    assertThat(b.get("flags").get(1).get("explanation").asText()).contains("outline");
    // An analysis whose lower back was not measured cannot be a baseline for it.
    CliRunner noBaseline = CliRunner.run("analyze", "--from", out.resolve("keypoints.json").toString(), "-o",
        dir.resolve("vs-again").toString(), "--baseline", again.toString());
    assertThat(noBaseline.exitCode).isEqualTo(2);
    assertThat(noBaseline.err).contains("analysis.json: its lumbar curvature was not assessed, so it cannot be the"
        + " baseline");
    assertThat(dir.resolve("vs-again")).doesNotExist();

    // Saved keypoints analysed into their own folder replace the video's analysis there, the keypoints kept; a file
    // the analysis would write over is refused.
    CliRunner inPlace = CliRunner.run("analyze", "--from", out.resolve("keypoints.json").toString(), "-o",
        out.toString(), "-q");
    assertThat(inPlace.exitCode).as(inPlace.err).isZero();
    try (var left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("analysis.json",
          "frames.csv", "steps.csv", "report.html", "report.pdf", "evidence.json", "keypoints.json");
    }
    // In a folder that held no analysis, files of the outputs' names are not runpose's to remove.
    Path desk = Files.createDirectories(dir.resolve("desk"));
    Files.writeString(desk.resolve("overlay.mp4"), "the user's own");
    CliRunner onDesk = CliRunner.run("analyze", "--from", out.resolve("keypoints.json").toString(), "-o",
        desk.toString(), "-q");
    assertThat(onDesk.exitCode).as(onDesk.err).isZero();
    assertThat(Files.readString(desk.resolve("overlay.mp4"))).isEqualTo("the user's own");
    Path named = Files.copy(out.resolve("keypoints.json"), out.resolve("analysis.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CliRunner over = CliRunner.run("analyze", "--from", named.toString(), "-o", out.toString(), "-q");
    assertThat(over.exitCode).isEqualTo(2);
    assertThat(over.err).contains("analysis.json: runpose keeps its results under this name in " + out
        + ", so the analysis would replace it. Choose another folder for the results (-o), or rename the file.");

    // A run that fails while writing (here: a folder where the PDF should go) leaves none of its files behind.
    Path blocked = dir.resolve("blocked");
    Files.createDirectories(blocked.resolve("report.pdf"));
    CliRunner r3 = CliRunner.run("analyze", "--from", out.resolve("keypoints.json").toString(), "-o",
        blocked.toString());
    assertThat(r3.exitCode).isEqualTo(1);
    assertThat(r3.err).contains("report.pdf").contains("Nothing was written");
    try (var left = Files.list(blocked)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("report.pdf");
    }
  }

  @Test
  void aSixtyFramesPerSecondClipIsReadEverySecondFrameUnlessEveryFrameIsAsked() throws Exception {
    Path halved = dir.resolve("halved");
    Path every = dir.resolve("every");
    CliRunner r = CliRunner.run("analyze", "sample-videos/run_60fps.mp4", "-o", halved.toString(), "-q",
        "--no-overlay");
    CliRunner e = CliRunner.run("analyze", "sample-videos/run_60fps.mp4", "-o", every.toString(), "-q",
        "--no-overlay", "--every-frame");
    assertThat(r.exitCode).as(r.err).isZero();
    assertThat(e.exitCode).as(e.err).isZero();
    assertThat(r.out).contains("Recording: Frame rate: 60 frames/s in the file, every second read: 30 frames/s, a"
        + " frame every 33 ms.").contains("Read whole, this video would place them to its own frames, at best within"
        + " 8 ms.");
    assertThat(e.out).contains("Recording: Frame rate: 60 frames/s, a frame every 17 ms.")
        .contains("Film in slow motion");
    JsonNode a = new ObjectMapper().readTree(every.resolve("analysis.json").toFile());
    assertThat(a.get("poseSettings").get("maxFps").asDouble()).isZero();
    assertThat(a.get("frames")).hasSize(180);
    assertThat(new ObjectMapper().readTree(halved.resolve("analysis.json").toFile()).get("frames")).hasSize(90);

    CliRunner keypoints = CliRunner.run("analyze", "--from", every.resolve("keypoints.json").toString(), "-o",
        dir.resolve("from-keypoints").toString(), "--every-frame");
    assertThat(keypoints.exitCode).isEqualTo(2);
    assertThat(keypoints.err).contains("--every-frame reads the video");
    assertThat(dir.resolve("from-keypoints")).doesNotExist();
  }

  @Test
  void folderOfVideosIsAnalysedWithTheFailingOneListed() throws Exception {
    Path videos = Files.createDirectories(dir.resolve("visit"));
    Files.copy(Path.of("sample-videos/run_side_lean05.mp4"), videos.resolve("runner.mp4"));
    Files.writeString(videos.resolve("broken.mov"), "not a video");
    Files.writeString(videos.resolve("notes.txt"), "not looked at");
    Path out = dir.resolve("out");
    CliRunner r = CliRunner.run("analyze", videos.toString(), "-o", out.toString(), "-q");
    assertThat(r.exitCode).isEqualTo(AnalyzeCommand.BATCH_FAILURES);
    assertThat(r.err).contains("1 of 2 videos failed");
    assertThat(r.out).contains("broken.mov: FAILED").contains("runner.mp4: forward trunk lean OK");
    assertThat(out.resolve("runner/report.html")).exists();
    assertThat(out.resolve("runner/analysis.json")).exists();
    assertThat(out.resolve("runner/overlay.mp4")).as("no overlay for folders unless asked").doesNotExist();
    assertThat(out.resolve("broken")).doesNotExist();
    String index = Files.readString(out.resolve("index.html"));
    SelfContained.assertSelfContained(index);
    assertThat(index).contains("<a href=\"runner/report.html\">runner.mp4</a>").contains("broken.mov")
        .contains("not a video");
    JsonNode json = new ObjectMapper().readTree(out.resolve("index.json").toFile());
    assertThat(json.fieldNames().next()).isEqualTo("formatVersion");
    assertThat(json.get("videos")).hasSize(2);
    assertThat(json.get("videos").get(0).get("status").asText()).isEqualTo("failed");
    assertThat(json.get("videos").get(1).get("findings").get(0).get("severity").asText()).isEqualTo("ok");
  }

  @Test
  void anOutputThatCannotBeAFolderIsRefusedBeforeTheAnalysis() throws Exception {
    Path file = Files.writeString(dir.resolve("results"), "notes");
    CliRunner r = CliRunner.run("analyze", "sample-videos/run_side_lean05.mp4", "-o", file.toString(), "-q");
    assertThat(r.exitCode).isEqualTo(1);
    assertThat(r.err).isEqualTo("runpose: " + file + ": is a file, not a folder. Choose a folder for the results"
        + " with -o." + System.lineSeparator());
    assertThat(Files.readString(file)).isEqualTo("notes");
  }

  @Test
  void aFolderOfGifsSaysAGifIsReadWhenNamedOnItsOwn() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("gifs"));
    Files.writeString(folder.resolve("coach.gif"), "GIF89a");
    CliRunner r = CliRunner.run("analyze", folder.toString(), "-o", dir.resolve("out").toString(), "-q");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains(folder + ": no videos found").endsWith("; an animated GIF is read when it is named on"
        + " its own, not picked from a folder." + System.lineSeparator());
  }

  @Test
  void aBugInOneVideoOfAFolderIsThatVideosRowNotTheEndOfTheBatch() {
    StringWriter err = new StringWriter();
    BatchIndex.Item row = AnalyzeCommand.item("clip.mp4", "clip", new PrintWriter(err),
        () -> {
          throw new IllegalStateException("a bug");
        });
    assertThat(row.failed()).isTrue();
    assertThat(row.error()).startsWith("internal error (java.lang.IllegalStateException: a bug); the other videos"
        + " were analysed.");
    assertThat(err.toString()).startsWith("runpose: internal error on clip.mp4, please report it with this trace:")
        .contains("at org.runpose.cli.AnalyzeCommandTest");
  }

  @Test
  void aWearableFileIsReadBeforeTheVideoAndRefusedWithItsReason() throws Exception {
    Path out = dir.resolve("out");
    Path plain = FitRecords.write(dir.resolve("plain.fit"), Instant.parse("2026-03-12T08:40:00Z"), 60, 0, 0, 0);
    CliRunner noDynamics = CliRunner.run("analyze", "sample-videos/run_side_lean05.mp4", "-o", out.toString(),
        "--wearable", plain.toString());
    assertThat(noDynamics.exitCode).isEqualTo(2);
    assertThat(noDynamics.err).contains("plain.fit: no record holds a cadence, ground contact time or vertical"
        + " oscillation");
    Path watch = FitRecords.write(dir.resolve("run.fit"), Instant.parse("2026-03-12T08:40:00Z"), 60, 88, 250, 85);
    CliRunner badTime = CliRunner.run("analyze", "sample-videos/run_side_lean05.mp4", "-o", out.toString(),
        "--wearable", watch.toString(), "--wearable-start", "9:41");
    assertThat(badTime.exitCode).isEqualTo(2);
    assertThat(badTime.err).contains("--wearable-start 9:41: not a time with its offset. Write it as"
        + " 2026-03-12T09:41:07+01:00 (or ...Z for UTC).");
    CliRunner folder = CliRunner.run("analyze", "sample-videos", "-o", out.toString(), "--wearable",
        watch.toString());
    assertThat(folder.exitCode).isEqualTo(2);
    assertThat(folder.err).contains("--wearable goes with one video, not a folder");
    CliRunner startAlone = CliRunner.run("analyze", "sample-videos/run_side_lean05.mp4", "-o", out.toString(),
        "--wearable-start", "2026-03-12T09:41:07+01:00");
    assertThat(startAlone.exitCode).isEqualTo(2);
    assertThat(startAlone.err).contains("--wearable-start goes with --wearable FIT");
    assertThat(out).doesNotExist();
  }

  @Test
  void badVideoLeavesNoOutputFolder() throws Exception {
    Path fake = dir.resolve("clip.mov");
    Files.writeString(fake, "nope");
    Path out = dir.resolve("out");
    CliRunner r = CliRunner.run("analyze", fake.toString(), "-o", out.toString(), "-q");
    assertThat(r.exitCode).isEqualTo(2);
    assertThat(r.err).contains("clip.mov").contains("not a video");
    assertThat(out).doesNotExist();
  }

  @Test
  void everyVideoOfAFolderGetsAnOutputFolderOfItsOwnWhateverTheNames() {
    List<Path> videos = Stream.of("clip.mov", "clip.mp4", "clip_mp4.mp4", "CLIP_MOV.avi", "run.mp4")
        .map(n -> Path.of("videos", n)).toList();
    Map<Path, String> folders = AnalyzeCommand.outputFolders(videos);
    assertThat(videos.stream().map(folders::get))
        .containsExactly("clip_mov", "clip_mp4", "clip_mp4-2", "CLIP_MOV-2", "run");
  }
}
