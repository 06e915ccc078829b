package org.runpose.training;

import org.runpose.BadInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvLogParserTest {

  private static ParsedFile parse(String csv, DistanceUnit unit) throws BadInputException {
    return new CsvLogParser(unit).parse("log.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsDateDistanceDurationAndType() throws Exception {
    ParsedFile p = parse("""
        date,distance,duration,type,notes
        2024-03-04,10,0:55:00,Easy,felt good
        2024-03-06T07:30,8.5,42:30,tempo,
        2024-03-09 09:00,5,30,,
        """, DistanceUnit.KM);
    assertThat(p.skipped()).isEmpty();
    assertThat(p.runs()).hasSize(3);
    Run first = p.runs().get(0);
    assertThat(first.date()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(first.distanceKm()).isEqualTo(10);
    assertThat(first.durationSeconds()).isEqualTo(3300);
    assertThat(first.paceSecondsPerKm()).isEqualTo(330);
    assertThat(first.type()).isEqualTo("easy");
    assertThat(first.source()).isEqualTo(new Location("log.csv", 2));
    assertThat(p.runs().get(1).date()).isEqualTo(LocalDate.of(2024, 3, 6));
    assertThat(p.runs().get(1).durationSeconds()).isEqualTo(2550);
    assertThat(p.runs().get(2).durationSeconds()).isEqualTo(1800); // a plain number is minutes
  }

  @Test
  void milesAreConvertedAndPaceIsPerMile() throws Exception {
    ParsedFile p = parse("""
        Date,Distance (mi),Pace
        2024-03-04,5,9:00
        """, DistanceUnit.MI);
    Run r = p.runs().get(0);
    assertThat(r.distanceKm()).isCloseTo(8.04672, within(1e-9));
    assertThat(r.paceSecondsPerKm()).isCloseTo(540 / 1.609344, within(1e-9));
    assertThat(r.durationSeconds()).isCloseTo(2700, within(1e-9)); // from pace times distance
  }

  @Test
  void badRowsAreReportedByLineNumberAndTheRestIsRead() throws Exception {
    ParsedFile p = parse("""
        date,distance,duration
        # a comment line
        2024-03-04,10,55:00

        2024-13-01,10,55:00
        2024-03-05,-3,20:00
        2024-03-06,abc,20:00
        2024-03-07,5,
        2024-03-08,5,1:2:3:4
        2024-03-09,10,10:00
        2024-03-10,0,10:00
        2024-03-11,6,36:00
        """, DistanceUnit.KM);
    assertThat(p.runs()).extracting(r -> r.source().line()).containsExactly(3, 12);
    assertThat(p.skipped()).extracting(s -> s.location().line() + ": " + s.reason()).containsExactly(
        "5: unparseable date '2024-13-01' (expected YYYY-MM-DD, e.g. 2024-03-04)",
        "6: negative distance -3",
        "7: unparseable distance 'abc'",
        "8: no duration or pace",
        "9: unparseable duration '1:2:3:4' (expected h:mm:ss or mm:ss, minutes and seconds below 60)",
        "10: pace 1:00/km is faster than any runner: check the distance, the duration and --units",
        "11: zero distance");
  }

  @Test
  void aStrayQuoteSpoilsOnlyItsOwnLine() throws Exception {
    ParsedFile p = parse("""
        date,distance,duration,notes
        2024-03-04,10,55:00,"sunny
        2024-03-05,8,44:00,"windy, cold"
        2024-03-06,6,33:00,fine
        """, DistanceUnit.KM);
    assertThat(p.runs()).extracting(r -> r.source().line()).containsExactly(3, 4);
    assertThat(p.skipped()).extracting(s -> s.location().line() + ": " + s.reason())
        .containsExactly("2: not readable as CSV (a quote that is not closed?)");
  }

  @Test
  void clockTimesOutOfRangeOrSignedAreRejected() throws Exception {
    ParsedFile p = parse("""
        date,distance,duration
        2024-03-04,10,99:99:99
        2024-03-05,10,-0:30:00
        2024-03-06,10,0:60:00
        2024-03-07,10,1:02:03.5
        """, DistanceUnit.KM);
    assertThat(p.skipped()).extracting(s -> s.location().line() + ": " + s.reason()).containsExactly(
        "2: unparseable duration '99:99:99' (expected h:mm:ss or mm:ss, minutes and seconds below 60)",
        "3: unparseable duration '-0:30:00' (expected h:mm:ss or mm:ss, minutes and seconds below 60)",
        "4: unparseable duration '0:60:00' (expected h:mm:ss or mm:ss, minutes and seconds below 60)");
    assertThat(p.runs()).singleElement().satisfies(r -> assertThat(r.durationSeconds()).isEqualTo(3723.5));
  }

  @Test
  void aByteOrderMarkIsIgnored() throws Exception {
    ParsedFile p = parse("\uFEFFdate,distance,duration\n2024-03-04,10,55:00\n", DistanceUnit.KM);
    assertThat(p.runs()).hasSize(1);
  }

  @Test
  void aMissingColumnIsAnErrorNamingTheFileAndWhatToDo() {
    assertThatThrownBy(() -> parse("day,km\n2024-03-04,10\n", DistanceUnit.KM))
        .isInstanceOf(BadInputException.class)
        .hasMessage("log.csv: no duration (or pace) column (found: day, km). The first line must name the"
            + " columns, e.g. date,distance,duration,type.");
  }

  @Test
  void aUnitInTheHeaderMustAgreeWithTheChosenUnit() {
    assertThatThrownBy(() -> parse("date,distance_mi,duration\n2024-03-04,10,55:00\n", DistanceUnit.KM))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("column 'distance_mi' is in mi but runpose was told --units km")
        .hasMessageEndingWith("Run again with --units mi.");
  }
}
