package org.runpose.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.runpose.video.VideoFiles;

/**
 * {@code spark-submit --class org.runpose.spark.AnalyzeVideos runpose-spark.jar INPUT OUTPUT [--models DIR]}: every
 * video of a folder, a glob or a list file, on any Hadoop file system, analysed as {@code runpose analyze} does, one
 * task per video; each into {@code OUTPUT/analyses/<name>-<sha>/}, and one findings table for all of them in
 * {@code OUTPUT/findings.parquet} and {@code OUTPUT/findings-csv/}.
 */
public final class AnalyzeVideos {

  /** A list file names one video a line; blank lines and lines starting with # are left out. */
  private static final List<String> LIST_EXTENSIONS = List.of(".txt", ".list", ".lst");

  private AnalyzeVideos() {}

  /**
   * What one run did.
   *
   * @param analysed videos analysed now
   * @param skipped videos analysed by an earlier run with the same content, model and settings
   * @param failed videos that could not be analysed (each a row with its error)
   * @param wallSeconds the run's duration
   */
  public record Summary(long analysed, long skipped, long failed, double wallSeconds) {
    /** Videos per hour of this run, the skipped ones left out. */
    public double videosPerHour() {
      return wallSeconds <= 0 ? 0 : (analysed + failed) * 3600 / wallSeconds;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2 && !(args.length == 4 && args[2].equals("--models"))) {
      System.err.println("usage: AnalyzeVideos INPUT OUTPUT [--models DIR]\n  INPUT: a folder of videos, a glob"
          + " (quote it) or a list file (.txt, one video a line), on any Hadoop file system\n  OUTPUT: the folder"
          + " for the analyses and the findings table");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("runpose AnalyzeVideos").getOrCreate();
    try {
      Summary s = run(spark, args[0], args[1], args.length == 4 ? args[3] : null);
      print(System.out, s);
    } finally {
      spark.stop();
    }
  }

  /** Analyses every video of {@code input} into {@code output}. */
  public static Summary run(SparkSession spark, String input, String output, String modelsDir) throws IOException {
    long start = System.nanoTime();
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> videos = videos(input, conf);
    if (videos.isEmpty()) {
      throw new IOException(input + ": no videos found (looked for ." + String.join(", .", VideoFiles.EXTENSIONS)
          + ", or a list file). Give a folder of videos, a glob or a list file.");
    }
    String analyses = new Path(output, "analyses").toString();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // The executors read and write with the driver's file system settings (spark.hadoop.*: keys, endpoints).
    Broadcast<Map<String, String>> settings = jsc.broadcast(settings(conf));
    List<FindingsRow> rows = jsc.parallelize(videos, videos.size())
        .map(v -> VideoTask.run(v, analyses, modelsDir, settings.value())).collect();
    Dataset<Row> table = spark.createDataFrame(rows.stream().map(FindingsRow::toRow).toList(), FindingsRow.SCHEMA)
        .orderBy("source");
    table.write().mode(SaveMode.Overwrite).parquet(new Path(output, "findings.parquet").toString());
    table.coalesce(1).write().mode(SaveMode.Overwrite).option("header", true)
        .csv(new Path(output, "findings-csv").toString());
    return new Summary(count(rows, "analysed"), count(rows, "skipped"), count(rows, "failed"),
        (System.nanoTime() - start) / 1e9);
  }

  static void print(PrintStream out, Summary s) {
    out.printf(Locale.ROOT, "runpose AnalyzeVideos: %d analysed, %d failed, %d skipped (analysed before) in %.1f s:"
        + " %.0f videos an hour%n", s.analysed(), s.failed(), s.skipped(), s.wallSeconds(), s.videosPerHour());
  }

  private static Map<String, String> settings(Configuration conf) {
    Map<String, String> all = new HashMap<>();
    conf.forEach(e -> all.put(e.getKey(), e.getValue()));
    return all;
  }

  private static long count(List<FindingsRow> rows, String status) {
    return rows.stream().filter(r -> r.status().equals(status)).count();
  }

  /** The videos {@code input} names: a glob's matches, a folder's videos, a list file's lines, or one video. */
  static List<String> videos(String input, Configuration conf) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    List<String> videos = new ArrayList<>();
    if (input.matches(".*[*?\\[{].*")) {
      FileStatus[] matches = fs.globStatus(path);
      boolean animations = VideoFiles.patternNamesAnimations(path.getName());
      for (FileStatus f : matches == null ? new FileStatus[0] : matches) {
        String name = f.getPath().getName();
        if (f.isFile() && (animations ? VideoFiles.isVideoOrAnimationName(name) : VideoFiles.isVideoName(name))) {
          videos.add(f.getPath().toString());
        }
      }
    } else if (fs.getFileStatus(path).isDirectory()) {
      for (FileStatus f : fs.listStatus(path)) {
        if (f.isFile() && VideoFiles.isVideoName(f.getPath().getName())) {
          videos.add(f.getPath().toString());
        }
      }
    } else if (LIST_EXTENSIONS.stream().anyMatch(e -> path.getName().toLowerCase(Locale.ROOT).endsWith(e))) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(path), StandardCharsets.UTF_8))) {
        r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .map(l -> listed(path, l)).forEach(videos::add);
      }
    } else {
      videos.add(fs.getFileStatus(path).getPath().toString());
    }
    // One task per video: a video named twice is analysed once.
    return videos.stream().distinct().sorted().toList();
  }

  /**
   * A list file's line: relative to the list's folder; a line that is no valid path is kept as it is, and its task
   * reports it, so one bad line does not stop the others.
   */
  private static String listed(Path list, String line) {
    try {
      return new Path(list.getParent(), line).toString();
    } catch (IllegalArgumentException e) {
      return line;
    }
  }
}
