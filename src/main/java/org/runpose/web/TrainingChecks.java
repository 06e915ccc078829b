package org.runpose.web;

import static org.runpose.web.Requests.displayName;
import static org.runpose.web.Requests.save;
import static org.runpose.web.Requests.sendOutput;
import static org.runpose.web.Requests.uploaded;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.runpose.BadInputException;
import org.runpose.Severity;
import org.runpose.training.DistanceUnit;
import org.runpose.training.Provenance;
import org.runpose.training.Format;
import org.runpose.training.Run;
import org.runpose.training.TrainingAnalysis;
import org.runpose.training.TrainingLog;
import org.runpose.training.TrainingLogReader;
import org.runpose.training.TrainingOutputs;
import org.runpose.training.TrainingRulesConfig;
import org.runpose.web.Store.Runner;
import org.runpose.web.Store.Training;

/** A runner's training logs, checked against the load rules as {@code runpose training} does. */
final class TrainingChecks {

  private static final List<String> LOG_TYPES = List.of("csv", "gpx", "fit");

  private final Store store;
  private final DataFolder files;
  private final Records records;

  TrainingChecks(Store store, DataFolder files, Records records) {
    this.store = store;
    this.files = files;
    this.records = records;
  }

  void upload(Context ctx) throws SQLException, IOException {
    Runner r = records.runner(ctx.pathParam("id"));
    UploadedFile upload = uploaded(ctx, "log", "Choose a training log (CSV, GPX or FIT) to upload.");
    String name = displayName(upload.filename());
    String type = upload.extension().replace(".", "").toLowerCase(Locale.ROOT);
    if (!LOG_TYPES.contains(type)) {
      throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, name + ": runpose reads training logs as CSV, GPX or FIT"
          + " files; export the log from your watch or app in one of these.");
    }
    String id = DataFolder.newId();
    Path dir = files.training(id);
    Path log = dir.resolveSibling(id + "." + type);
    Files.createDirectories(dir.getParent());
    save(upload, log);
    try {
      ZoneId zone = ZoneId.systemDefault();
      TrainingLog parsed = new TrainingLogReader(DistanceUnit.KM, zone).readAs(log, name);
      TrainingAnalysis analysis = TrainingAnalysis.of(parsed, TrainingRulesConfig.defaults(), DistanceUnit.KM);
      TrainingOutputs.write(dir, analysis, Provenance.now(parsed.inputs(), DistanceUnit.KM, zone,
          TrainingRulesConfig.defaults()));
      store.addTraining(new Training(id, r.id(), name, summary(analysis), Store.now()));
    } catch (BadInputException e) {
      DataFolder.delete(dir);
      throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    } catch (IOException | SQLException | RuntimeException e) {
      DataFolder.delete(dir);
      throw e;
    } finally {
      Files.deleteIfExists(log);
    }
    ctx.redirect("/runners/" + r.id(), HttpStatus.SEE_OTHER);
  }

  void file(Context ctx) throws SQLException, IOException {
    String id = ctx.pathParam("id");
    if (!DataFolder.isId(id) || store.training(id).isEmpty()) {
      throw Refusal.notFound("There is no such training check.");
    }
    sendOutput(ctx, files.training(id), ctx.pathParam("name"));
  }

  /**
   * The check in a line beside the visits: which runs it covers and how many rows it left out, then each finding with
   * its weeks, so the log's time is read beside the visits' dates.
   */
  private static String summary(TrainingAnalysis a) {
    List<Run> runs = a.log().runs();
    LocalDate first = runs.stream().map(Run::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = runs.stream().map(Run::date).max(LocalDate::compareTo).orElseThrow();
    int skipped = a.log().skipped().size();
    String covers = String.format(Locale.ROOT, "%s from %s to %s%s. ", Format.count(runs.size(), "run"), first, last,
        skipped == 0 ? "" : ", " + Format.count(skipped, "row") + " left out");
    long excessive = a.count(Severity.EXCESSIVE);
    long watch = a.count(Severity.WATCH);
    if (excessive + watch == 0) {
      return covers + "No load rule broken.";
    }
    return covers + String.format(Locale.ROOT, "%d excessive, %d to watch: %s.", excessive, watch, a.findings()
        .stream().filter(f -> f.severity().isFinding())
        .map(f -> f.headline() + " (" + String.join(", ", f.weeks()) + ")").collect(Collectors.joining("; ")));
  }
}
