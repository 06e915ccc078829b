package org.runpose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.runpose.RunposeException;
import org.runpose.app.VideoAnalysis;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.ModelTimings;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseTracker;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.VideoPose;
import org.runpose.video.ClipParts;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.FrameSource;
import org.runpose.video.PrefetchingFrameSource;
import org.runpose.video.VideoFrame;
import org.runpose.video.VideoInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runpose bench VIDEO}: speed and memory of the keypoint pipeline, printed, nothing written. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    subcommands = TrainingBenchCommand.class,
    description = "Measures frames/s of the pose loop, model time per frame and peak memory on a video, then"
        + " each stage of the whole analysis over the whole clip; 'bench training LOG' times a training log.")
final class BenchCommand implements Callable<Integer> {

  /** Optional for picocli, which would otherwise ask for it before 'bench training'; required in {@link #call}. */
  @Parameters(paramLabel = "VIDEO", arity = "0..1",
      description = "Video to run on; replayed until --frames frames are done.")
  Path video;

  @Option(names = "--frames", defaultValue = "300", description = "Frames to time (default: ${DEFAULT-VALUE}).")
  int frames;

  @Option(names = "--warmup", defaultValue = "20", description = "Untimed frames first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Mixin ModelOptions model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws RunposeException, IOException {
    if (video == null) {
      throw new org.runpose.BadInputException("Give a VIDEO to time (or 'runpose bench training LOG' for a training"
          + " log).");
    }
    if (frames <= 0 || warmup < 0) {
      throw new org.runpose.BadInputException("--frames must be > 0 and --warmup >= 0");
    }
    long loadStart = System.nanoTime();
    double[] decodeMs = new double[frames];
    double[] frameMs = new double[frames];
    int timed = 0;
    int seen = 0;
    int passes = 0;
    int detectorRunsTimed = 0;
    double[] detectorMs = new double[0];
    double[] landmarkMs = new double[0];
    long wallNanos = 0;
    VideoInfo info;
    String engine;
    try (BlazePoseModel poseModel = model.load()) {
      double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
      engine = poseModel.info().engine() + ", intra-op threads " + BlazePoseModel.engineThreads()
          + (poseModel.allocatorTuned() ? ", allocator tuned" : ", default allocator");
      do {
        passes++;
        try (FrameSource source = new PrefetchingFrameSource(
            FfmpegFrameSource.open(video, PrefetchingFrameSource.POSE_MAX_SHORT_SIDE_PX));
            PoseTracker tracker = poseModel.newTracker(PoseConfig.DEFAULT)) {
          info = source.info();
          int detectorBefore = 0;
          int landmarkBefore = 0;
          while (timed < frames) {
            long t0 = System.nanoTime();
            Optional<VideoFrame> frame = source.next();
            if (frame.isEmpty()) {
              break;
            }
            long t1 = System.nanoTime();
            tracker.estimate(frame.get());
            long t2 = System.nanoTime();
            ModelTimings mt = tracker.timings();
            if (seen++ < warmup) {
              detectorBefore = mt.detectorRuns();
              landmarkBefore = mt.landmarkRuns();
              continue;
            }
            decodeMs[timed] = (t1 - t0) / 1e6;
            frameMs[timed] = (t2 - t0) / 1e6;
            wallNanos += t2 - t0;
            timed++;
          }
          ModelTimings mt = tracker.timings();
          double[] d = mt.detectorMillis();
          double[] l = mt.landmarkMillis();
          detectorMs = concat(detectorMs, Arrays.copyOfRange(d, detectorBefore, d.length));
          landmarkMs = concat(landmarkMs, Arrays.copyOfRange(l, landmarkBefore, l.length));
          detectorRunsTimed += d.length - detectorBefore;
        }
        if (seen == 0) {
          throw new org.runpose.BadInputException(video + ": has no frames to time.");
        }
      } while (timed < frames);
      print(info, engine, loadSeconds, passes, timed, detectorRunsTimed, decodeMs, frameMs, detectorMs,
          landmarkMs, wallNanos);
      printStages(info, stages(poseModel, info, (sum(detectorMs) + sum(landmarkMs)) / timed));
    }
    return 0;
  }

  /**
   * One stage of the whole analysis, timed over the whole clip.
   *
   * @param name what ran
   * @param frames frames it went through
   * @param seconds its wall time
   * @param peakResidentMb the process's peak resident memory during it (Linux), or null
   */
  record Stage(String name, int frames, double seconds, Double peakResidentMb) {}

  /**
   * Times each stage of an analysis over the whole clip, cheapest first: decoding alone, the networks alone on one
   * thread (their time per frame in the steady-state loop, times the frames the pose pass reads), the pose pass
   * (decode, networks, masks, scene edges; two parts at once on a clip of 4 s or more), and the whole analysis as
   * {@code analyze} runs it, without and with the overlay video. Each stage's peak memory is measured from a reset
   * of the kernel's peak counter.
   */
  private List<Stage> stages(BlazePoseModel poseModel, VideoInfo info, double modelMsPerFrame)
      throws RunposeException, IOException {
    List<Stage> stages = new ArrayList<>();
    resetPeakResident();
    long t0 = System.nanoTime();
    int frames = 0;
    try (FrameSource source = FfmpegFrameSource.open(video)) {
      while (source.next().isPresent()) {
        frames++;
      }
    }
    stages.add(new Stage("decode only", frames, (System.nanoTime() - t0) / 1e9, peakResidentMb()));
    // The networks see the frames the pose pass reads: every second one of a 60 fps clip.
    int step = info.frameStep(PoseConfig.DEFAULT.maxFps());
    int read = (frames + step - 1) / step;
    stages.add(new Stage("networks, one thread", frames, read * modelMsPerFrame / 1e3, null));
    resetPeakResident();
    t0 = System.nanoTime();
    VideoPose.extract(PrefetchingFrameSource.opener(video), poseModel, () -> { });
    stages.add(new Stage("pose pass", frames, (System.nanoTime() - t0) / 1e9, peakResidentMb()));
    Path scratch = Files.createTempDirectory("runpose-bench");
    try {
      for (boolean overlay : new boolean[] {false, true}) {
        resetPeakResident();
        t0 = System.nanoTime();
        VideoAnalysis.ofVideo(video, scratch.resolve(overlay ? "overlay" : "no-overlay"), poseModel,
            AnalysisConfig.DEFAULT, new VideoAnalysis.Pictures(overlay, false), () -> { });
        stages.add(new Stage(overlay ? "analyze" : "analyze --no-overlay", frames, (System.nanoTime() - t0) / 1e9,
            peakResidentMb()));
      }
      if (step > 1) {
        // What reading every frame costs, where the default reads fewer.
        resetPeakResident();
        t0 = System.nanoTime();
        VideoAnalysis.ofVideo(video, scratch.resolve("every-frame"), poseModel, AnalysisConfig.DEFAULT,
            new VideoAnalysis.Pictures(false, false), null, true, () -> { });
        stages.add(new Stage("analyze --no-overlay --every-frame", frames, (System.nanoTime() - t0) / 1e9,
            peakResidentMb()));
      }
    } finally {
      deleteTree(scratch);
    }
    return stages;
  }

  /** Deletes a bench's scratch folder with everything in it. */
  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }

  private void printStages(VideoInfo info, List<Stage> stages) {
    PrintWriter out = spec.commandLine().getOut();
    double clipSeconds = info.durationMicros() / 1e6;
    out.printf(Locale.ROOT, "%nwhole clip, %.1f s, %d frames:%n", clipSeconds, stages.get(0).frames());
    out.printf(Locale.ROOT, "%-34s %10s %9s %12s %10s%n", "stage", "seconds", "frames/s", "x clip time",
        "peak RSS");
    for (Stage st : stages) {
      out.printf(Locale.ROOT, "%-34s %10.1f %9.1f %12.2f %10s%n", st.name(), st.seconds(), st.frames() / st.seconds(),
          st.seconds() / clipSeconds, st.peakResidentMb() == null ? "-" : String.format(Locale.ROOT, "%.0f MB",
              st.peakResidentMb()));
    }
    if (ClipParts.splitMicros(info.durationMicros()) != Long.MAX_VALUE) {
      out.println("The pose pass and the overlay read this clip as two parts at once, each on a thread of its own; the"
          + " networks row is their time on one thread.");
    }
  }

  private static double sum(double[] values) {
    return Arrays.stream(values).sum();
  }

  /** Lets the kernel count the peak resident memory afresh (Linux; elsewhere nothing happens). */
  private static void resetPeakResident() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | UnsupportedOperationException e) {
      // Not Linux, or not allowed: the peak then counts from the start of the process.
    }
  }

  private void print(VideoInfo info, String engine, double loadSeconds, int passes, int timed, int detectorRuns,
      double[] decodeMs, double[] frameMs, double[] detectorMs, double[] landmarkMs, long wallNanos) {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("runpose bench: %s (%dx%d, %.2f fps), model %s, %s, %d CPU cores%n", info.file().getFileName(),
        info.widthPx(), info.heightPx(), info.fps(), model.variant.id(), engine,
        Runtime.getRuntime().availableProcessors());
    out.printf("model load          : %.2f s%n", loadSeconds);
    out.printf("frames timed        : %d after %d warm-up frames (%d %s over the clip)%n", timed, warmup,
        passes, passes == 1 ? "pass" : "passes");
    out.printf("end to end          : %.1f frames/s (mean %.1f ms/frame; median %.1f, p90 %.1f)%n",
        timed / (wallNanos / 1e9), wallNanos / 1e6 / timed, percentile(frameMs, 50), percentile(frameMs, 90));
    out.printf("wait for next frame : median %.2f ms/frame (decoded ahead on another thread)%n",
        percentile(decodeMs, 50));
    out.printf("detector (model)    : ran on %d of %d frames (%.1f%%); median %.1f ms, p90 %.1f ms%n",
        detectorRuns, timed, 100.0 * detectorRuns / timed, percentile(detectorMs, 50), percentile(detectorMs, 90));
    out.printf("landmarks (model)   : median %.1f ms, p90 %.1f ms per run%n", percentile(landmarkMs, 50),
        percentile(landmarkMs, 90));
    out.printf("peak memory         : resident %s, Java heap %.0f MB%n", peakResident(), peakHeapMb());
  }

  static double percentile(double[] values, double p) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Peak resident set size of the process, native libraries included (Linux); "n/a" elsewhere. */
  static String peakResident() {
    Double mb = peakResidentMb();
    return mb == null ? "n/a" : String.format(Locale.ROOT, "%.0f MB", mb);
  }

  private static Double peakResidentMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  static double peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1024.0 / 1024.0;
  }
}
