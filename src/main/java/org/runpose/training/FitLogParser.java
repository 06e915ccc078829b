package org.runpose.training;

import com.garmin.fit.DateTime;
import com.garmin.fit.FitMessages;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.runpose.BadInputException;
import org.runpose.io.FitFiles;

/**
 * Garmin FIT activity files, read with the Garmin FIT SDK. Each running session is one run: its
 * distance, its timer time (pauses left out, as the watch counts it) and its start date in the
 * runner's time zone. Sessions of other sports are left out and listed.
 */
final class FitLogParser implements LogFileParser {

  private final ZoneId zone;

  FitLogParser(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ParsedFile parse(String file, byte[] content) throws BadInputException {
    FitMessages messages = FitFiles.decode(file, content,
        "Copy the activity from the watch again, or leave this file out.");
    Location at = new Location(file, null);
    List<SessionMesg> sessions = messages.getSessionMesgs();
    if (sessions.isEmpty()) {
      return new ParsedFile(List.of(), List.of(new SkippedRow(at,
          "no session in this FIT file: it is not an activity (a course, workout or settings file?)")));
    }
    List<Run> runs = new ArrayList<>();
    List<SkippedRow> skipped = new ArrayList<>();
    for (SessionMesg s : sessions) {
      Sport sport = s.getSport();
      Float distanceM = s.getTotalDistance();
      Float seconds = s.getTotalTimerTime() != null ? s.getTotalTimerTime() : s.getTotalElapsedTime();
      DateTime start = s.getStartTime() != null ? s.getStartTime() : s.getTimestamp();
      if (sport != Sport.RUNNING) {
        skipped.add(new SkippedRow(at, "not a run (sport: "
            + (sport == null ? "unknown" : sport.name().toLowerCase(Locale.ROOT)) + ")"));
      } else if (distanceM == null || !(distanceM > 0) || seconds == null || !(seconds > 0) || start == null) {
        skipped.add(new SkippedRow(at, "the running session has no distance, time or start"));
      } else {
        runs.add(Run.of(start.getInstant().atZone(zone).toLocalDate(), distanceM / 1000.0, seconds, "", at));
      }
    }
    return new ParsedFile(runs, skipped);
  }
}
