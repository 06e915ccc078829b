package org.runpose.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.runpose.eval.RealClip;
import org.runpose.eval.RealEvaluation;
import org.runpose.eval.RealResult;
import org.runpose.pose.KeypointsFile;
import org.runpose.posture.VideoPose;

/**
 * A committed real clip analysed through the command line with the real model.
 *
 * @param run what the command printed and returned
 * @param analysis its analysis.json
 * @param out the folder it wrote
 */
record RealClipRun(CliRunner run, JsonNode analysis, Path out) {

  static RealClipRun analyse(Path clip, Path out) throws Exception {
    CliRunner run = CliRunner.run("analyze", clip.toString(), "-o", out.toString(), "--no-overlay", "-q");
    return new RealClipRun(run, new ObjectMapper().readTree(out.resolve("analysis.json").toFile()), out);
  }

  /** The keypoints it saved, scored against the clip's hand annotation in sample-videos/real. */
  RealResult scored(String name) throws Exception {
    VideoPose saved = VideoPose.ofKeypoints(KeypointsFile.readJson(out.resolve("keypoints.json")));
    List<RealClip> clips = RealClip.find(List.of(Path.of("sample-videos/real")), List.of()).stream()
        .filter(c -> c.labels().name().equals(name)).toList();
    return RealEvaluation.run(clips, clip -> saved).clips().get(0);
  }
}
