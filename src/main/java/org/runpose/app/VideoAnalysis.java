package org.runpose.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.runpose.BadInputException;
import org.runpose.RunposeException;
import org.runpose.io.Json;
import org.runpose.io.OutputFolder;
import org.runpose.io.StagedOutput;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.KeypointsFile;
import org.runpose.pose.PoseSeries;
import org.runpose.pose.RepeatedFrame;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.AnalysisFiles;
import org.runpose.posture.AnalysisResult;
import org.runpose.posture.EvidenceFrame;
import org.runpose.posture.EvidenceFrames;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.VideoPose;
import org.runpose.report.Charts;
import org.runpose.report.PostureReport;
import org.runpose.report.ReportDocument.Picture;
import org.runpose.report.ReportFiles;
import org.runpose.video.PrefetchingFrameSource;
import org.runpose.wearable.WearableCheck;
import org.runpose.wearable.WearableRun;

/**
 * One analysis from start to end, with every output it writes: the one place the command line, a web app and a
 * batch job call, so each gets the same files from the same steps.
 */
public final class VideoAnalysis {

  /** The video with the measures drawn on every frame. */
  public static final String OVERLAY = "overlay.mp4";

  /** The evidence stills' titles, captions and file names ({@code evidence-1.jpg}, ...), in the report's order. */
  public static final String STILLS = "evidence.json";
  /** The wearable's figures beside runpose's, when a wearable's file was given. */
  public static final String WEARABLE = "wearable.json";

  /**
   * The names of every file an analysis may write: those of an earlier analysis in the folder that this one does not
   * write again (its overlay, a fourth still) go, so that the folder holds one analysis.
   */
  static final Pattern OUTPUT_NAMES = Pattern.compile("analysis\\.json|frames\\.csv|steps\\.csv|report\\.(html|pdf)"
      + "|evidence(-\\d+\\.jpg|\\.json)|keypoints\\.json|overlay\\.mp4|wearable\\.json");
  /** The same, of an analysis of saved keypoints, which leaves the keypoints it read (and their video's) as they are. */
  static final Pattern FROM_KEYPOINTS_NAMES = Pattern.compile("analysis\\.json|frames\\.csv|steps\\.csv"
      + "|report\\.(html|pdf)|evidence(-\\d+\\.jpg|\\.json)|overlay\\.mp4|wearable\\.json");

  /**
   * Widest still written as a file. Stills are drawn at most 720 px on the short side ({@link
   * org.runpose.video.OverlayPass#MAX_SHORT_SIDE_PX}), which leaves a very wide frame wider than this.
   */
  private static final int STILL_FILE_MAX_WIDTH_PX = 1280;

  /**
   * What the analysis draws besides the report.
   *
   * @param overlayVideo whether to write {@link #OVERLAY}, the video with the measures on every frame
   * @param blurFaces whether the runner's face is pixelated in the overlay and the stills (and so in the report), for
   *     pictures shared beyond the clinic
   */
  public record Pictures(boolean overlayVideo, boolean blurFaces) {}

  /**
   * One evidence still written beside the report.
   *
   * @param file its file name in the analysis folder
   */
  public record Still(String file, String title, String caption) {}

  private VideoAnalysis() {}

  /**
   * What one analysis produced.
   *
   * @param analysis the findings and measures
   * @param wearable a wearable's figures beside runpose's, or null when none was given
   * @param written the files written, in their final place
   */
  public record Outputs(PostureAnalysis analysis, WearableCheck wearable, List<Path> written) {
    public Outputs {
      written = List.copyOf(written);
    }
  }

  /**
   * Finds the keypoints in every frame, analyses them, and writes the analysis, report, keypoints, stills and (when
   * {@code pictures} says so) the overlay video into {@code dir}, all or nothing.
   *
   * @param onFrame called after each frame read, on every pass over the video (for progress); to cancel, it throws
   *     {@link java.util.concurrent.CancellationException}, which ends the analysis with nothing written
   */
  public static Outputs ofVideo(Path video, Path dir, BlazePoseModel model, AnalysisConfig config,
      Pictures pictures, Runnable onFrame) throws RunposeException, IOException {
    return ofVideo(video, dir, model, config, pictures, null, false, onFrame);
  }

  /**
   * The running dynamics a wearable recorded during the filmed run, to put beside runpose's.
   *
   * @param run the wearable's records
   * @param start when the video started on the wearable's clock; null to take the video's recording time
   */
  public record Wearable(WearableRun run, Instant start) {
    public Wearable {
      Objects.requireNonNull(run, "run");
    }
  }

  /**
   * As above, and with a wearable's figures beside runpose's in {@value #WEARABLE} and the report (null: none).
   *
   * @param everyFrame read every frame of a video faster than 30 frames a second, not every second (third, ...)
   */
  public static Outputs ofVideo(Path video, Path dir, BlazePoseModel model, AnalysisConfig config,
      Pictures pictures, Wearable wearable, boolean everyFrame, Runnable onFrame)
      throws RunposeException, IOException {
    return ofVideo(video, video, dir, model, config, pictures, wearable, everyFrame, onFrame);
  }

  /**
   * As above, the video stored at {@code video} but named {@code shownAs} in every output: an upload the web app
   * keeps under an id of its own.
   */
  public static Outputs ofVideo(Path video, Path shownAs, Path dir, BlazePoseModel model, AnalysisConfig config,
      Pictures pictures, Wearable wearable, boolean everyFrame, Runnable onFrame)
      throws RunposeException, IOException {
    refuseToReplace(video, dir, OUTPUT_NAMES);
    VideoPose read = VideoPose.extract(PrefetchingFrameSource.opener(video), model, everyFrame, onFrame);
    VideoPose pose = shownAs.equals(video) ? read : read.ofVideoNamed(shownAs);
    AnalysisResult result = pose.analyze(config);
    WearableCheck check = wearable == null ? null
        : WearableCheck.of(result.analysis(), wearable.run(), wearable.start());
    List<EvidenceFrame> evidence = EvidenceFrames.choose(result.analysis());
    Set<Integer> repeated = pose.series().repeatedFrames().stream().map(RepeatedFrame::index)
        .collect(Collectors.toSet());
    return write(dir, result.analysis(), check, pose.series(), out -> OverlayRenderer.render(video, result,
        pictures.overlayVideo() ? out.reserve(OVERLAY) : null, evidence, repeated, pictures.blurFaces(), onFrame));
  }

  /** Analyses saved keypoints (without the lumbar curvature and ground line, which need the video). */
  public static Outputs ofKeypoints(Path keypoints, Path dir, AnalysisConfig config)
      throws RunposeException, IOException {
    refuseToReplace(keypoints, dir, FROM_KEYPOINTS_NAMES);
    VideoPose pose = VideoPose.ofKeypoints(KeypointsFile.readJson(keypoints));
    return write(dir, pose.analyze(config).analysis(), null, null, out -> List.of());
  }

  /** Refuses an output folder in which an output would replace the file the analysis reads. */
  private static void refuseToReplace(Path input, Path dir, Pattern outputs) throws BadInputException {
    if (OutputFolder.replacing(dir, name -> outputs.matcher(name).matches(), input) != null) {
      throw new BadInputException(input + ": runpose keeps its results under this name in " + dir + ", so the"
          + " analysis would replace it. Choose another folder for the results (-o), or rename the file.");
    }
  }

  private static void stageStills(StagedOutput out, List<Picture> stills) throws IOException {
    List<Still> index = new ArrayList<>();
    for (Picture p : stills) {
      Still still = new Still("evidence-" + (index.size() + 1) + ".jpg", p.title(), p.caption());
      byte[] jpeg = Charts.jpeg(p.image(), STILL_FILE_MAX_WIDTH_PX);
      out.write(still.file(), o -> o.write(jpeg));
      index.add(still);
    }
    out.write(STILLS, o -> Json.MAPPER.writeValue(o, index));
  }

  /** The local time a report is made, to the minute, with its offset: what a therapist files it under. */
  public static String generatedAt() {
    return OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'xxx"));
  }

  /** Whether the folder holds an analysis runpose wrote (its analysis.json names the runpose that wrote it). */
  private static boolean holdsAnalysis(Path dir) {
    Path earlier = dir.resolve(AnalysisFiles.JSON);
    if (!Files.isRegularFile(earlier)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(earlier)) {
      return new String(in.readNBytes(EARLIER_HEAD_BYTES), StandardCharsets.UTF_8).contains("\"runposeVersion\"");
    } catch (IOException e) {
      return false;
    }
  }

  /** runposeVersion is the second field of every analysis.json, within its first lines. */
  private static final int EARLIER_HEAD_BYTES = 200;

  /** Draws what needs the video into the staged output, and returns the stills for the report. */
  @FunctionalInterface
  private interface Drawing {
    List<Picture> draw(StagedOutput out) throws RunposeException, IOException;
  }

  /**
   * Writes every output of one analysis, all or nothing; {@code series} is null when the analysis came from saved
   * keypoints, {@code wearable} when no wearable's figures were given.
   */
  private static Outputs write(Path dir, PostureAnalysis analysis, WearableCheck wearable, PoseSeries series,
      Drawing drawing) throws RunposeException, IOException {
    StagedOutput staged = StagedOutput.in(dir);
    // Only over an earlier analysis do files of these names belong to runpose; elsewhere they may be the user's.
    if (holdsAnalysis(dir)) {
      staged.replacingOthers(series != null ? OUTPUT_NAMES : FROM_KEYPOINTS_NAMES);
    }
    try (StagedOutput out = staged) {
      List<Picture> stills = drawing.draw(out);
      AnalysisFiles.stage(out, analysis);
      if (wearable != null) {
        out.write(WEARABLE, o -> Json.MAPPER.writeValue(o, wearable));
      }
      ReportFiles.stage(out, PostureReport.document(analysis, wearable, stills, generatedAt()), "report");
      stageStills(out, stills);
      if (series != null) {
        out.write("keypoints.json", o -> KeypointsFile.writeJson(series, o));
      }
      return new Outputs(analysis, wearable, out.commit());
    }
  }
}
