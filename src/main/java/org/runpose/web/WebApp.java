package org.runpose.web;

import static org.runpose.web.Requests.csrf;
import static org.runpose.web.Requests.date;
import static org.runpose.web.Requests.displayName;
import static org.runpose.web.Requests.fail;
import static org.runpose.web.Requests.html;
import static org.runpose.web.Requests.save;
import static org.runpose.web.Requests.sendOutput;
import static org.runpose.web.Requests.text;
import static org.runpose.web.Requests.uploaded;

import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.runpose.RunposeException;
import org.runpose.app.VideoAnalysis;
import org.runpose.app.VideoAnalysis.Still;
import org.runpose.io.Json;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.AnalysisFiles;
import org.runpose.posture.LumbarBaseline;
import org.runpose.posture.PostureAnalysis;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.VideoInfo;
import org.runpose.web.Jobs.Progress;
import org.runpose.web.Pages.VisitRow;
import org.runpose.web.Store.Job;
import org.runpose.web.Store.JobState;
import org.runpose.web.Store.Runner;
import org.runpose.web.Store.Training;
import org.runpose.web.Store.Visit;

/**
 * {@code runpose serve}: a web app on this computer for runners and therapists. Runners and their visits live in a
 * database under the data folder, each visit's video is analysed by the same {@link VideoAnalysis} the command line
 * uses, and the report page draws the measures on the original video in the browser.
 */
public final class WebApp implements AutoCloseable {

  private static final Map<String, String> STATIC = Map.of("app.js", "text/javascript; charset=utf-8", "app.css",
      "text/css; charset=utf-8");

  private final WebConfig config;
  private final DataFolder files;
  private final Store store;
  private final Jobs jobs;
  private final Records records;
  private final Javalin server;

  private WebApp(WebConfig config, DataFolder files, Store store, Jobs jobs) {
    this.config = config;
    this.files = files;
    this.store = store;
    this.jobs = jobs;
    this.records = new Records(store);
    TrainingChecks training = new TrainingChecks(store, files, records);
    Comparisons comparisons = new Comparisons(files, records);
    Guard guard = new Guard(config.token(), config.maxUploadBytes());
    this.server = Javalin.create(c -> {
      c.startup.showJavalinBanner = false;
      c.http.maxRequestSize = 1_000_000;
      c.jetty.multipartConfig.cacheDirectory(files.uploads().toString());
      c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
      c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + Guard.FORM_OVERHEAD_BYTES,
          SizeUnit.BYTES);
      c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      c.routes.before(guard::check);
      c.routes.get("/", this::home);
      c.routes.get("/static/{name}", this::staticFile);
      c.routes.post("/runners", this::addRunner);
      c.routes.get("/runners/{id}", this::runner);
      c.routes.post("/runners/{id}/delete", this::deleteRunner);
      c.routes.post("/runners/{id}/visits", this::upload);
      c.routes.post("/runners/{id}/training", training::upload);
      c.routes.get("/runners/{id}/compare", comparisons::page);
      c.routes.get("/comparisons/{before}/{after}/{name}", comparisons::file);
      c.routes.get("/training/{id}/{name}", training::file);
      c.routes.get("/visits/{id}", this::visit);
      c.routes.get("/visits/{id}/status", this::status);
      c.routes.sse("/visits/{id}/events", this::events);
      c.routes.post("/visits/{id}/cancel", this::cancel);
      c.routes.post("/visits/{id}/again", this::analyseAgain);
      c.routes.post("/visits/{id}/delete", this::deleteVisit);
      c.routes.get("/visits/{id}/video", this::video);
      c.routes.get("/visits/{id}/files/{name}", this::visitFile);
      c.routes.exception(Refusal.class, (e, ctx) -> fail(ctx, e.status, e.getMessage()));
      c.routes.exception(Exception.class, (e, ctx) -> failure(ctx, e));
      c.routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
        if (ctx.result() == null) {
          fail(ctx, HttpStatus.NOT_FOUND, "There is no page at " + ctx.path() + ".");
        }
      });
    });
  }

  /**
   * Opens the data folder (creating it and its database on first use, migrating an older one), marks analyses a
   * stopped server left unfinished, and starts listening.
   */
  public static WebApp start(WebConfig config, ModelAnalyzer analyzer) throws IOException, SQLException {
    return open(config, analyzer);
  }

  /** {@link #start} with any analyzer. */
  static WebApp open(WebConfig config, Jobs.Analyzer analyzer) throws IOException, SQLException {
    DataFolder files = new DataFolder(config.data());
    Files.createDirectories(files.uploads());
    Store store = Store.open(files.database());
    Jobs jobs = new Jobs(store, files, analyzer, visitId -> settings(store, files, visitId));
    WebApp app = new WebApp(config, files, store, jobs);
    for (String visitId : store.recover()) {
      jobs.submit(visitId, app.frames(visitId));
    }
    app.server.start(config.host(), config.port());
    return app;
  }

  /**
   * The settings a visit is analysed with: the defaults, with the slow-motion factor and the frame reading given at
   * upload (or when analysing again), and the lower back judged by its change from the baseline visit when one was
   * chosen and is still there (else measured, not judged).
   */
  private static Jobs.Settings settings(Store store, DataFolder files, String visitId)
      throws SQLException, IOException {
    Visit v = store.visit(visitId).orElseThrow(() -> new IOException("visit " + visitId + " was deleted"));
    AnalysisConfig config = AnalysisConfig.DEFAULT.withSlowMotionFactor(v.slowMotionFactor());
    Optional<Visit> baseline = v.baselineVisitId() == null ? Optional.empty() : store.visit(v.baselineVisitId());
    if (baseline.isPresent()) {
      PostureAnalysis earlier = AnalysisFiles.read(files.analysis(baseline.get().id()).resolve(AnalysisFiles.JSON));
      config = LumbarBaseline.from(earlier, String.format(Locale.ROOT, "%.1f%% at the visit of %s (%s)",
          earlier.summary().lumbarDepthPct(), baseline.get().date(), baseline.get().videoName()))
          .map(config::withLumbarBaseline).orElse(config);
    }
    return new Jobs.Settings(config, v.everyFrame(), v.videoName());
  }

  /** A new access token for a server that listens beyond this computer. */
  public static String newToken() {
    return Guard.newToken();
  }

  /** The port listened on (the one chosen when the configuration said 0). */
  public int port() {
    return server.port();
  }

  /** The address to open, with the access token when one is needed. */
  public String address() {
    return address(config.host());
  }

  /**
   * The addresses to open from other devices when listening on every interface (0.0.0.0 or ::): this computer's
   * own network addresses; else just {@link #address()}.
   */
  public List<String> addresses() {
    if (!isWildcard(config.host())) {
      return List.of(address());
    }
    List<String> all = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (nic.isUp() && !nic.isLoopback()) {
          nic.inetAddresses().filter(a -> a instanceof Inet4Address).forEach(a -> all.add(address(
              a.getHostAddress())));
        }
      }
    } catch (SocketException e) {
      // Listed as far as the system allows; the loopback address below always works on this computer.
    }
    all.add(address("127.0.0.1"));
    return all;
  }

  private String address(String host) {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/" + (config.token() == null ? "" : "?token=" + config.token());
  }

  private static boolean isWildcard(String host) {
    try {
      return InetAddress.getByName(host).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Waits until every analysis queued so far has ended. */
  void awaitJobs() throws InterruptedException, java.util.concurrent.ExecutionException {
    jobs.awaitIdle();
  }

  @Override
  public void close() throws SQLException {
    server.stop();
    jobs.close();
    store.close();
  }

  private void home(Context ctx) throws SQLException {
    html(ctx, Pages.home(store.runners(), csrf(ctx)));
  }

  private void staticFile(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    String type = STATIC.get(name);
    if (type == null) {
      throw Refusal.notFound("There is no file " + name + " here.");
    }
    try (InputStream in = WebApp.class.getResourceAsStream("/web/" + name)) {
      ctx.contentType(type).header("Cache-Control", "no-cache").result(in.readAllBytes());
    }
  }

  private void addRunner(Context ctx) throws SQLException {
    String name = text(ctx.formParam("name"), 200);
    if (name.isEmpty()) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Give the runner a name or an ID.");
    }
    Runner r = new Runner(DataFolder.newId(), name, text(ctx.formParam("notes"), 2000), Store.now());
    store.addRunner(r);
    ctx.redirect("/runners/" + r.id(), HttpStatus.SEE_OTHER);
  }

  private void runner(Context ctx) throws SQLException {
    Runner r = records.runner(ctx.pathParam("id"));
    html(ctx, Pages.runner(r, visitRows(r), store.trainings(r.id()), csrf(ctx), config.maxUploadBytes()));
  }

  /** The runner's visits, each with its job and findings. */
  private List<VisitRow> visitRows(Runner r) throws SQLException {
    List<VisitRow> rows = new ArrayList<>();
    for (Visit v : store.visits(r.id())) {
      rows.add(new VisitRow(v, store.job(v.id()).orElseThrow(), store.findings(v.id())));
    }
    return rows;
  }

  private void deleteRunner(Context ctx) throws SQLException, IOException {
    Runner r = records.runner(ctx.pathParam("id"));
    requireConfirmed(ctx, "Deleting " + r.name() + " with every visit, video and report");
    List<Visit> visits = store.visits(r.id());
    List<Training> logs = store.trainings(r.id());
    for (Visit v : visits) {
      requireNotRunning(v);
    }
    for (Visit v : visits) {
      jobs.cancel(v.id());
    }
    store.deleteRunner(r.id());
    for (Visit v : visits) {
      deleteFiles(v.id());
    }
    for (Training t : logs) {
      DataFolder.delete(files.training(t.id()));
    }
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }

  /** A new visit: the video is stored, checked to be one by decoding its header, and queued for analysis. */
  private void upload(Context ctx) throws SQLException, IOException {
    Runner r = records.runner(ctx.pathParam("id"));
    UploadedFile upload = uploaded(ctx, "video", "Choose a video file to upload.");
    String name = displayName(upload.filename());
    LocalDate date = date(ctx.formParam("date"));
    String baseline = baseline(r, ctx.formParam("baseline"), date, null);
    Double slowMotion = slowMotion(ctx.formParam("slowMotion"));
    boolean everyFrame = everyFrame(ctx.formParam("everyFrame"));
    String id = DataFolder.newId();
    Path video = files.video(id);
    Files.createDirectories(video.getParent());
    Path part = video.resolveSibling(id + ".part");
    save(upload, part);
    VideoInfo info;
    try (FfmpegFrameSource source = FfmpegFrameSource.open(part)) {
      info = source.info();
    } catch (RunposeException e) {
      Files.deleteIfExists(part);
      throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, name + ": "
          + e.getMessage().replace(part.toString() + ": ", "").replace(part.toString(), name));
    }
    Files.move(part, video, StandardCopyOption.ATOMIC_MOVE);
    Optional<Visit> earlier;
    try {
      earlier = store.addVisitUnlessKnown(new Visit(id, r.id(), date, name, Files.size(video),
          mediaType(info.container()), baseline, slowMotion, everyFrame, Store.now(), info.sha256()));
    } catch (SQLException | RuntimeException e) {
      Files.deleteIfExists(video);
      throw e;
    }
    if (earlier.isPresent()) {
      Files.deleteIfExists(video);
      Visit e = earlier.get();
      throw new Refusal(HttpStatus.CONFLICT, name + ": this video is already " + r.name() + "'s visit of " + e.date()
          + " (uploaded as " + e.videoName() + "): the same file, so a second visit of it would show no change"
          + " whatever the runner did. To analyse it with other settings, open that visit and use Analyse again once"
          + " its analysis has ended.");
    }
    jobs.submit(id, info.frameCountEstimate());
    ctx.redirect("/visits/" + id, HttpStatus.SEE_OTHER);
  }

  /** Whether the form's box to read every frame was ticked. */
  static boolean everyFrame(String given) {
    return "yes".equals(given);
  }

  /** The slow-motion factor given at upload; null when none was (or 1: real time). */
  static Double slowMotion(String given) {
    if (given == null || given.isBlank()) {
      return null;
    }
    double factor;
    try {
      factor = Double.parseDouble(given.trim());
    } catch (NumberFormatException e) {
      factor = Double.NaN;
    }
    if (!(factor >= 1 && factor <= AnalysisConfig.MAX_SLOW_MOTION_FACTOR)) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Slow motion \"" + given.trim() + "\" is not a factor from 1 to "
          + AnalysisConfig.MAX_SLOW_MOTION_FACTOR + ": give how many times slower than real time the video plays (a"
          + " phone's 240 frames/s slow motion stored at 30 frames/s: 8), or leave it empty.");
    }
    return factor == 1 ? null : factor;
  }

  /**
   * The visit chosen as the lumbar baseline, or null for none (the lower back is then measured, not judged): one of
   * the runner's own analysed visits whose lower back was measured, before the visit judged: on or before its
   * {@code date}, and, analysing {@code self} again (null for a new visit), not it nor one of its date added after it.
   */
  private String baseline(Runner r, String id, LocalDate date, Visit self) throws SQLException {
    if (id == null || id.isBlank()) {
      return null;
    }
    Visit v = records.ownVisit(r, id);
    if (self != null && v.id().equals(self.id())) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "A visit cannot be its own baseline. Choose an earlier visit, or"
          + " none.");
    }
    if (v.date().isAfter(date) || self != null && !v.comesBefore(self)) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "The visit of " + v.date() + " cannot be the baseline of a visit"
          + " of " + date + ": the lower back is judged by its change since an earlier visit. Choose a visit of "
          + date + " or before, or none.");
    }
    boolean measured = store.findings(v.id()).stream().anyMatch(Store.Finding::lumbarMeasured);
    if (!measured) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "The visit of " + v.date() + " cannot be the baseline: its lower"
          + " back was not measured. Choose another visit, or none.");
    }
    return v.id();
  }



  private long frames(String visitId) {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(files.video(visitId))) {
      return source.info().frameCountEstimate();
    } catch (RunposeException e) {
      return 0; // the analysis itself reports what is wrong with the video
    }
  }

  /**
   * The media type a browser needs for a container FFmpeg names ("mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm", "gif").
   */
  static String mediaType(String container) {
    String c = container == null ? "" : container;
    if (c.contains("webm") || c.contains("matroska")) {
      return "video/webm";
    }
    if (c.contains("avi")) {
      return "video/x-msvideo";
    }
    if (c.equals(VideoInfo.GIF)) {
      return "image/gif";
    }
    // FFmpeg reads MOV and MP4 with one demuxer; browsers play both as MP4.
    return "video/mp4";
  }







  private void visit(Context ctx) throws SQLException, IOException {
    Visit v = records.visit(ctx.pathParam("id"));
    Runner r = records.runner(v.runnerId());
    Job job = store.job(v.id()).orElseThrow();
    if (job.state() != JobState.DONE) {
      html(ctx, Pages.job(r, v, job, jobs.live(v.id()), visitRows(r), csrf(ctx)));
      return;
    }
    Path dir = files.analysis(v.id());
    PostureAnalysis a = AnalysisFiles.read(dir.resolve(AnalysisFiles.JSON));
    Path stills = dir.resolve(VideoAnalysis.STILLS);
    List<Still> list = Files.exists(stills)
        ? Json.MAPPER.readValue(stills.toFile(), new TypeReference<List<Still>>() {}) : List.of();
    html(ctx, Pages.report(r, v, a, list, visitRows(r), csrf(ctx)));
  }

  private void status(Context ctx) throws SQLException {
    ctx.json(progress(records.visit(ctx.pathParam("id"))));
  }

  private Progress progress(Visit v) throws SQLException {
    Progress live = jobs.live(v.id());
    if (live != null) {
      return live;
    }
    Job job = store.job(v.id()).orElseThrow();
    return new Progress(v.id(), job.state(), job.framesDone(), job.framesTotal(), null, job.error());
  }

  /** Server-sent events: the job's progress, a message each whole percent, until it ends. */
  private void events(SseClient client) {
    String id = client.ctx().pathParam("id");
    Visit v;
    try {
      v = records.visit(id);
    } catch (Refusal | SQLException e) {
      client.sendEvent("error", e.getMessage());
      client.close();
      return;
    }
    AtomicInteger lastPercent = new AtomicInteger(-1);
    Consumer<Progress> watcher = p -> {
      if (p.state() != JobState.RUNNING || lastPercent.getAndSet(p.percent()) != p.percent()) {
        client.sendEvent("progress", p);
      }
      if (p.state().finished()) {
        client.close();
      }
    };
    client.keepAlive();
    client.onClose(() -> jobs.unwatch(v.id(), watcher));
    // Watched before the state is read, so an end in between is sent rather than lost.
    jobs.watch(v.id(), watcher);
    try {
      watcher.accept(progress(v));
    } catch (SQLException e) {
      client.sendEvent("error", "The job's state could not be read: " + e.getMessage());
      client.close();
    }
  }

  private void cancel(Context ctx) throws SQLException {
    Visit v = records.visit(ctx.pathParam("id"));
    jobs.cancel(v.id());
    store.cancelQueued(v.id());
    ctx.redirect("/visits/" + v.id(), HttpStatus.SEE_OTHER);
  }

  /**
   * Analyses a visit whose analysis has ended once more, with the slow-motion factor, frame reading and lower-back
   * baseline now given: a slowed clip uploaded without its factor, or a fast one read every second frame, need not be
   * uploaded again. The old report, and the comparisons made with it, go.
   */
  private void analyseAgain(Context ctx) throws SQLException, IOException {
    Visit v = records.visit(ctx.pathParam("id"));
    Double slowMotion = slowMotion(ctx.formParam("slowMotion"));
    // A form without the choice offered no visit before this one with its lower back measured: none is kept.
    String baseline = baseline(records.runner(v.runnerId()), ctx.formParam("baseline"), v.date(), v);
    if (!store.requeue(v.id(), slowMotion, everyFrame(ctx.formParam("everyFrame")), baseline)) {
      throw new Refusal(HttpStatus.CONFLICT, "The video of " + v.date() + " (" + v.videoName() + ") is waiting for"
          + " its analysis or being analysed: wait until it has finished, or cancel it, then analyse it again.");
    }
    try {
      deleteOutputs(v.id());
    } finally {
      // Queued in the database, it must reach the worker too: the new analysis replaces whatever was not deleted.
      jobs.submit(v.id(), frames(v.id()));
    }
    ctx.redirect("/visits/" + v.id(), HttpStatus.SEE_OTHER);
  }

  /** A deletion is done only with the form's box ticked: it cannot be undone. */
  private static void requireConfirmed(Context ctx, String what) {
    if (!"yes".equals(ctx.formParam("confirm"))) {
      throw new Refusal(HttpStatus.BAD_REQUEST, what + " cannot be undone: tick the box that confirms it, then"
          + " delete again.");
    }
  }

  private void deleteVisit(Context ctx) throws SQLException, IOException {
    Visit v = records.visit(ctx.pathParam("id"));
    requireConfirmed(ctx, "Deleting this visit with its video and reports");
    requireNotRunning(v);
    jobs.cancel(v.id());
    store.deleteVisit(v.id());
    deleteFiles(v.id());
    ctx.redirect("/runners/" + v.runnerId(), HttpStatus.SEE_OTHER);
  }

  /** The files of a visit: its video and its outputs. */
  private void deleteFiles(String visitId) throws IOException {
    Files.deleteIfExists(files.video(visitId));
    deleteOutputs(visitId);
  }

  /** What was made from a visit's video: its analysis, and every comparison it was part of. */
  private void deleteOutputs(String visitId) throws IOException {
    DataFolder.delete(files.analysis(visitId));
    for (Path comparison : files.comparisonsOf(visitId)) {
      DataFolder.delete(comparison);
    }
  }

  /**
   * A visit whose analysis is running is not deleted under it (the analysis is still writing its files): the user is
   * asked to cancel it first. A queued one is cancelled by the delete.
   */
  private void requireNotRunning(Visit v) throws SQLException {
    if (store.job(v.id()).map(j -> j.state() == JobState.RUNNING).orElse(false)) {
      throw new Refusal(HttpStatus.CONFLICT, "The video of " + v.date() + " (" + v.videoName() + ") is being"
          + " analysed: cancel its analysis on its page first, then delete.");
    }
  }

  private void video(Context ctx) throws SQLException, IOException {
    Visit v = records.visit(ctx.pathParam("id"));
    Path file = files.video(v.id());
    if (!Files.exists(file)) {
      throw Refusal.notFound("The video of this visit is no longer here.");
    }
    ctx.writeSeekableStream(Files.newInputStream(file), v.videoType(), Files.size(file));
  }

  private void visitFile(Context ctx) throws SQLException, IOException {
    Visit v = records.visit(ctx.pathParam("id"));
    sendOutput(ctx, files.analysis(v.id()), ctx.pathParam("name"));
  }











  private static void failure(Context ctx, Exception e) {
    if (tooLarge(e)) {
      fail(ctx, HttpStatus.CONTENT_TOO_LARGE, "The file is too large for this server: trim the video to the"
          + " running part, or start the server with a larger --max-upload.");
      return;
    }
    fail(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Internal error (" + e + "). Please report it; nothing else was"
        + " changed.");
  }

  /** Whether a multipart upload was refused for its size (the servlet container says so in its own words). */
  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && m.toLowerCase(Locale.ROOT).matches(".*(max file size|too large|exceeds).*")) {
        return true;
      }
    }
    return false;
  }

}
