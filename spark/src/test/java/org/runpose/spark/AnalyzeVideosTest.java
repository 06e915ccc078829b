package org.runpose.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on Spark in local mode with two task threads, on three sample clips and a corrupt file, with the real
 * model: three analyses, a table of four rows read back with Spark, the corrupt one with its error; run again, the
 * three are skipped.
 */
class AnalyzeVideosTest {

  private static final Path SAMPLES = Path.of("../sample-videos");
  private static final List<String> CLIPS = List.of("run_side_lean05.mp4", "run_lean18.mp4", "run_lumbar20.mp4");

  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("runpose test").config("spark.ui.enabled", false)
        .config("spark.sql.shuffle.partitions", 2).getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void analysesEachVideoOnceAndListsTheCorruptOneWithItsError() throws Exception {
    Path input = Files.createDirectories(dir.resolve("videos"));
    for (String clip : CLIPS) {
      Files.copy(SAMPLES.resolve(clip), input.resolve(clip));
    }
    Files.write(input.resolve("broken.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 1, 2});
    Path output = dir.resolve("out");

    AnalyzeVideos.Summary first = AnalyzeVideos.run(spark, input.toUri().toString(), output.toString(), null);
    assertThat(first.analysed()).isEqualTo(3);
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.skipped()).isZero();
    try (Stream<Path> analyses = Files.list(output.resolve("analyses"))) {
      List<Path> folders = analyses.toList();
      assertThat(folders).hasSize(3);
      for (Path f : folders) {
        assertThat(f.resolve("analysis.json")).isRegularFile();
        assertThat(f.resolve("report.pdf")).isRegularFile();
        assertThat(f.resolve(VideoTask.DONE)).isRegularFile();
        try (Stream<Path> files = Files.list(f)) {
          assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
      }
    }

    List<Row> rows = spark.read().parquet(output.resolve("findings.parquet").toString()).orderBy("source")
        .collectAsList();
    assertThat(rows).hasSize(4);
    Row broken = rows.get(0);
    assertThat(broken.<String>getAs("source")).endsWith("broken.mp4");
    assertThat(broken.<String>getAs("status")).isEqualTo("failed");
    assertThat(broken.<String>getAs("error")).contains("broken.mp4").doesNotContain("runpose-task");
    Row lean18 = rows.stream().filter(r -> r.<String>getAs("source").endsWith("run_lean18.mp4")).findFirst()
        .orElseThrow();
    assertThat(lean18.<String>getAs("status")).isEqualTo("analysed");
    assertThat(lean18.<Double>getAs("lean_deg")).isBetween(12.0, 22.0);
    assertThat(lean18.<String>getAs("lean_severity")).isIn("watch", "excessive");
    assertThat(lean18.<Integer>getAs("passes")).isEqualTo(1);
    assertThat(lean18.<String>getAs("other_passes")).isEmpty();
    assertThat(lean18.<String>getAs("worst_severity")).isEqualTo(lean18.<String>getAs("lean_severity"));
    assertThat(lean18.<String>getAs("sha256")).hasSize(64);
    assertThat(lean18.<String>getAs("model_sha256")).hasSize(64);
    assertThat(spark.read().option("header", true).csv(output.resolve("findings-csv").toString()).count())
        .isEqualTo(4);

    AnalyzeVideos.Summary again = AnalyzeVideos.run(spark, input.toUri().toString(), output.toString(), null);
    assertThat(again.skipped()).isEqualTo(3);
    assertThat(again.analysed()).isZero();
    assertThat(spark.read().parquet(output.resolve("findings.parquet").toString()).count()).isEqualTo(4);

    // A list naming a video twice, a bad line, and a copy of an analysed video under another name.
    Files.copy(input.resolve("run_lean18.mp4"), input.resolve("copy of lean18.mp4"));
    Files.writeString(input.resolve("videos.txt"), "# the visits of March\nrun_lean18.mp4\nrun_lean18.mp4\n"
        + "copy of lean18.mp4\nclip:1.mp4\n");
    AnalyzeVideos.Summary listed = AnalyzeVideos.run(spark, input.resolve("videos.txt").toString(),
        output.toString(), null);
    assertThat(listed.skipped()).isEqualTo(1);
    assertThat(listed.analysed()).isEqualTo(1);
    assertThat(listed.failed()).isEqualTo(1);
    List<Row> table = spark.read().parquet(output.resolve("findings.parquet").toString()).orderBy("source")
        .collectAsList();
    assertThat(table).hasSize(3);
    assertThat(table.stream().filter(r -> r.<String>getAs("source").endsWith("clip:1.mp4")).findFirst()
        .orElseThrow().<String>getAs("error")).isNotBlank();
  }
}
