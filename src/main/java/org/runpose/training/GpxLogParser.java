package org.runpose.training;

import org.runpose.BadInputException;
import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Length;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import io.jenetics.jpx.geom.Geoid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run per GPX file, read with jpx: the distance is the length of the track segments on the
 * WGS84 ellipsoid, the duration runs from the first to the last time stamp (pauses included, as
 * GPX has no timer), the date is the start's in the runner's time zone.
 */
final class GpxLogParser implements LogFileParser {

  private static final GPX.Reader READER = GPX.Reader.of(GPX.Reader.Mode.LENIENT);

  private final ZoneId zone;

  GpxLogParser(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ParsedFile parse(String file, byte[] content) throws BadInputException {
    GPX gpx;
    try {
      gpx = READER.read(new ByteArrayInputStream(content));
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(file + ": not a readable GPX file (" + xmlProblem(e) + "). Export the run again"
          + " from the watch or app as GPX, or leave this file out.", e);
    }
    Location at = new Location(file, null);
    List<TrackSegment> segments = gpx.tracks().flatMap(Track::segments).toList();
    double distanceM = segments.stream()
        .mapToDouble(s -> s.points().collect(Geoid.WGS84.toPathLength()).to(Length.Unit.METER))
        .sum();
    List<Instant> times = segments.stream()
        .flatMap(TrackSegment::points)
        .map(WayPoint::getTime)
        .flatMap(Optional::stream)
        .sorted()
        .toList();
    if (!(distanceM > 0)) {
      return skipped(at, "no track with distance in this GPX file");
    }
    if (times.size() < 2 || !times.get(0).isBefore(times.get(times.size() - 1))) {
      return skipped(at, "the GPX track has no time stamps, so its duration and pace are unknown");
    }
    Instant start = times.get(0);
    double seconds = Duration.between(start, times.get(times.size() - 1)).toMillis() / 1000.0;
    String type = gpx.tracks().map(Track::getType).flatMap(Optional::stream).findFirst().orElse("");
    return new ParsedFile(
        List.of(Run.of(start.atZone(zone).toLocalDate(), distanceM / 1000, seconds, type, at)), List.of());
  }

  /** Where the XML parser stopped, in a user's words; its own message names parser events and the XML prolog. */
  static String xmlProblem(Exception e) {
    Matcher at = PARSER_POSITION.matcher(String.valueOf(e.getMessage()));
    return at.find() ? "its XML is broken at line " + at.group(1) + ", column " + at.group(2)
        : "its content is not a GPX track's XML";
  }

  private static final Pattern PARSER_POSITION = Pattern.compile("\\[row,col\\]:\\[(\\d+),(\\d+)\\]");

  private static ParsedFile skipped(Location at, String reason) {
    return new ParsedFile(List.of(), List.of(new SkippedRow(at, reason)));
  }
}
