package org.runpose.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.runpose.BadInputException;
import org.runpose.RunposeException;
import org.runpose.eval.ClipLabels;
import org.runpose.eval.EvalReport;
import org.runpose.eval.EvalTable;
import org.runpose.eval.Evaluation;
import org.runpose.eval.LabelledClip;
import org.runpose.eval.PoseCache;
import org.runpose.eval.RealClip;
import org.runpose.eval.RealEvaluation;
import org.runpose.eval.RealReport;
import org.runpose.io.StagedOutput;
import org.runpose.pose.BlazePoseModel;
import org.runpose.posture.VideoPose;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.PrefetchingFrameSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runpose eval DIR...}: scores runpose against labelled clips, rendered and real. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Runs the analysis on every labelled clip in the folders and scores it against the truth: rendered"
        + " clips (NAME.mp4 with NAME.labels.json, as tools/synth renders them) for keypoints, trunk lean, camera"
        + " roll, lumbar measure, flags and gait timing; hand-annotated real recordings (labels in"
        + " sample-videos/real, clips found by SHA-256 there or in --clips) for gait events, direction, slow"
        + " motion, walking, lean and ground slope. Exit code 1 when a clip could not be scored.")
final class EvalCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders holding labelled clips or real-footage"
      + " labels.")
  List<Path> dirs;

  @Option(names = "--clips", paramLabel = "DIR", description = "Where the real recordings are (default:"
      + " real-clips); they are found by their SHA-256, whatever their names.")
  List<Path> clipDirs = new ArrayList<>(List.of(Path.of("real-clips")));

  @Option(names = "--pose-cache", paramLabel = "DIR", description = "Keep each clip's keypoints and outline"
      + " measures here and reuse them when the clip and the model are unchanged: the analysis is scored again in"
      + " seconds.")
  Path poseCache;

  @Option(names = "--split", paramLabel = "tuning|check|all", description = "Which clips to score, rendered and real"
      + " (default: all): develop against the tuning clips; the check clips are for reporting only.")
  String split = "all";

  @Option(names = "--every-frame", description = "Read every frame of the clips filmed faster than 30 frames/s, as"
      + " analyze --every-frame does (by default at most 30 a second are read).")
  boolean everyFrame;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the scores as JSON.")
  Path json;

  @Option(names = {"-q", "--quiet"}, description = "No progress bars.")
  boolean quiet;

  @Mixin ModelOptions model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws RunposeException, IOException {
    if (!List.of("tuning", "check", "all").contains(split)) {
      throw new BadInputException("--split " + split + ": give tuning, check or all.");
    }
    List<LabelledClip> rendered = new ArrayList<>();
    for (Path dir : dirs) {
      rendered.addAll(LabelledClip.find(dir));
    }
    Map<String, List<LabelledClip>> bySplit = rendered.stream()
        .collect(Collectors.groupingBy(c -> ClipLabels.splitOf(c.labels())));
    List<LabelledClip> tuning = split.equals(ClipLabels.CHECK) ? List.of()
        : bySplit.getOrDefault(ClipLabels.TUNING, List.of());
    List<LabelledClip> check = split.equals(ClipLabels.TUNING) ? List.of()
        : bySplit.getOrDefault(ClipLabels.CHECK, List.of());
    List<RealClip> real;
    try {
      real = RealClip.find(dirs, clipDirs).stream()
          .filter(c -> split.equals("all") || c.labels().split().equals(split)).toList();
    } catch (IOException e) {
      throw new BadInputException(e.getMessage() + " Fix or remove the labels file.", e);
    }
    if (tuning.isEmpty() && check.isEmpty() && real.isEmpty()) {
      throw new BadInputException(String.join(", ", dirs.stream().map(Path::toString).toList())
          + ": no labelled clip here; the harness needs NAME.mp4 with NAME.labels.json beside it (see tools/synth),"
          + " or real-footage labels (see docs/real-footage.md).");
    }
    PoseCache cache = poseCache == null ? null : new PoseCache(poseCache, everyFrame);
    EvalReport report;
    try (BlazePoseModel poseModel = model.load()) {
      report = Evaluation.run(tuning, poseModel.info(), everyFrame,
          clip -> read(clip.name(), clip.video(), poseModel, cache));
      if (!check.isEmpty()) {
        report = report.withCheck(Evaluation.run(check, poseModel.info(), everyFrame,
            clip -> read(clip.name(), clip.video(), poseModel, cache)));
      }
      if (!real.isEmpty()) {
        RealReport realReport = RealEvaluation.run(real,
            clip -> read(clip.labels().name(), clip.video(), poseModel, cache));
        report = report.withReal(realReport);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    boolean first = true;
    if (!report.clips().isEmpty()) {
      out.println("Rendered clips, tuning split (runpose was developed against these):");
      EvalTable.print(report, out);
      first = false;
    }
    if (report.check() != null) {
      if (!first) {
        out.println();
      }
      out.println("Rendered clips, check split (other seeds and settings, only scored to report):");
      EvalTable.print(report.check(), out);
      first = false;
    }
    if (report.real() != null) {
      if (!first) {
        out.println();
      }
      EvalTable.printReal(report.real(), out);
    }
    if (json != null) {
      write(report, json);
      out.println("Wrote " + json.toAbsolutePath().normalize());
    }
    return report.anyFailed() ? 1 : 0;
  }

  private VideoPose read(String name, Path video, BlazePoseModel poseModel, PoseCache cache)
      throws RunposeException {
    try {
      return cache == null ? extract(name, video, poseModel) : cache.readOrExtract(video, poseModel.info(),
          () -> extract(name, video, poseModel));
    } catch (IOException e) {
      throw new BadInputException(video + ": cannot be read (" + e.getMessage() + ").", e);
    }
  }

  private VideoPose extract(String name, Path video, BlazePoseModel poseModel) throws RunposeException {
    long frames;
    try (FfmpegFrameSource source = FfmpegFrameSource.open(video)) {
      frames = source.info().frameCountEstimate();
    }
    try (Progress progress = Progress.frames(name, frames, frames, quiet)) {
      return VideoPose.extract(PrefetchingFrameSource.opener(video), poseModel, everyFrame, progress::step);
    }
  }

  private static void write(EvalReport report, Path file) throws IOException {
    Path absolute = file.toAbsolutePath().normalize();
    Files.createDirectories(absolute.getParent());
    try (StagedOutput out = StagedOutput.in(absolute.getParent())) {
      out.write(absolute.getFileName().toString(), o -> JSON.writeValue(o, report));
      out.commit();
    } catch (IOException e) {
      throw new IOException(file + ": the scores could not be written (" + e.getMessage()
          + "). Choose another --json.", e);
    }
  }
}
