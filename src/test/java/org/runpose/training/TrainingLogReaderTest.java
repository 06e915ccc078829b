package org.runpose.training;

import org.runpose.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.runpose.io.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingLogReaderTest {

  @TempDir Path dir;

  private final TrainingLogReader reader = new TrainingLogReader(DistanceUnit.KM, ZoneOffset.UTC);

  @Test
  void duplicatesAreLeftOutByLineNumber() throws Exception {
    Path csv = Files.writeString(dir.resolve("log.csv"), """
        date,distance,duration
        2024-03-04,10,55:00
        2024-03-05,8,44:00
        2024-03-04,10,55:00
        """);
    TrainingLog log = reader.read(List.of(csv));
    assertThat(log.runs()).hasSize(2);
    assertThat(log.skipped()).singleElement().satisfies(s -> {
      assertThat(s.location()).isEqualTo(new Location(csv.toString(), 4));
      assertThat(s.reason()).isEqualTo("duplicate of " + csv + " line 2");
    });
  }

  @Test
  void recordsEachInputWithItsSha256() throws Exception {
    Path csv = Files.writeString(dir.resolve("log.csv"), "date,distance,duration\n2024-03-04,10,55:00\n");
    TrainingLog log = reader.read(List.of(csv));
    assertThat(log.inputs()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo(csv.toString());
      assertThat(f.format()).isEqualTo("csv");
      assertThat(f.sha256()).isEqualTo(Sha256.of(Files.readAllBytes(csv)));
    });
    // SHA-256 of "abc", FIPS 180-2
    assertThat(Sha256.of("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void aLogWithNoValidRowIsAnError() throws Exception {
    Path csv = Files.writeString(dir.resolve("bad.csv"), "date,distance,duration\n2024-02-30,10,55:00\n");
    assertThatThrownBy(() -> reader.read(List.of(csv)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("No valid run in " + csv + " (1 row or file left out). First problem: "
            + csv + " line 2: unparseable date '2024-02-30'");
  }

  @Test
  void unknownFilesAndMissingPathsAreErrors() throws Exception {
    Path txt = Files.writeString(dir.resolve("log.txt"), "hello");
    assertThatThrownBy(() -> reader.read(List.of(txt)))
        .hasMessage(txt + ": unknown kind of file. runpose reads training logs as .csv, .gpx or .fit files"
            + " (or a folder of them).");
    assertThatThrownBy(() -> reader.read(List.of(dir.resolve("nope.csv"))))
        .hasMessageEndingWith("nope.csv: no such file or folder. Check the path of the training log.");
    assertThatThrownBy(() -> reader.read(List.of(dir)))
        .hasMessage(dir + ": this folder holds no .csv, .gpx or .fit file.");
  }

  @Test
  void runsNoRunnerRanAreLeftOutWithTheReasonWhateverTheFile() throws Exception {
    Path csv = Files.writeString(dir.resolve("odd.csv"), "date,distance,duration\n2024-03-04,5,0:30:00\n"
        + "2024-03-05,10000,900:00:00\n2099-03-06,5,0:30:00\n");
    TrainingLog log = new TrainingLogReader(DistanceUnit.KM, ZoneOffset.UTC).read(List.of(csv));
    assertThat(log.runs()).hasSize(1);
    assertThat(log.skipped()).extracting(SkippedRow::reason).containsExactly(
        "10000.0 km in one run is more than anyone runs in one activity: check the distance and its unit",
        "dated 2099-03-06, after today: check the date (YYYY-MM-DD)");
  }

  @Test
  void aLogWithNoRowsSaysSoRatherThanBlameTheRows() throws Exception {
    Path csv = Files.writeString(dir.resolve("header.csv"), "date,distance,duration\n");
    assertThatThrownBy(() -> new TrainingLogReader(DistanceUnit.KM, ZoneOffset.UTC).read(List.of(csv)))
        .hasMessage("No run in " + csv + ": it holds no rows (a CSV needs a line for each run after the line naming"
            + " the columns), tracks or sessions.");
  }
}
