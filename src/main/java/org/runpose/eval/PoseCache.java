package org.runpose.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.runpose.RunposeException;
import org.runpose.io.Json;
import org.runpose.io.Sha256;
import org.runpose.io.StagedOutput;
import org.runpose.pose.ModelInfo;
import org.runpose.posture.VideoPose;

/**
 * Keypoints and mask measures of clips already read through the model, so the analysis can be scored again without
 * the model: keyed by the clip's SHA-256 and the model files', so a changed clip or model is read afresh.
 */
public final class PoseCache {

  /** Reads a clip through the model. */
  @FunctionalInterface
  public interface Extraction {
    VideoPose run() throws RunposeException;
  }

  /** Raised whenever what the pose pass records changes, so older entries are read afresh. */
  private static final int FORMAT = 18;

  private final Path dir;
  private final boolean everyFrame;

  /**
   * @param everyFrame whether the clips are read whole ({@code --every-frame}): kept apart from those read at 30 fps
   */
  public PoseCache(Path dir, boolean everyFrame) {
    this.dir = dir;
    this.everyFrame = everyFrame;
  }

  /**
   * The cached pose of the clip, or the extraction's, which is then cached. A fresh extraction is returned as read
   * back from the cache: the file keeps four decimals, and the first run scores the same as the runs after it.
   */
  public VideoPose readOrExtract(Path video, ModelInfo model, Extraction extraction)
      throws IOException, RunposeException {
    String sha = Sha256.of(video);
    VideoPose pose = read(sha, model);
    if (pose == null) {
      VideoPose extracted = extraction.run();
      write(sha, model, extracted);
      VideoPose stored = read(sha, model);
      pose = stored != null ? stored : extracted;
    }
    return pose;
  }

  private Path file(String clipSha256, ModelInfo model) {
    return dir.resolve(clipSha256.substring(0, 16) + "-v" + FORMAT + "-" + model.variant() + "-"
        + model.landmarkSha256().substring(0, 12) + "-" + model.detectorSha256().substring(0, 12)
        + (everyFrame ? "-every-frame" : "") + ".json.gz");
  }

  /** The cached pose of a clip, or null when there is none (or it cannot be read). */
  VideoPose read(String clipSha256, ModelInfo model) {
    Path f = file(clipSha256, model);
    if (!Files.isRegularFile(f)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      return Json.MAPPER.readValue(in, VideoPose.class);
    } catch (IOException e) {
      return null;
    }
  }

  void write(String clipSha256, ModelInfo model, VideoPose pose) throws IOException {
    Files.createDirectories(dir);
    try (StagedOutput out = StagedOutput.in(dir)) {
      out.write(file(clipSha256, model).getFileName().toString(), o -> {
        try (OutputStream gz = new GZIPOutputStream(o)) {
          Json.MAPPER.writeValue(gz, pose);
        }
      });
      out.commit();
    }
  }
}
