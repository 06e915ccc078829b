package org.runpose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runpose.BadInputException;
import org.runpose.RunposeException;
import org.runpose.io.OutputFolder;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.KeypointExtractor;
import org.runpose.pose.KeypointsFile;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseSeries;
import org.runpose.video.ClipParts;
import org.runpose.video.PrefetchingFrameSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runpose keypoints VIDEO}: the runner's 33 body keypoints in every frame. */
@Command(
    name = "keypoints",
    mixinStandardHelpOptions = true,
    description = "Finds the runner's 33 body keypoints in every frame of a video and writes them as JSON.")
final class KeypointsCommand implements Callable<Integer> {

  @Parameters(paramLabel = "VIDEO", description = "Video file (MP4, MOV, AVI, ... anything FFmpeg reads).")
  Path video;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "JSON file to write (default: runpose-out/<video name>.keypoints.json).")
  Path output;

  @Option(names = "--csv", description = "Also write a CSV (one row per frame) next to the JSON file.")
  boolean csv;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Mixin ModelOptions model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws RunposeException, IOException {
    Path json = output != null ? output : Path.of("runpose-out", stem(video) + ".keypoints.json");
    if (Files.isDirectory(json)) {
      throw new IOException(json + ": is a folder; -o names the keypoints file to write, e.g. -o "
          + json.resolve(stem(video) + ".keypoints.json") + ".");
    }
    if (OutputFolder.replacing(json.toAbsolutePath().getParent(),
        name -> name.equals(json.getFileName().toString().toLowerCase(Locale.ROOT)), video) != null) {
      throw new BadInputException(json + ": -o names the video itself, which the keypoints would replace. Name a"
          + " .json file, e.g. -o " + json.resolveSibling(stem(video) + ".keypoints.json") + ".");
    }
    OutputFolder.requireWritable(json.toAbsolutePath().getParent());
    PoseSeries series;
    // An export of the keypoints holds every frame, whatever the frame rate; otherwise it is read as analyze reads
    // a video (in two parts at once, following the person the clip is about).
    PoseConfig everyFrame = PoseConfig.DEFAULT.withMaxFps(0);
    long frames = AnalyzeCommand.frameEstimate(video);
    try (BlazePoseModel poseModel = model.load();
        Progress progress = Progress.frames("keypoints", frames, frames, quiet)) {
      Runnable step = ClipParts.oneAtATime(progress::step);
      series = KeypointExtractor.run(PrefetchingFrameSource.opener(video), poseModel, everyFrame, e -> step.run(),
          step);
    }
    List<Path> written;
    try {
      written = KeypointsFile.write(series, json, csv ? json.resolveSibling(stem(json) + ".csv") : null);
    } catch (IOException e) {
      throw new IOException(json + ": could not be written (" + OutputFolder.reason(e) + "). Choose another -o.", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    PoseSeries.Summary s = series.summary();
    out.printf(
        "Runner found in %d of %d frames (detector ran on %d).%n",
        s.framesWithPose(), s.framesDecoded(), s.detectorRuns());
    s.notes().forEach(n -> out.println("Note: " + n));
    written.forEach(f -> out.println("Wrote " + f));
    return 0;
  }

  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
