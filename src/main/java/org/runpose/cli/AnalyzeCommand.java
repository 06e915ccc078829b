package org.runpose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runpose.BadInputException;
import org.runpose.RunposeException;
import org.runpose.io.StagedOutput;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.KeypointsFile;
import org.runpose.pose.PoseSeries;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.AnalysisFiles;
import org.runpose.posture.Direction;
import org.runpose.posture.Flag;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.posture.VideoPose;
import org.runpose.signal.SignalConfig;
import org.runpose.video.FfmpegFrameSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runpose analyze VIDEO}: trunk lean, lumbar curvature, gait and flags. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Measures trunk lean, lumbar curvature and gait in a side-view running video and flags"
        + " excessive forward lean or lumbar hyperextension.")
final class AnalyzeCommand implements Callable<Integer> {

  @ArgGroup(multiplicity = "1")
  Input input;

  static final class Input {
    @Parameters(paramLabel = "VIDEO", description = "Side-view video of the runner.")
    Path video;

    @Option(names = "--from", paramLabel = "KEYPOINTS",
        description = "Re-analyse a keypoints file (from 'runpose keypoints' or an earlier analysis) without"
            + " running the model; the lumbar curvature needs the video and is then not assessed.")
    Path keypoints;
  }

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output folder (default: runpose-out/<video name>).")
  Path output;

  @Option(names = "--height", paramLabel = "CM", description = "Runner's height, to give distances in cm.")
  Double heightCm;

  @Option(names = "--direction", paramLabel = "left|right",
      description = "Running direction in the image (default: decided from the video).")
  Direction direction;

  @Option(names = {"--roll", "--vertical"}, paramLabel = "DEG",
      description = "Slope of the ground in the image, degrees, positive when it rises to the right (default:"
          + " estimated from the foot contacts; 0 when they do not allow it).")
  Double rollDeg;

  @Option(names = "--lean-watch", paramLabel = "DEG", description = "Trunk lean worth watching (default: 8).")
  Double leanWatch;

  @Option(names = "--lean-excessive", paramLabel = "DEG", description = "Excessive trunk lean (default: 15).")
  Double leanExcessive;

  @Option(names = "--lumbar-watch", paramLabel = "PCT",
      description = "Lumbar hollow depth worth watching, % of trunk length (default: 4).")
  Double lumbarWatch;

  @Option(names = "--lumbar-excessive", paramLabel = "PCT",
      description = "Excessive lumbar hollow depth, % of trunk length (default: 6).")
  Double lumbarExcessive;

  @Option(names = "--cutoff", paramLabel = "HZ", description = "Low-pass filter cut-off (default: 6 Hz).")
  Double cutoffHz;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Mixin ModelOptions model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws RunposeException, IOException {
    AnalysisConfig config = config();
    Path source = input.video != null ? input.video : input.keypoints;
    Path dir = output != null ? output : Path.of("runpose-out", KeypointsCommand.stem(source));
    VideoPose pose = input.video != null
        ? extract(input.video) : new VideoPose(KeypointsFile.readJson(input.keypoints), List.of());
    PoseSeries series = pose.series();
    PostureAnalysis analysis = pose.analyze(config).analysis();
    List<Path> written;
    try (StagedOutput out = StagedOutput.in(dir)) {
      AnalysisFiles.stage(out, analysis);
      if (input.video != null) {
        out.write("keypoints.json", o -> KeypointsFile.writeJson(series, o));
      }
      written = out.commit();
    } catch (IOException e) {
      throw new IOException(dir + ": the analysis could not be written (" + e.getMessage()
          + "). Nothing was written; choose another folder with -o.", e);
    }
    printSummary(spec.commandLine().getOut(), source, analysis, written);
    return 0;
  }

  private VideoPose extract(Path video) throws RunposeException {
    try (FfmpegFrameSource frames = FfmpegFrameSource.open(video);
        BlazePoseModel poseModel = model.load();
        Progress progress = Progress.frames("analyze", frames.info().frameCountEstimate(), quiet)) {
      return VideoPose.extract(frames, poseModel, progress::step);
    }
  }

  private AnalysisConfig config() throws BadInputException {
    AnalysisConfig d = AnalysisConfig.DEFAULT;
    try {
      SignalConfig s = d.signal();
      SignalConfig signal = cutoffHz == null ? s : new SignalConfig(s.maxGapSeconds(), s.hampelWindowSeconds(),
          s.hampelSigmas(), cutoffHz, s.filterOrderPerPass(), s.minVisibility(), s.padSeconds());
      return new AnalysisConfig(signal,
          or(leanWatch, d.leanWatchDeg()), or(leanExcessive, d.leanExcessiveDeg()),
          or(lumbarWatch, d.lumbarWatchPct()), or(lumbarExcessive, d.lumbarExcessivePct()),
          direction, rollDeg, heightCm, d.minSteps(), d.minPoseFraction(), d.maxSideWidthRatio());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("Invalid setting: " + e.getMessage());
    }
  }

  private static double or(Double value, double fallback) {
    return value == null ? fallback : value;
  }

  private static void printSummary(PrintWriter out, Path source, PostureAnalysis a, List<Path> written) {
    PostureSummary s = a.summary();
    out.printf(Locale.ROOT, "%s: runner found in %d of %d frames; running %s, ground slope %.1f° (%s); %s.%n",
        source.getFileName(), s.framesWithPose(), s.framesAnalysed(), a.view().direction().id(),
        a.view().rollDeg(), a.view().rollSource(), a.view().sideView() ? "side view" : "NOT a side view");
    if (s.cadenceStepsPerMin() != null) {
      out.printf(Locale.ROOT, "%d steps, cadence %.0f steps/min, stance %s ms, flight %s ms.%n", s.steps(),
          s.cadenceStepsPerMin(), num(s.stanceMs()), num(s.flightMs()));
    }
    a.insufficientReasons().forEach(r -> out.println("Insufficient data: " + r));
    for (Flag f : a.flags()) {
      out.printf(Locale.ROOT, "%-22s %-9s %s%n", f.title() + ":", f.severity().label().toUpperCase(Locale.ROOT),
          f.value() == null ? "" : String.format(Locale.ROOT, "%.1f %s (watch from %.0f, excessive from %.0f)",
              f.value(), f.unit(), f.watchAt(), f.excessiveAt()));
    }
    a.notes().forEach(n -> out.println("Note: " + n));
    out.println("This is a screening aid, not a diagnosis.");
    written.forEach(p -> out.println("Wrote " + p));
  }

  private static String num(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
  }
}
