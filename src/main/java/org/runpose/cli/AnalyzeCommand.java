package org.runpose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.runpose.BadInputException;
import org.runpose.RunposeException;
import org.runpose.RunposeVersion;
import org.runpose.app.VideoAnalysis;
import org.runpose.compare.AnalysisInput;
import org.runpose.gait.GaitCheck;
import org.runpose.gait.GaitPattern;
import org.runpose.io.Json;
import org.runpose.io.OutputFolder;
import org.runpose.io.StagedOutput;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.CaptureCheck;
import org.runpose.posture.Direction;
import org.runpose.posture.Flag;
import org.runpose.posture.LumbarBaseline;
import org.runpose.posture.LeanStretch;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.report.BatchIndex;
import org.runpose.report.HtmlReport;
import org.runpose.report.PostureReport;
import org.runpose.report.ReportDocument;
import org.runpose.signal.SignalConfig;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.VideoFiles;
import org.runpose.wearable.WearableCheck;
import org.runpose.wearable.WearableRun;
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
    @Parameters(paramLabel = "VIDEO", description = "Side-view video of the runner, or a folder of videos: each"
        + " is analysed into its own folder and index.html lists them all.")
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

  @Option(names = "--slow-motion", paramLabel = "FACTOR",
      description = "The clip plays FACTOR times slower than real time (a phone's 240 fps slow motion stored at"
          + " 30 fps: 8); times are divided by it. Without it, timing no runner produces is reported as looking"
          + " like slow motion and the time-based measures are withheld.")
  Double slowMotionFactor;

  @Option(names = "--lean-watch", paramLabel = "DEG", description = "Trunk lean worth watching (default: 8).")
  Double leanWatch;

  @Option(names = "--lean-excessive", paramLabel = "DEG", description = "Excessive trunk lean (default: 15).")
  Double leanExcessive;

  @Option(names = "--lumbar-watch", paramLabel = "PCT",
      description = "Judge anyone's lower back against thresholds: hollow depth worth watching, %% of trunk length"
          + " (with --lumbar-excessive; none by default, since the depth depends on the build as much as on the"
          + " back's arch; 4 suits a runner of average build).")
  Double lumbarWatch;

  @Option(names = "--lumbar-excessive", paramLabel = "PCT",
      description = "With --lumbar-watch: excessive lumbar hollow depth, %% of trunk length (6 suits a runner of"
          + " average build).")
  Double lumbarExcessive;

  @Option(names = "--baseline", paramLabel = "ANALYSIS",
      description = "An earlier analysis.json of the same runner (or its folder): the lower back is judged by how"
          + " much deeper its hollow is than then. Without it (or --lumbar-watch) the hollow is measured but not"
          + " judged: its depth depends on the build (buttocks, belly) as much as on the back's arch.")
  Path baseline;

  @Option(names = "--cutoff", paramLabel = "HZ", description = "Low-pass filter cut-off (default: 6 Hz).")
  Double cutoffHz;

  @Option(names = "--overlay", negatable = true,
      description = "Write overlay.mp4: the video with the skeleton, trunk line, true vertical and angle drawn on"
          + " every frame (default: on for one video, off for a folder).")
  Boolean overlay;

  @Option(names = "--blur-faces",
      description = "Pixelate the runner's face in the overlay video, the evidence stills and the report, for sharing"
          + " beyond the clinic (found from the face's landmarks; an overlay frame without them is pixelated whole).")
  boolean blurFaces;

  @Option(names = "--wearable", paramLabel = "FIT",
      description = "The FIT file of the same run from a watch or pod with running dynamics: its cadence, ground"
          + " contact time and vertical oscillation over the time the video covers go beside runpose's, and"
          + " disagreements beyond the two tools' errors are pointed out (one video only).")
  Path wearable;

  @Option(names = "--wearable-start", paramLabel = "TIME",
      description = "When the video started on the wearable's clock, ISO-8601 with its offset (for example"
          + " 2026-03-12T09:41:07+01:00); default: the recording time the video file carries.")
  String wearableStart;

  @Option(names = "--every-frame",
      description = "Read every frame of a video filmed faster than 30 frames/s (by default every second frame of a"
          + " 60 fps video is read, every fourth of 120 fps): stance and flight times to the video's own frame; the"
          + " analysis takes up to twice as long at 60 fps, four times at 120.")
  boolean everyFrame;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
  boolean quiet;

  @Mixin ModelOptions model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws RunposeException, IOException {
    AnalysisConfig config = config();
    VideoAnalysis.Wearable watch = wearable();
    if (input.video != null && Files.isDirectory(input.video)) {
      if (watch != null) {
        throw new BadInputException("--wearable goes with one video, not a folder: analyse the video filmed"
            + " during that run on its own.");
      }
      return batch(input.video, config);
    }
    Path source = input.video != null ? input.video : input.keypoints;
    Path dir = output != null ? output : Path.of("runpose-out", KeypointsCommand.stem(source));
    OutputFolder.requireWritable(dir);
    VideoAnalysis.Outputs result;
    try {
      if (input.video != null) {
        boolean withOverlay = overlay == null || overlay;
        long frames = frameEstimate(input.video);
        try (BlazePoseModel poseModel = model.load();
            Progress progress = Progress.frames(task("analyze", withOverlay), passes(withOverlay) * frames, frames,
                quiet)) {
          result = VideoAnalysis.ofVideo(input.video, dir, poseModel, config,
              new VideoAnalysis.Pictures(withOverlay, blurFaces), watch, everyFrame, progress::step);
        }
      } else {
        if (watch != null) {
          throw new BadInputException("--wearable needs the video: its time line places the run in the wearable's"
              + " records. Analyse the video rather than its keypoints.");
        }
        if (everyFrame) {
          throw new BadInputException("--every-frame reads the video; saved keypoints keep the frames they were read"
              + " at. Analyse the video with --every-frame rather than its keypoints.");
        }
        result = VideoAnalysis.ofKeypoints(input.keypoints, dir, config);
      }
    } catch (IOException e) {
      throw notWritten(dir, e);
    }
    printSummary(spec.commandLine().getOut(), source, result.analysis(), result.wearable(), result.written());
    return 0;
  }

  /** One video's analysis, which may fail. */
  @FunctionalInterface
  interface Analysis {
    PostureAnalysis run() throws RunposeException, IOException;
  }

  /**
   * One video's row of a folder's index: its analysis, or what went wrong. A bug in one video's analysis must not
   * cost the others theirs: it becomes that video's row, and its trace goes to {@code err} to be reported.
   */
  static BatchIndex.Item item(String video, String folder, PrintWriter err, Analysis analysis) {
    try {
      return new BatchIndex.Item(video, folder, analysis.run(), null);
    } catch (RunposeException | IOException e) {
      return new BatchIndex.Item(video, folder, null, e.getMessage());
    } catch (RuntimeException bug) {
      err.println("runpose: internal error on " + video + ", please report it with this trace:");
      bug.printStackTrace(err);
      return new BatchIndex.Item(video, folder, null, "internal error (" + bug + "); the other videos were"
          + " analysed. Please report it with the trace printed on the console.");
    }
  }

  /** The video is read twice: once for the pose, and again to draw on it (the overlay and the stills). */
  private static int passes(boolean withOverlay) {
    return withOverlay ? 2 : 1;
  }

  /** The progress bar's name: with the overlay it counts every frame twice, once a pass over the video. */
  private static String task(String name, boolean withOverlay) {
    return withOverlay ? name + " (pose, then overlay)" : name;
  }

  private static PostureAnalysis analyzeInto(Path video, Path dir, BlazePoseModel model, AnalysisConfig config,
      VideoAnalysis.Pictures pictures, boolean everyFrame, Runnable onFrame) throws RunposeException, IOException {
    try {
      return VideoAnalysis.ofVideo(video, dir, model, config, pictures, null, everyFrame, onFrame).analysis();
    } catch (IOException e) {
      throw notWritten(dir, e);
    }
  }

  private static IOException notWritten(Path dir, IOException e) {
    return new IOException(dir + ": the analysis could not be written (" + OutputFolder.reason(e)
        + "). Nothing was written; choose another folder with -o.", e);
  }

  /**
   * Every video of a folder, each into its own output folder, then an index of all of them. A video that fails is
   * listed with its error and the others go on; the exit code tells whether any failed.
   */
  private int batch(Path folder, AnalysisConfig config) throws RunposeException, IOException {
    String title = folder.toAbsolutePath().normalize().getFileName().toString();
    Path root = output != null ? output : Path.of("runpose-out", title);
    List<Path> videos = videosIn(folder, root, spec.commandLine().getErr());
    OutputFolder.requireWritable(root);
    Map<Path, String> folders = outputFolders(videos);
    long frames = 0;
    Map<Path, String> unreadable = new HashMap<>();
    for (Path v : videos) {
      try {
        frames += frameEstimate(v);
      } catch (RunposeException e) {
        unreadable.put(v, e.getMessage());
      }
    }
    List<BatchIndex.Item> items = new ArrayList<>();
    ModelInfo modelInfo;
    boolean withOverlay = overlay != null && overlay;
    VideoAnalysis.Pictures pictures = new VideoAnalysis.Pictures(withOverlay, blurFaces);
    try (BlazePoseModel poseModel = model.load();
        Progress progress = Progress.frames(task("analyze " + videos.size() + " videos", withOverlay),
            passes(withOverlay) * frames, frames / Math.max(1, videos.size()), quiet)) {
      modelInfo = poseModel.info();
      for (Path v : videos) {
        String name = v.getFileName().toString();
        String error = unreadable.get(v);
        items.add(error != null ? new BatchIndex.Item(name, folders.get(v), null, error)
            : item(name, folders.get(v), spec.commandLine().getErr(), () -> analyzeInto(v,
                root.resolve(folders.get(v)), poseModel, config, pictures, everyFrame, progress::step)));
      }
    }
    List<ReportDocument.Entry> provenance = List.of(
        new ReportDocument.Entry("Folder", folder.toString()), PostureReport.model(modelInfo),
        PostureReport.thresholds(config), new ReportDocument.Entry("Made", VideoAnalysis.generatedAt() + " by runpose "
            + RunposeVersion.get().runpose()));
    List<Path> written;
    try (StagedOutput index = StagedOutput.in(root)) {
      ReportDocument doc = BatchIndex.document(title, items, provenance);
      index.write("index.html", o -> o.write(HtmlReport.render(doc).getBytes(StandardCharsets.UTF_8)));
      index.write("index.json", o -> Json.MAPPER.writeValue(o, BatchIndex.json(title, items, provenance)));
      written = index.commit();
    }
    PrintWriter out = spec.commandLine().getOut();
    for (BatchIndex.Item i : items) {
      out.println(i.failed() ? i.video() + ": FAILED: " + i.error() : i.video() + ": " + findings(i.analysis())
          + " -> " + root.resolve(i.folder()).resolve("report.html"));
    }
    written.forEach(p -> out.println("Wrote " + p));
    long failed = items.stream().filter(BatchIndex.Item::failed).count();
    if (failed > 0) {
      spec.commandLine().getErr().println("runpose: " + failed + " of " + items.size()
          + " videos failed; the others were analysed (see " + root.resolve("index.html") + ").");
      return BATCH_FAILURES;
    }
    return 0;
  }

  /** Exit code of a folder run in which some videos failed. */
  static final int BATCH_FAILURES = 5;

  /**
   * The folder's videos; what in it could hold a video but is not read is said on {@code err}, but for runpose's own
   * results (the folder {@code root} they go to, or runpose's default one).
   */
  private static List<Path> videosIn(Path folder, Path root, PrintWriter err) throws BadInputException, IOException {
    List<Path> entries;
    try (Stream<Path> listed = Files.list(folder)) {
      entries = listed.sorted().toList();
    }
    List<Path> files = entries.stream().filter(Files::isRegularFile).toList();
    List<String> passedOver = new ArrayList<>();
    for (Path p : entries) {
      String name = p.getFileName().toString();
      if (Files.isDirectory(p) && !name.equals("runpose-out") && !root.toAbsolutePath().normalize()
          .startsWith(p.toAbsolutePath().normalize())) {
        passedOver.add(name + "/ (a folder: analyse it on its own)");
      } else if (!Files.isRegularFile(p) && VideoFiles.isVideoOrAnimationName(name)) {
        passedOver.add(name + (Files.isSymbolicLink(p) ? " (a link to a file that is not there)"
            : " (not a file that can be read to its end)"));
      }
    }
    if (!passedOver.isEmpty()) {
      err.println("runpose: not analysed in " + folder + ": " + String.join("; ", passedOver) + ".");
    }
    List<Path> videos = files.stream().filter(p -> VideoFiles.isVideoName(p.getFileName().toString())).toList();
    if (videos.isEmpty()) {
      boolean animations = files.stream().anyMatch(p -> VideoFiles.isVideoOrAnimationName(p.getFileName().toString()));
      throw new BadInputException(folder + ": no videos found (looked for ." + String.join(", .", VideoFiles.EXTENSIONS)
          + "). Give a video file or a folder holding videos" + (animations
              ? "; an animated GIF is read when it is named on its own, not picked from a folder." : "."));
    }
    return videos;
  }

  /**
   * One output folder per video, named after it; two videos of the same name keep their extensions apart, and a name
   * still taken (clip.mp4 beside clip_mp4.mp4, or names differing only in case, one folder on some disks) is numbered.
   */
  static Map<Path, String> outputFolders(List<Path> videos) {
    Map<String, Long> stems = videos.stream().collect(Collectors.groupingBy(KeypointsCommand::stem,
        Collectors.counting()));
    Map<Path, String> folders = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (Path v : videos) {
      String stem = KeypointsCommand.stem(v);
      String wanted = stems.get(stem) > 1 ? v.getFileName().toString().replace('.', '_') : stem;
      String name = wanted;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = wanted + "-" + n;
      }
      folders.put(v, name);
    }
    return folders;
  }

  static long frameEstimate(Path video) throws RunposeException {
    try (FfmpegFrameSource frames = FfmpegFrameSource.open(video)) {
      return frames.info().frameCountEstimate();
    }
  }

  private static String findings(PostureAnalysis a) {
    return a.flags().stream().map(f -> f.title().toLowerCase(Locale.ROOT) + " " + f.stateLabel()
        .toUpperCase(Locale.ROOT) + (f.value() == null ? "" : " " + PostureReport.degrees(f.value()) + " "
            + f.unit())).collect(Collectors.joining(", "))
        + a.otherPasses().stream().map(p -> "; other pass " + PostureReport.passTime(p) + ": " + findings(p))
            .collect(Collectors.joining());
  }

  private AnalysisConfig config() throws BadInputException {
    checkLumbarThresholds();
    AnalysisConfig d = AnalysisConfig.DEFAULT;
    try {
      SignalConfig s = d.signal();
      SignalConfig signal = cutoffHz == null ? s : new SignalConfig(s.maxGapSeconds(), s.hampelWindowSeconds(),
          s.hampelSigmas(), cutoffHz, s.filterOrderPerPass(), s.minVisibility(), s.padSeconds());
      return new AnalysisConfig(signal,
          or(leanWatch, d.leanWatchDeg()), or(leanExcessive, d.leanExcessiveDeg()),
          lumbarWatch, lumbarExcessive,
          direction, rollDeg, heightCm, slowMotionFactor, d.minSteps(), d.minPoseFraction(),
          d.maxSideWidthRatio(), baseline == null ? null : lumbarBaseline(baseline));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("Invalid setting: " + OptionWords.of(e.getMessage(), OPTIONS));
    }
  }

  /** The settings' fields the options set, by the options' names. */
  private static final Map<String, String> OPTIONS = Map.of("cutoffHz", "--cutoff (the low-pass cut-off, Hz)",
      "camera roll", "--roll (the camera's roll)", "slow-motion factor", "--slow-motion (the slow-motion factor)",
      "runner height", "--height (the runner's height)", "lean thresholds", "--lean-watch and --lean-excessive",
      "lumbar thresholds", "--lumbar-watch and --lumbar-excessive");

  /** Both lumbar thresholds or neither: one alone would leave the other to a default there is not. */
  private void checkLumbarThresholds() throws BadInputException {
    if ((lumbarWatch == null) != (lumbarExcessive == null)) {
      throw new BadInputException("Invalid setting: --lumbar-watch and --lumbar-excessive go together; give both"
          + " (e.g. --lumbar-watch 4 --lumbar-excessive 6 for a runner of average build) or neither.");
    }
  }

  /** The wearable's records and the video's start on its clock, read before the video; null without --wearable. */
  private VideoAnalysis.Wearable wearable() throws BadInputException {
    if (wearable == null) {
      if (wearableStart != null) {
        throw new BadInputException("--wearable-start goes with --wearable FIT: give the wearable's file too.");
      }
      return null;
    }
    Instant start = null;
    if (wearableStart != null) {
      try {
        start = OffsetDateTime.parse(wearableStart).toInstant();
      } catch (DateTimeParseException e) {
        throw new BadInputException("--wearable-start " + wearableStart + ": not a time with its offset. Write it"
            + " as 2026-03-12T09:41:07+01:00 (or ...Z for UTC).");
      }
    }
    return new VideoAnalysis.Wearable(WearableRun.readFit(wearable), start);
  }

  /** The lumbar hollow of an earlier analysis of the same runner. */
  private static LumbarBaseline lumbarBaseline(Path given) throws BadInputException {
    Path file = AnalysisInput.locate(given);
    PostureAnalysis earlier = AnalysisInput.read(file, "baseline").analysis();
    return LumbarBaseline.from(earlier, String.format(Locale.ROOT, "%.1f%% in the analysis of %s (%s)",
        earlier.summary().lumbarDepthPct(), earlier.video().file().getFileName(), file))
        .orElseThrow(() -> new BadInputException(file + ": its lumbar curvature was not assessed, so it cannot be"
            + " the baseline. Give an analysis of the same runner in which the lower back was measured."));
  }

  private static double or(Double value, double fallback) {
    return value == null ? fallback : value;
  }

  private static void printSummary(PrintWriter out, Path source, PostureAnalysis a, WearableCheck wearable,
      List<Path> written) {
    PostureSummary s = a.summary();
    GaitCheck g = a.gait();
    int inOtherPasses = a.otherPasses().stream().mapToInt(p -> p.summary().framesWithPose()).sum();
    int leftOut = s.framesLeftOut() - inOtherPasses;
    out.printf(Locale.ROOT, "%s: person found in %d of %d frames%s%s; %s %s, ground slope %s° (%s); %s.%n",
        source.getFileName(), s.framesFound(), s.framesAnalysed(), inOtherPasses == 0 ? ""
            : ", " + inOtherPasses + " of them in another pass (below)", leftOut == 0 ? ""
            : ", " + leftOut + " of them left out (see the notes)", g.pattern() == GaitPattern.UNCLEAR
            ? "heading" : g.pattern().id(), a.view().direction().id(), PostureReport.degrees(a.view().rollDeg()),
        a.view().rollSource(),
        a.view().sideView() ? "side view" : "NOT a side view");
    if (s.cadenceStepsPerMin() != null) {
      boolean walking = g.pattern() == GaitPattern.WALKING;
      out.printf(Locale.ROOT, "%d steps, cadence %.0f steps/min%s.%n", s.steps(), s.cadenceStepsPerMin(),
          s.stanceMs() == null ? "; stance and " + (walking ? "double support" : "flight") + " times withheld: too"
              + " few frames a second (see the frame rate under Recording below)"
          : ", stance " + num(s.stanceMs()) + " ms, " + (walking ? "double support " + num(s.doubleSupportMs())
              : "flight " + num(s.flightMs())) + " ms");
    } else if (s.steps() > 0) {
      out.printf(Locale.ROOT, "%d %s; timing: %s.%n", s.steps(), s.steps() == 1 ? "step" : "steps",
          PostureReport.timing(g));
    }
    g.problems().forEach(p -> out.println("Gait check: " + p));
    a.insufficientReasons().forEach(r -> out.println("Insufficient data: " + r));
    for (Flag f : a.flags()) {
      out.printf(Locale.ROOT, "%-22s %-10s %s%n", f.title() + ":", f.stateLabel().toUpperCase(Locale.ROOT),
          f.unjudged() ? String.format(Locale.ROOT, "%s %s: one video cannot tell the back's arch from the build;"
              + " the baseline for the runner's next video (--baseline)", PostureReport.degrees(f.value()), f.unit())
          : f.value() != null ? String.format(Locale.ROOT, "%s %s (watch from %s, excessive from %s%s)",
              PostureReport.degrees(f.value()), f.unit(), PostureReport.number(f.watchAt()),
              PostureReport.number(f.excessiveAt()),
              f.borderline() ? "; " + Flag.nearLine(f.borderlineTo()) : "")
              // A finding of its own not given: why (the reasons of a clip found insufficient are printed above).
              : a.sufficient() ? f.explanation() : "");
    }
    if (!a.leanStretches().isEmpty()) {
      out.println("The trunk lean did not hold one level: " + LeanStretch.listed(a.leanStretches())
          + "; the finding above is that of the stretch graded worst.");
    }
    for (PostureAnalysis p : a.otherPasses()) {
      int steps = p.summary().steps();
      String time = PostureReport.passTime(p);
      out.printf(Locale.ROOT, "Other pass, %s: %s %s, %d %s%s; %s.%n", time,
          p.gait().pattern() == GaitPattern.UNCLEAR ? "heading" : p.gait().pattern().id(), p.view().direction().id(),
          steps, steps == 1 ? "step" : "steps", p.summary().cadenceStepsPerMin() == null ? ""
              : String.format(Locale.ROOT, ", cadence %.0f steps/min", p.summary().cadenceStepsPerMin()),
          PostureReport.findingStates(p));
      String pass = "(pass " + time + "): ";
      p.insufficientReasons().forEach(r -> out.println("Insufficient data " + pass + r));
      PostureReport.passNotes(a, p).forEach(n -> out.println("Note " + pass + n));
    }
    if (a.settings().lumbarBaseline() != null) {
      out.println("The lower back is judged against the runner's baseline: "
          + a.settings().lumbarBaseline().source() + ".");
    }
    if (a.trend() != null) {
      out.println("Early and late in the run: " + a.trend().summary());
    }
    a.capture().stream().filter(c -> c.grade() == CaptureCheck.Grade.LIMITED)
        .forEach(c -> out.println("Recording: " + c.sentence()));
    if (wearable != null) {
      out.println("Wearable: " + wearable.summary() + " " + wearable.rows().stream()
          .filter(r -> r.runpose() != null && r.wearable() != null)
          .map(r -> String.format(Locale.ROOT, "%s: runpose %." + r.decimals() + "f, wearable %." + r.decimals() + "f",
              r.label(), r.runpose(), r.wearable()))
          .collect(Collectors.joining("; ")) + ".");
    }
    a.notes().forEach(n -> out.println("Note: " + n));
    out.println("This is a screening aid, not a diagnosis.");
    written.forEach(p -> out.println("Wrote " + p));
  }

  private static String num(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
  }
}
