package org.runpose.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.runpose.RunposeException;
import org.runpose.eval.EvalReport;
import org.runpose.eval.EvalTable;
import org.runpose.eval.Evaluation;
import org.runpose.eval.LabelledClip;
import org.runpose.io.StagedOutput;
import org.runpose.pose.BlazePoseModel;
import org.runpose.posture.VideoPose;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.FrameSource;
import org.runpose.video.PrefetchingFrameSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runpose eval DIR}: scores runpose against labelled clips. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Runs the analysis on every labelled clip in a folder (NAME.mp4 with NAME.labels.json, as"
        + " tools/synth renders them) and scores keypoints, trunk lean, camera roll, lumbar measure, flags and"
        + " gait timing against the truth. Exit code 1 when a clip could not be scored.")
final class EvalCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(paramLabel = "DIR", description = "Folder holding the labelled clips.")
  Path dir;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
  Path json;

  @Option(names = {"-q", "--quiet"}, description = "No progress bars.")
  boolean quiet;

  @Mixin ModelOptions model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws RunposeException, IOException {
    List<LabelledClip> clips = LabelledClip.find(dir);
    EvalReport report;
    try (BlazePoseModel poseModel = model.load()) {
      report = Evaluation.run(clips, poseModel.info(), clip -> {
        try (FrameSource frames = new PrefetchingFrameSource(FfmpegFrameSource.open(clip.video()));
            Progress progress = Progress.frames(clip.name(), frames.info().frameCountEstimate(), quiet)) {
          return VideoPose.extract(frames, poseModel, progress::step);
        }
      });
    }
    PrintWriter out = spec.commandLine().getOut();
    EvalTable.print(report, out);
    if (json != null) {
      write(report, json);
      out.println("Wrote " + json.toAbsolutePath().normalize());
    }
    return report.anyFailed() ? 1 : 0;
  }

  private static void write(EvalReport report, Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    try (StagedOutput out = StagedOutput.in(absolute.getParent())) {
      out.write(absolute.getFileName().toString(), o -> JSON.writeValue(o, report));
      out.commit();
    } catch (IOException e) {
      throw new IOException(file + ": the scores could not be written (" + e.getMessage()
          + "). Choose another --json.", e);
    }
  }
}
