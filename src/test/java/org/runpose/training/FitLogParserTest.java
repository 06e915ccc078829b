package org.runpose.training;

import org.runpose.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitLogParserTest {

  @TempDir Path dir;

  private static SessionMesg session(Sport sport, Instant start, float metres, float seconds) {
    SessionMesg s = new SessionMesg();
    s.setSport(sport);
    s.setStartTime(new DateTime(start));
    s.setTimestamp(new DateTime(start.plusSeconds((long) seconds)));
    s.setTotalDistance(metres);
    s.setTotalTimerTime(seconds);
    s.setTotalElapsedTime(seconds + 60);
    return s;
  }

  /** An activity file written with the FIT SDK's own encoder. */
  private Path activity(String name, SessionMesg... sessions) {
    Path file = dir.resolve(name);
    FileEncoder encoder = new FileEncoder(file.toFile(), Fit.ProtocolVersion.V2_0);
    FileIdMesg id = new FileIdMesg();
    id.setType(File.ACTIVITY);
    id.setManufacturer(Manufacturer.DEVELOPMENT);
    id.setProduct(1);
    id.setSerialNumber(12345L);
    id.setTimeCreated(new DateTime(Instant.parse("2024-03-04T08:00:00Z")));
    encoder.write(id);
    for (SessionMesg s : sessions) {
      encoder.write(s);
    }
    encoder.close();
    return file;
  }

  @Test
  void eachRunningSessionIsARunAndOtherSportsAreLeftOut() throws Exception {
    Path file = activity("multi.fit",
        session(Sport.RUNNING, Instant.parse("2024-03-04T07:00:00Z"), 10_000, 3_000),
        session(Sport.CYCLING, Instant.parse("2024-03-04T09:00:00Z"), 30_000, 3_600));
    ParsedFile p = new FitLogParser(ZoneOffset.UTC).parse(file.toString(), Files.readAllBytes(file));
    assertThat(p.runs()).singleElement().satisfies(r -> {
      assertThat(r.date()).isEqualTo(LocalDate.of(2024, 3, 4));
      assertThat(r.distanceKm()).isCloseTo(10, within(1e-6));
      assertThat(r.durationSeconds()).isCloseTo(3_000, within(1e-3)); // timer time, pauses left out
      assertThat(r.type()).isEmpty();
    });
    assertThat(p.skipped()).singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("not a run (sport: cycling)"));
  }

  @Test
  void aFileWithoutSessionsIsLeftOut() throws Exception {
    Path file = activity("empty.fit");
    ParsedFile p = new FitLogParser(ZoneOffset.UTC).parse(file.toString(), Files.readAllBytes(file));
    assertThat(p.runs()).isEmpty();
    assertThat(p.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("no session"));
  }

  @Test
  void aDamagedFileIsAnErrorNamingIt() throws Exception {
    Path file = activity("run.fit", session(Sport.RUNNING, Instant.parse("2024-03-04T07:00:00Z"), 5_000, 1_500));
    byte[] bytes = Files.readAllBytes(file);
    byte[] damaged = Arrays.copyOf(bytes, bytes.length);
    damaged[bytes.length / 2] ^= 0x5A;
    assertThatThrownBy(() -> new FitLogParser(ZoneOffset.UTC).parse("run.fit", damaged))
        .isInstanceOf(BadInputException.class)
        .hasMessage("run.fit: not a valid FIT file (its header or checksum is wrong). Copy the activity"
            + " from the watch again, or leave this file out.");
  }

  @Test
  void aFileCutShortSaysWhereItStopsInPlainWords() throws Exception {
    Path file = activity("run.fit", session(Sport.RUNNING, Instant.parse("2024-03-04T07:00:00Z"), 5_000, 1_500));
    byte[] cut = Arrays.copyOf(Files.readAllBytes(file), 60);
    assertThatThrownBy(() -> new FitLogParser(ZoneOffset.UTC).parse("run.fit", cut))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("run.fit: ").hasMessageNotContaining("FIT decode error")
        .hasMessageContaining("of 60");
  }
}
