package org.runpose.web;

import static org.runpose.web.Requests.sendOutput;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.runpose.BadInputException;
import org.runpose.compare.AnalysisInput;
import org.runpose.compare.CompareConfig;
import org.runpose.compare.CompareFiles;
import org.runpose.compare.Comparison;
import org.runpose.io.StagedOutput;
import org.runpose.posture.AnalysisFiles;
import org.runpose.web.Store.Runner;
import org.runpose.web.Store.Visit;

/** Two visits of a runner side by side: the comparison of {@code runpose compare}, as a page and its files. */
final class Comparisons {

  private final DataFolder files;
  private final Records records;

  Comparisons(DataFolder files, Records records) {
    this.files = files;
    this.records = records;
  }

  void page(Context ctx) throws SQLException, IOException {
    Runner r = records.runner(ctx.pathParam("id"));
    Visit first = records.ownVisit(r, ctx.queryParam("before"));
    Visit second = records.ownVisit(r, ctx.queryParam("after"));
    if (first.id().equals(second.id())) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Choose two different visits to compare.");
    }
    // The earlier visit is the one before, whichever way round the two were chosen: a change is told forward in time.
    boolean reversed = first.date().isAfter(second.date());
    Visit before = reversed ? second : first;
    Visit after = reversed ? first : second;
    Comparison c;
    try {
      c = Comparison.of(visitInput(before), visitInput(after), CompareConfig.DEFAULT);
    } catch (BadInputException e) {
      throw new Refusal(HttpStatus.CONFLICT, "These visits cannot be compared: the analysis of one of them cannot be"
          + " read (written by another version of runpose, or damaged). Upload its video again as a new visit.");
    }
    try (StagedOutput out = StagedOutput.in(files.comparison(before.id(), after.id()))) {
      CompareFiles.stage(out, c, OffsetDateTime.now());
      out.commit();
    }
    Requests.html(ctx, Pages.comparison(r, c, "/comparisons/" + before.id() + "/" + after.id() + "/"));
  }

  void file(Context ctx) throws SQLException, IOException {
    Visit before = records.visit(ctx.pathParam("before"));
    Visit after = records.visit(ctx.pathParam("after"));
    if (!before.runnerId().equals(after.runnerId())) {
      throw Refusal.notFound("There is no such comparison.");
    }
    sendOutput(ctx, files.comparison(before.id(), after.id()), ctx.pathParam("name"));
  }

  /** A visit's analysis, under the visit's date and video, its file named without the server's folders. */
  org.runpose.compare.Visit visitInput(Visit v) throws BadInputException {
    org.runpose.compare.Visit read = AnalysisInput.read(files.analysis(v.id()).resolve(AnalysisFiles.JSON), v.date()
        + " " + v.videoName());
    return new org.runpose.compare.Visit(read.label(), Path.of(AnalysisFiles.JSON), read.sha256(), read.analysis(),
        read.pass());
  }
}
