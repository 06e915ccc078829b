package org.runpose.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.runpose.RunposeException;
import org.runpose.posture.AnalysisResult;
import org.runpose.posture.EvidenceFrame;
import org.runpose.posture.Flag;
import org.runpose.posture.FrameMetrics;
import org.runpose.posture.LumbarTrace;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.Skeleton;
import org.runpose.report.FramePainter;
import org.runpose.report.ReportDocument.Picture;
import org.runpose.video.OverlayPass;
import org.runpose.video.VideoFrame;

/** Draws an analysis over its video: the overlay video and the annotated evidence stills, from one decode. */
final class OverlayRenderer {

  private OverlayRenderer() {}

  /** How a pass's frames are drawn: by its painter, and with its back's outline or not. */
  private record Look(FramePainter painter, boolean lumbar) {}

  /** How a frame is drawn: as its pass's frames are, with its measures. */
  private record Shown(Look look, FrameMetrics metrics) {}

  /**
   * @param video the analysed video
   * @param result the analysis of that video, with its skeletons
   * @param overlay the MP4 file to write, or null for none
   * @param evidence the frames to hand back as stills, e.g. {@link org.runpose.posture.EvidenceFrames#choose}
   * @param repeated frames the pose pass left out because they repeat the picture before them: drawn as that one
   * @param blurFaces whether the runner's face is pixelated
   * @param onFrame called after each decoded frame
   * @return a still per evidence frame with its title and caption, in the same order; frames the video no longer
   *     has are left out
   * @throws RunposeException when the video cannot be read again or the overlay cannot be written
   */
  static List<Picture> render(Path video, AnalysisResult result, Path overlay, List<EvidenceFrame> evidence,
      Set<Integer> repeated, boolean blurFaces, Runnable onFrame) throws RunposeException {
    PostureAnalysis analysis = result.analysis();
    FramePainter painter = new FramePainter(analysis.view(), analysis.settings(), blurFaces);
    // Each frame is drawn as its pass measured it: the side toward the camera changes when the person turns round.
    // A lower back a pass could not measure is not shown per frame either: its outline is not trusted. One measured
    // but not judged (no baseline) is shown, in the colour of what was not judged.
    Map<PostureAnalysis, Look> lookOf = new IdentityHashMap<>();
    for (PostureAnalysis pass : analysis.passes()) {
      lookOf.put(pass, new Look(pass == analysis ? painter : new FramePainter(pass.view(), pass.settings(), blurFaces),
          pass.flag(Flag.LUMBAR).value() != null));
    }
    Map<Integer, Shown> shownAt = new HashMap<>();
    for (PostureAnalysis.PassFrame p : analysis.framesOfAllPasses()) {
      FrameMetrics f = p.frame();
      Look look = lookOf.get(p.analysis());
      shownAt.put(f.index(), new Shown(look, look.lumbar() ? f
          : new FrameMetrics(f.index(), f.timeSeconds(), f.found(), f.leanDeg(), null, f.stance())));
    }
    Set<Integer> keep = evidence.stream().map(EvidenceFrame::frameIndex).collect(Collectors.toSet());
    double slowdown = analysis.settings().slowMotionFactor() == null ? 1 : analysis.settings().slowMotionFactor();
    Supplier<OverlayPass.Painter> painters = () -> {
      // The last frame this painter drew from its own pose: its index and time stamp.
      long[] drawn = {-1, 0};
      return (VideoFrame frame) -> {
        boolean repeat = repeated.contains(frame.index()) && drawn[0] >= 0;
        int index = repeat ? (int) drawn[0] : frame.index();
        Optional<Skeleton> skeleton = result.skeletons().at(index);
        Shown at = shownAt.get(index);
        FrameMetrics m = at == null ? null : at.metrics();
        if (skeleton.isEmpty() || m == null) {
          return painter.unmeasured(frame.image(), m != null ? m.timeSeconds() : frame.timestampMicros() / 1e6
              / slowdown, frame.index());
        }
        if (!repeat) {
          drawn[0] = index;
          drawn[1] = frame.timestampMicros();
        }
        // A repeated picture is drawn as the one it repeats, labelled with its own frame and time.
        FrameMetrics shown = !repeat ? m : new FrameMetrics(frame.index(),
            m.timeSeconds() + (frame.timestampMicros() - drawn[1]) / 1e6 / slowdown, m.found(), m.leanDeg(),
            m.lumbarDepthPct(), m.stance());
        LumbarTrace trace = at.look().lumbar() ? result.lumbarTraces().get(index) : null;
        return at.look().painter().paint(frame.image(), skeleton.get().scaled(frame.scale()), shown,
            trace == null ? null : trace.scaled(frame.scale()));
      };
    };
    // The overlay shows the frames the pose pass read.
    Map<Integer, BufferedImage> painted =
        OverlayPass.run(video, overlay, keep, analysis.poseSettings().maxFps(), painters, onFrame);
    List<Picture> stills = new ArrayList<>();
    for (EvidenceFrame e : evidence) {
      BufferedImage image = painted.get(e.frameIndex());
      if (image != null) {
        String detail = String.format(Locale.ROOT, "%.2f s", e.timeSeconds());
        stills.add(new Picture(painter.still(image, e.title(), detail), e.title(), e.caption()));
      }
    }
    return List.copyOf(stills);
  }
}
