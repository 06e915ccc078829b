package org.runpose.web;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.runpose.BadInputException;
import org.runpose.RunposeException;
import org.runpose.RunposeVersion;
import org.runpose.Severity;
import org.runpose.app.VideoAnalysis;
import org.runpose.app.VideoAnalysis.Still;
import org.runpose.compare.AnalysisInput;
import org.runpose.compare.CompareConfig;
import org.runpose.compare.CompareFiles;
import org.runpose.compare.Comparison;
import org.runpose.io.Json;
import org.runpose.io.StagedOutput;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.AnalysisFiles;
import org.runpose.posture.Flag;
import org.runpose.posture.LumbarBaseline;
import org.runpose.posture.PostureAnalysis;
import org.runpose.training.DistanceUnit;
import org.runpose.training.Provenance;
import org.runpose.training.TrainingAnalysis;
import org.runpose.training.TrainingLog;
import org.runpose.training.TrainingLogReader;
import org.runpose.training.TrainingOutputs;
import org.runpose.training.TrainingRulesConfig;
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
  private static final Map<String, String> TYPES = Map.of("json", "application/json", "csv",
      "text/csv; charset=utf-8", "html", "text/html; charset=utf-8", "pdf", "application/pdf", "jpg", "image/jpeg",
      "png", "image/png");
  private static final List<String> LOG_TYPES = List.of("csv", "gpx", "fit");

  private final WebConfig config;
  private final DataFolder files;
  private final Store store;
  private final Jobs jobs;
  private final Javalin server;

  private WebApp(WebConfig config, DataFolder files, Store store, Jobs jobs) {
    this.config = config;
    this.files = files;
    this.store = store;
    this.jobs = jobs;
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
      c.routes.post("/runners/{id}/training", this::training);
      c.routes.get("/runners/{id}/compare", this::compare);
      c.routes.get("/comparisons/{before}/{after}/{name}", this::comparisonFile);
      c.routes.get("/training/{id}/{name}", this::trainingFile);
      c.routes.get("/visits/{id}", this::visit);
      c.routes.get("/visits/{id}/status", this::status);
      c.routes.sse("/visits/{id}/events", this::events);
      c.routes.post("/visits/{id}/cancel", this::cancel);
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
   * The settings a visit is analysed with: the defaults, with the lower back judged by its change from the baseline
   * visit when one was chosen and is still there.
   */
  private static AnalysisConfig settings(Store store, DataFolder files, String visitId)
      throws SQLException, IOException {
    Visit v = store.visit(visitId).orElseThrow(() -> new IOException("visit " + visitId + " was deleted"));
    Optional<Visit> baseline = v.baselineVisitId() == null ? Optional.empty() : store.visit(v.baselineVisitId());
    if (baseline.isEmpty()) {
      return AnalysisConfig.DEFAULT;
    }
    PostureAnalysis earlier = AnalysisFiles.read(files.analysis(baseline.get().id()).resolve(AnalysisFiles.JSON));
    return LumbarBaseline.from(earlier, String.format(Locale.ROOT, "%.1f%% at the visit of %s (%s)",
        earlier.summary().lumbarDepthPct(), baseline.get().date(), baseline.get().videoName()))
        .map(AnalysisConfig.DEFAULT::withLumbarBaseline).orElse(AnalysisConfig.DEFAULT);
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
    Runner r = runner(ctx.pathParam("id"));
    List<VisitRow> rows = new ArrayList<>();
    for (Visit v : store.visits(r.id())) {
      Job job = store.job(v.id()).orElseThrow();
      rows.add(new VisitRow(v, job, store.findings(v.id())));
    }
    html(ctx, Pages.runner(r, rows, store.trainings(r.id()), csrf(ctx), config.maxUploadBytes()));
  }

  private void deleteRunner(Context ctx) throws SQLException, IOException {
    Runner r = runner(ctx.pathParam("id"));
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
    Runner r = runner(ctx.pathParam("id"));
    UploadedFile upload = uploaded(ctx, "video", "Choose a video file to upload.");
    String name = displayName(upload.filename());
    LocalDate date = date(ctx.formParam("date"));
    String baseline = baseline(r, ctx.formParam("baseline"));
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
      throw new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, name + ": " + e.getMessage().replace(part.toString() + ": ", "")
          .replace(part.toString(), name));
    }
    Files.move(part, video, StandardCopyOption.ATOMIC_MOVE);
    try {
      store.addVisit(new Visit(id, r.id(), date, name, Files.size(video), mediaType(info.container()), baseline,
          Store.now()));
    } catch (SQLException | RuntimeException e) {
      Files.deleteIfExists(video);
      throw e;
    }
    jobs.submit(id, info.frameCountEstimate());
    ctx.redirect("/visits/" + id, HttpStatus.SEE_OTHER);
  }

  /**
   * The visit chosen as the lumbar baseline, or null for the thresholds for everyone: one of the runner's own
   * analysed visits whose lower back was assessed.
   */
  private String baseline(Runner r, String id) throws SQLException {
    if (id == null || id.isBlank()) {
      return null;
    }
    Visit v = ownVisit(r, id);
    boolean assessed = store.findings(v.id()).stream()
        .anyMatch(f -> f.flagId().equals(Flag.LUMBAR) && f.severity() != Severity.NOT_ASSESSED);
    if (!assessed) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "The visit of " + v.date() + " cannot be the baseline: its lower"
          + " back was not assessed. Choose another visit, or the thresholds for everyone.");
    }
    return v.id();
  }

  /** The uploaded file in {@code field}; the request is refused with {@code missing} when none was sent. */
  private static UploadedFile uploaded(Context ctx, String field, String missing) {
    UploadedFile upload = ctx.uploadedFile(field);
    if (upload == null) {
      throw new Refusal(HttpStatus.BAD_REQUEST, missing);
    }
    if (upload.size() == 0) {
      throw new Refusal(HttpStatus.BAD_REQUEST, displayName(upload.filename()) + ": the file is empty (0 bytes)."
          + " Choose the file again; if it was sent from a phone, let it finish saving first.");
    }
    return upload;
  }

  private static void save(UploadedFile upload, Path target) throws IOException {
    try (InputStream in = upload.content()) {
      Files.copy(in, target);
    }
  }

  private long frames(String visitId) {
    try (FfmpegFrameSource source = FfmpegFrameSource.open(files.video(visitId))) {
      return source.info().frameCountEstimate();
    } catch (RunposeException e) {
      return 0; // the analysis itself reports what is wrong with the video
    }
  }

  /** The media type a browser needs for a container FFmpeg names ("mov,mp4,m4a,3gp,3g2,mj2", "matroska,webm"). */
  static String mediaType(String container) {
    String c = container == null ? "" : container;
    if (c.contains("webm") || c.contains("matroska")) {
      return "video/webm";
    }
    if (c.contains("avi")) {
      return "video/x-msvideo";
    }
    // FFmpeg reads MOV and MP4 with one demuxer; browsers play both as MP4.
    return "video/mp4";
  }

  private void training(Context ctx) throws SQLException, IOException {
    Runner r = runner(ctx.pathParam("id"));
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
      TrainingLog parsed = new TrainingLogReader(DistanceUnit.KM, zone).read(List.of(log));
      TrainingAnalysis analysis = TrainingAnalysis.of(parsed, TrainingRulesConfig.defaults(), DistanceUnit.KM);
      TrainingOutputs.write(dir, analysis, new Provenance(RunposeVersion.get().runpose(),
          Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), parsed.inputs(), DistanceUnit.KM, zone.getId(),
          TrainingRulesConfig.defaults()));
      store.addTraining(new Training(id, r.id(), name, trainingSummary(analysis), Store.now()));
    } catch (BadInputException e) {
      DataFolder.delete(dir);
      throw new Refusal(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage().replace(log.toString(), name));
    } catch (IOException | SQLException | RuntimeException e) {
      DataFolder.delete(dir);
      throw e;
    } finally {
      Files.deleteIfExists(log);
    }
    ctx.redirect("/runners/" + r.id(), HttpStatus.SEE_OTHER);
  }

  private static String trainingSummary(TrainingAnalysis a) {
    long excessive = a.count(Severity.EXCESSIVE);
    long watch = a.count(Severity.WATCH);
    if (excessive + watch == 0) {
      return "No load rule broken.";
    }
    return String.format(Locale.ROOT, "%d excessive, %d to watch: %s.", excessive, watch, a.findings().stream()
        .filter(f -> f.severity().isFinding()).map(f -> f.headline()).collect(Collectors.joining("; ")));
  }

  private void compare(Context ctx) throws SQLException, IOException {
    Runner r = runner(ctx.pathParam("id"));
    Visit before = ownVisit(r, ctx.queryParam("before"));
    Visit after = ownVisit(r, ctx.queryParam("after"));
    if (before.id().equals(after.id())) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Choose two different visits to compare.");
    }
    Comparison c;
    try {
      c = Comparison.of(visitInput(before), visitInput(after), CompareConfig.DEFAULT);
    } catch (BadInputException e) {
      throw new Refusal(HttpStatus.CONFLICT, "These visits cannot be compared: the analysis of one of them cannot be"
          + " read (written by another version of runpose, or damaged). Upload its video again as a new visit.");
    }
    try (StagedOutput out = StagedOutput.in(files.comparison(before.id(), after.id()))) {
      CompareFiles.stage(out, c, java.time.OffsetDateTime.now());
      out.commit();
    }
    html(ctx, Pages.comparison(r, c, "/comparisons/" + before.id() + "/" + after.id() + "/"));
  }

  private org.runpose.compare.Visit visitInput(Visit v) throws BadInputException {
    return AnalysisInput.read(files.analysis(v.id()).resolve(AnalysisFiles.JSON), v.date() + " "
        + v.videoName());
  }

  private void comparisonFile(Context ctx) throws SQLException, IOException {
    Visit before = visit(ctx.pathParam("before"));
    Visit after = visit(ctx.pathParam("after"));
    if (!before.runnerId().equals(after.runnerId())) {
      throw Refusal.notFound("There is no such comparison.");
    }
    sendOutput(ctx, files.comparison(before.id(), after.id()), ctx.pathParam("name"));
  }

  private void trainingFile(Context ctx) throws SQLException, IOException {
    String id = ctx.pathParam("id");
    if (!DataFolder.isId(id) || store.training(id).isEmpty()) {
      throw Refusal.notFound("There is no such training check.");
    }
    sendOutput(ctx, files.training(id), ctx.pathParam("name"));
  }

  private void visit(Context ctx) throws SQLException, IOException {
    Visit v = visit(ctx.pathParam("id"));
    Runner r = runner(v.runnerId());
    Job job = store.job(v.id()).orElseThrow();
    if (job.state() != JobState.DONE) {
      html(ctx, Pages.job(r, v, job, jobs.live(v.id()), csrf(ctx)));
      return;
    }
    Path dir = files.analysis(v.id());
    PostureAnalysis a = AnalysisFiles.read(dir.resolve(AnalysisFiles.JSON));
    Path stills = dir.resolve(VideoAnalysis.STILLS);
    List<Still> list = Files.exists(stills)
        ? Json.MAPPER.readValue(stills.toFile(), new TypeReference<List<Still>>() {}) : List.of();
    html(ctx, Pages.report(r, v, a, list, csrf(ctx)));
  }

  private void status(Context ctx) throws SQLException {
    ctx.json(progress(visit(ctx.pathParam("id"))));
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
      v = visit(id);
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
    Visit v = visit(ctx.pathParam("id"));
    jobs.cancel(v.id());
    store.cancelQueued(v.id());
    ctx.redirect("/visits/" + v.id(), HttpStatus.SEE_OTHER);
  }

  private void deleteVisit(Context ctx) throws SQLException, IOException {
    Visit v = visit(ctx.pathParam("id"));
    requireNotRunning(v);
    jobs.cancel(v.id());
    store.deleteVisit(v.id());
    deleteFiles(v.id());
    ctx.redirect("/runners/" + v.runnerId(), HttpStatus.SEE_OTHER);
  }

  /** The files of a visit: its video, its analysis, and every comparison it was part of. */
  private void deleteFiles(String visitId) throws IOException {
    Files.deleteIfExists(files.video(visitId));
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
    Visit v = visit(ctx.pathParam("id"));
    Path file = files.video(v.id());
    if (!Files.exists(file)) {
      throw Refusal.notFound("The video of this visit is no longer here.");
    }
    ctx.writeSeekableStream(Files.newInputStream(file), v.videoType(), Files.size(file));
  }

  private void visitFile(Context ctx) throws SQLException, IOException {
    Visit v = visit(ctx.pathParam("id"));
    sendOutput(ctx, files.analysis(v.id()), ctx.pathParam("name"));
  }

  /** A file runpose wrote; its reports are self-contained pages, served under a policy that allows nothing else. */
  private static void sendOutput(Context ctx, Path dir, String name) throws IOException {
    Path file = DataFolder.output(dir, name).orElseThrow(() -> Refusal.notFound("There is no file " + name + " here."));
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if ("html".equals(extension)) {
      ctx.header("Content-Security-Policy", Guard.DOCUMENT_POLICY);
    }
    ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream"))
        .result(Files.readAllBytes(file));
  }

  private Runner runner(String id) throws SQLException {
    if (!DataFolder.isId(id)) {
      throw Refusal.notFound("There is no such runner.");
    }
    return store.runner(id).orElseThrow(() -> Refusal.notFound("There is no such runner: deleted, or the address is"
        + " wrong."));
  }

  private Visit visit(String id) throws SQLException {
    if (!DataFolder.isId(id)) {
      throw Refusal.notFound("There is no such visit.");
    }
    return store.visit(id).orElseThrow(() -> Refusal.notFound("There is no such visit: deleted, or the address is"
        + " wrong."));
  }

  private Visit ownVisit(Runner r, String id) throws SQLException {
    if (id == null || id.isBlank()) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "Choose two visits to compare.");
    }
    Visit v = visit(id);
    if (!v.runnerId().equals(r.id())) {
      throw Refusal.notFound("There is no such visit of " + r.name() + ".");
    }
    return v;
  }

  private static String csrf(Context ctx) {
    return ctx.attribute(Guard.CSRF_FIELD);
  }

  /** A form's text, trimmed, at most {@code max} characters, without control characters. */
  static String text(String s, int max) {
    String t = s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
    return t.length() <= max ? t : t.substring(0, max);
  }

  /**
   * A client's file name, for display only: the last part of whatever path a browser sent, without control
   * characters.
   */
  static String displayName(String sent) {
    String s = sent == null ? "" : sent;
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    s = text(s, 200);
    return s.isEmpty() || s.equals(".") || s.equals("..") ? "video" : s;
  }

  /** A visit's date from its form field: today when left empty. */
  private static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "The date of the visit " + text(s, 40) + " is not a date: give it"
          + " as year-month-day, e.g. " + LocalDate.now() + ".");
    }
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  /** Ends a request with a page saying what is wrong and what to do. */
  static void fail(Context ctx, HttpStatus status, String message) {
    html(ctx.status(status), Pages.error(status.getCode(), message));
    ctx.skipRemainingHandlers();
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

  /** A request refused with its status and the message saying why and what to do. */
  static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;

    Refusal(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }

    /** A runner, visit or file that is not there. */
    static Refusal notFound(String message) {
      return new Refusal(HttpStatus.NOT_FOUND, message);
    }
  }
}
