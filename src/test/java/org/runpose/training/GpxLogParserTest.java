package org.runpose.training;

import org.runpose.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.WayPoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpxLogParserTest {

  @TempDir Path dir;

  /** A track due east along the equator: 0.01 degrees of longitude are 1113.19 m on WGS84. */
  private static GPX run(Instant start, int points, long secondsApart, String type) {
    return GPX.builder().addTrack(track -> {
      if (type != null) {
        track.type(type);
      }
      track.addSegment(segment -> {
        for (int i = 0; i < points; i++) {
          segment.addPoint(WayPoint.of(0, i * 0.01, start.plusSeconds(i * secondsApart).toEpochMilli()));
        }
      });
    }).build();
  }

  private Path write(String name, GPX gpx) throws Exception {
    Path file = dir.resolve(name);
    GPX.Writer.DEFAULT.write(gpx, file);
    return file;
  }

  @Test
  void oneRunPerFileWithDistanceDurationTypeAndLocalDate() throws Exception {
    // 23:30 UTC is already the next day in Berlin
    Path file = write("run.gpx", run(Instant.parse("2024-03-04T23:30:00Z"), 10, 400, "Tempo"));
    ParsedFile p = new GpxLogParser(ZoneId.of("Europe/Berlin")).parse(file.toString(), Files.readAllBytes(file));
    Run r = p.runs().get(0);
    assertThat(r.distanceKm()).isCloseTo(9 * 1.11319, within(0.001));
    assertThat(r.durationSeconds()).isEqualTo(3600);
    assertThat(r.type()).isEqualTo("tempo");
    assertThat(r.date()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(r.source()).isEqualTo(new Location(file.toString(), null));
  }

  @Test
  void aFolderOfGpxFilesIsOneRunEach() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("watch"));
    GPX.Writer.DEFAULT.write(run(Instant.parse("2024-03-04T07:00:00Z"), 6, 360, null), folder.resolve("a.gpx"));
    GPX.Writer.DEFAULT.write(run(Instant.parse("2024-03-06T07:00:00Z"), 8, 360, null), folder.resolve("b.GPX"));
    TrainingLog log = new TrainingLogReader(DistanceUnit.KM, ZoneOffset.UTC).read(List.of(folder));
    assertThat(log.runs()).extracting(Run::date)
        .containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 6));
    assertThat(log.inputs()).extracting(InputFile::format).containsExactly("gpx", "gpx");
  }

  @Test
  void aTrackWithoutTimesIsLeftOut() throws Exception {
    GPX noTimes = GPX.builder()
        .addTrack(t -> t.addSegment(s -> s.addPoint(WayPoint.of(0, 0)).addPoint(WayPoint.of(0, 0.01))))
        .build();
    Path file = write("notimes.gpx", noTimes);
    ParsedFile p = new GpxLogParser(ZoneOffset.UTC).parse(file.toString(), Files.readAllBytes(file));
    assertThat(p.runs()).isEmpty();
    assertThat(p.skipped()).singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("no time stamps"));
  }

  @Test
  void aBrokenFileIsAnErrorNamingIt() {
    byte[] broken = "<gpx><trk><trkseg><trkpt lat=".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new GpxLogParser(ZoneOffset.UTC).parse("broken.gpx", broken))
        .isInstanceOf(BadInputException.class)
        .hasMessage("broken.gpx: not a readable GPX file (its XML is broken at line 1, column 30). Export the run"
            + " again from the watch or app as GPX, or leave this file out.");
  }
}
