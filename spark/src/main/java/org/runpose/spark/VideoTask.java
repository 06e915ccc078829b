package org.runpose.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.runpose.RunposeException;
import org.runpose.RunposeVersion;
import org.runpose.app.VideoAnalysis;
import org.runpose.io.Json;
import org.runpose.io.Sha256;
import org.runpose.pose.BlazePoseModel;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.PostureAnalysis;

/**
 * One video on an executor: fetched to a local file (FFmpeg reads local files), analysed by the command line's own
 * {@link VideoAnalysis} into a local folder, which is then copied to the output file system. A video analysed before
 * with the same content, model and settings is skipped; one that fails becomes a row with its error.
 */
final class VideoTask {

  /** No overlay video for an archive; the faces as filmed, the archive staying where the recordings are. */
  private static final VideoAnalysis.Pictures PICTURES = new VideoAnalysis.Pictures(false, false);

  /** Written last into a video's output folder: the key it was analysed under, and its row. */
  static final String DONE = "runpose-spark.json";

  private VideoTask() {}

  /**
   * @param source the video, on any Hadoop file system
   * @param analyses the folder that holds one analysis folder per video
   * @param modelsDir the model folder on the executors, or null (see {@link ModelHolder#model})
   * @param settings the driver's Hadoop settings (file systems, their keys and endpoints)
   */
  static FindingsRow run(String source, String analyses, String modelsDir, Map<String, String> settings) {
    String version = RunposeVersion.get().runpose();
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    Path work = null;
    Path video = null;
    String sha = null;
    try {
      work = Files.createTempDirectory("runpose-task");
      org.apache.hadoop.fs.Path in = new org.apache.hadoop.fs.Path(source);
      video = work.resolve("video" + extension(in.getName()));
      FileSystem inFs = in.getFileSystem(conf);
      try (InputStream from = inFs.open(in)) {
        Files.copy(from, video);
      }
      sha = Sha256.of(video);
      BlazePoseModel model = ModelHolder.model(modelsDir);
      String key = key(sha, model);
      org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(analyses, folderName(in.getName(), sha));
      FileSystem outFs = out.getFileSystem(conf);
      // No .crc file beside each output on a local or mounted disk: HDFS and object stores keep their own.
      outFs.setWriteChecksum(false);
      FindingsRow earlier = earlier(outFs, out, key);
      if (earlier != null) {
        return earlier.skipped(source);
      }
      Path local = work.resolve("analysis");
      PostureAnalysis analysis = VideoAnalysis.ofVideo(video, local, model, AnalysisConfig.DEFAULT, PICTURES, () -> { })
          .analysis();
      FindingsRow row = FindingsRow.of(source, sha, "analysed", out.toString(), analysis);
      ObjectNode done = Json.MAPPER.createObjectNode().put("key", key);
      done.set("row", Json.MAPPER.valueToTree(row));
      Files.write(local.resolve(DONE), Json.MAPPER.writeValueAsBytes(done));
      // Copied beside the final folder, then moved into place: a retried or speculative copy of this task, or
      // the same video listed under another name, never finds a half-written folder.
      org.apache.hadoop.fs.Path staging = new org.apache.hadoop.fs.Path(analyses, "." + out.getName() + "-"
          + UUID.randomUUID());
      outFs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), staging);
      outFs.delete(out, true);
      if (!outFs.rename(staging, out)) {
        outFs.delete(staging, true);
        if (earlier(outFs, out, key) == null) {
          throw new IOException(out + ": the analysis could not be moved into place");
        }
      }
      return row;
    } catch (RunposeException e) {
      // The message names the local copy; the user knows the video by its source.
      String message = video == null ? e.getMessage() : e.getMessage().replace(video.toString(), source);
      return FindingsRow.failed(source, sha, message, version);
    } catch (IOException e) {
      return FindingsRow.failed(source, sha, source + ": " + e.getMessage(), version);
    } catch (OutOfMemoryError e) {
      return FindingsRow.failed(source, sha, source + ": the video needs more memory than the executor has; raise"
          + " spark.executor.memory or trim the video", version);
    } catch (RuntimeException bug) {
      return FindingsRow.failed(source, sha, "internal error (" + bug + "); please report it", version);
    } finally {
      deleteQuietly(work);
    }
  }

  /**
   * What makes two analyses of a video the same: its content, the model, the settings, runpose's version and the
   * row's columns.
   */
  static String key(String videoSha256, BlazePoseModel model) throws IOException {
    String settings = Json.MAPPER.writeValueAsString(AnalysisConfig.DEFAULT);
    return Sha256.of((videoSha256 + "|" + model.info().detectorSha256() + "|" + model.info().landmarkSha256() + "|"
        + settings + "|" + RunposeVersion.get().runpose() + "|" + FindingsRow.COLUMNS_VERSION)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The row of an earlier run under the same key, or null. */
  private static FindingsRow earlier(FileSystem fs, org.apache.hadoop.fs.Path out, String key) throws IOException {
    org.apache.hadoop.fs.Path marker = new org.apache.hadoop.fs.Path(out, DONE);
    if (!fs.exists(marker)) {
      return null;
    }
    try (InputStream in = fs.open(marker)) {
      JsonNode done = Json.MAPPER.readTree(in);
      return key.equals(done.path("key").asText()) ? Json.MAPPER.treeToValue(done.get("row"), FindingsRow.class)
          : null;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return null; // a damaged marker: the video is analysed again
    }
  }

  /** The video's name and the start of its SHA-256: two videos of one name stay apart, a renamed one does not. */
  static String folderName(String fileName, String sha256) {
    int dot = fileName.lastIndexOf('.');
    String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    return stem + "-" + sha256.substring(0, 12);
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot) : "";
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary folder left behind; the executor's temp space is cleaned with the executor.
    }
  }
}
