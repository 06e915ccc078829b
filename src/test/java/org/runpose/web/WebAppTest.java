package org.runpose.web;

import static org.assertj.core.api.Assertions.assertThat;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.awt.Color;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.BadInputException;
import org.runpose.TestImages;
import org.runpose.gait.Side;
import org.runpose.io.StagedOutput;
import org.runpose.posture.AnalysisFiles;
import org.runpose.posture.Flag;
import org.runpose.posture.HandMadeAnalysis;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.posture.SyntheticAnalyses;
import org.runpose.video.TestClips;

/**
 * The web app at the HTTP level: its pages, its limits and its defences, with a hand-made analysis in place of the
 * model (the browser test runs the real one). The uploads are real videos, probed by FFmpeg.
 */
class WebAppTest {

  private static final Path SAMPLE = Path.of("sample-videos/run_side_lean05.mp4");
  private static final Pattern VISIT = Pattern.compile("/visits/([0-9a-f]{32})");
  private static final Pattern RUNNER = Pattern.compile("/runners/([0-9a-f]{32})");

  @TempDir Path data;
  @TempDir Path clips;

  private WebApp app;

  /** Writes a small analysis, as the real one would, calling {@code onFrame} a few times. */
  private static PostureAnalysis handMade(Path video, Path dir, Jobs.Settings settings, Runnable onFrame)
      throws java.io.IOException {
    HandMadeAnalysis h = new HandMadeAnalysis().medianLean(6.0);
    for (int i = 0; i < 30; i++) {
      h.frame(i, 6.0, 4.5);
      onFrame.run();
    }
    PostureAnalysis made = h.step(Side.LEFT, 3, 10).step(Side.RIGHT, 13, 20).build();
    List<Flag> flags = made.flags().stream().map(f -> new Flag(f.id(), f.title(), f.severity(),
        Flag.FORWARD_LEAN.equals(f.id()) ? 6.0 : 4.5, f.unit(), f.watchAt(), f.excessiveAt(), 2, 30, List.of(),
        "What was measured.", "What to do.")).toList();
    PostureSummary m = made.summary();
    PostureSummary summary = new PostureSummary(m.framesAnalysed(), m.framesWithPose(), 0, m.steps(), 176.0, 6.0, null,
        null, null, 4.5, 30, null, null, null, null, null, null, null, null, null, null, null, null, null);
    PostureAnalysis a = new PostureAnalysis(made.formatVersion(), made.runposeVersion(), made.video(), made.model(),
        made.poseSettings(), made.settings().withSlowMotionFactor(settings.config().slowMotionFactor()), made.view(),
        made.capture(), made.gait(), true, List.of(), summary, made.trend(), made.leanStretches(), flags,
        made.steps(), made.events(), made.frames(), made.notes(), made.otherPasses());
    try (StagedOutput out = StagedOutput.in(dir)) {
      AnalysisFiles.stage(out, a);
      out.commit();
    }
    return a;
  }

  /** Started analyses, counted down by {@link #endless} as it starts. */
  private final CountDownLatch running = new CountDownLatch(1);

  /** An analysis that reads frames until it is stopped. */
  private PostureAnalysis endless(Path video, Path dir, Jobs.Settings settings, Runnable onFrame) {
    running.countDown();
    while (true) {
      onFrame.run(); // until cancelled or the server stops
    }
  }

  /** Uploads the sample for a new runner and returns the visit once {@link #endless} analyses it. */
  private String analysing(WebClient c, String runnerName) throws Exception {
    String visit = visitOf(upload(c, runner(c, runnerName), "clip.mp4", recording()));
    running.await();
    return visit;
  }

  private WebClient start(WebConfig config, Jobs.Analyzer analyzer) throws Exception {
    app = WebApp.open(config, analyzer);
    WebClient c = new WebClient("http://127.0.0.1:" + app.port());
    c.get("/");
    return c;
  }

  /** The hand-made analysis, keeping the settings each job was given. */
  private static Jobs.Analyzer recording(List<Jobs.Settings> used) {
    return (video, dir, settings, onFrame) -> {
      used.add(settings);
      return handMade(video, dir, settings, onFrame);
    };
  }

  private WebClient start(Jobs.Analyzer analyzer) throws Exception {
    return start(new WebConfig("127.0.0.1", 0, data, WebConfig.DEFAULT_MAX_UPLOAD_BYTES, null), analyzer);
  }

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  private static String runner(WebClient c, String name) throws Exception {
    HttpResponse<String> r = c.post("/runners", Map.of("name", name));
    assertThat(r.statusCode()).isEqualTo(303);
    Matcher m = RUNNER.matcher(r.headers().firstValue("Location").orElseThrow());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** Uploads the sample under {@code fileName} with the form's other {@code fields}, given as name, value, ... */
  private static HttpResponse<String> uploadWith(WebClient c, String runnerId, String fileName, String... fields)
      throws Exception {
    Map<String, String> form = new java.util.HashMap<>(Map.of(Guard.CSRF_FIELD, c.csrf()));
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    return c.upload("/runners/" + runnerId + "/visits", form, "video", fileName, recording());
  }

  private static HttpResponse<String> upload(WebClient c, String runnerId, String fileName, byte[] video)
      throws Exception {
    return c.upload("/runners/" + runnerId + "/visits", Map.of(Guard.CSRF_FIELD, c.csrf(), "date", "2026-11-30"),
        "video", fileName, video);
  }

  private static final AtomicInteger RECORDINGS = new AtomicInteger();

  /**
   * The sample as a recording of its own: its bytes with an MP4 'free' box after them that holds a number, so that no
   * two uploads are the same file (which the server refuses for one runner).
   */
  private static byte[] recording() throws IOException {
    byte[] sample = Files.readAllBytes(SAMPLE);
    return ByteBuffer.allocate(sample.length + 12).put(sample).putInt(12).put("free".getBytes(US_ASCII))
        .putInt(RECORDINGS.incrementAndGet()).array();
  }

  private static String visitOf(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    Matcher m = VISIT.matcher(r.headers().firstValue("Location").orElseThrow());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  /** Uploads the sample under {@code fileName} and waits for its analysis; returns the visit's id. */
  private String analysed(WebClient c, String runnerId, String fileName) throws Exception {
    String visit = visitOf(upload(c, runnerId, fileName, recording()));
    app.awaitJobs();
    return visit;
  }

  @Test
  void uploadAnalysedIntoReportPageWithFilesAndPolicies() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    String runner = runner(c, "Ana <b>Lima</b>");
    String visit = analysed(c, runner, "C:\\phone\\..\\morning run.mp4");

    HttpResponse<String> page = c.get("/visits/" + visit);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("<h2>Findings</h2>", "morning run.mp4", "Ana &lt;b&gt;Lima&lt;/b&gt;",
        "id=\"lean-chart\"", "/visits/" + visit + "/video").doesNotContain("<b>Lima");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(Guard.PAGE_POLICY);
    assertThat(c.get("/visits/" + visit + "/status").body()).contains("\"state\":\"DONE\"");

    HttpResponse<String> json = c.get("/visits/" + visit + "/files/analysis.json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    HttpResponse<String> video = c.get("/visits/" + visit + "/video", "Range", "bytes=0-99");
    assertThat(video.statusCode()).isEqualTo(206);
    // The lean of 6.0° from one stride lies within 3° of the 8° line: the list of visits says so, as the report
    // does.
    assertThat(page.body()).contains("forward-lean: 6.0° (ok, near the watch line;");
    assertThat(c.get("/runners/" + runner).body()).contains("morning run.mp4", "badge watch",
        "forward-lean: 6.0 ", "(ok, near the watch line)</span>", "(watch)</span>");
  }

  @Test
  void theOtherPassesOfAPersonWhoTurnedRoundAreOnTheVisitPage() throws Exception {
    WebClient c = start((video, dir, settings, onFrame) -> {
      PostureAnalysis a = SyntheticAnalyses.twoPasses();
      try (StagedOutput out = StagedOutput.in(dir)) {
        AnalysisFiles.stage(out, a);
        out.commit();
      }
      return a;
    });
    String visit = analysed(c, runner(c, "Eva"), "there-and-back.mp4");

    assertThat(c.get("/visits/" + visit).body()).contains("<h3>Other passes</h3>",
        "toward the right, right side to the camera");
    assertThat(c.get("/visits/" + visit + "/files/analysis.json").body()).contains("\"otherPasses\" : [ {");
  }

  @Test
  void aLaterVisitCanJudgeTheLowerBackByItsChangeFromAnEarlierOneChosenAgainWhenAnalysedAgain() throws Exception {
    List<Jobs.Settings> used = new java.util.ArrayList<>();
    WebClient c = start(recording(used));
    String runner = runner(c, "Nia");
    String first = analysed(c, runner, "march.mp4");
    assertThat(c.get("/runners/" + runner).body()).contains("name=\"baseline\"", "value=\"" + first + "\"");
    String second = visitOf(uploadWith(c, runner, "april.mp4", "date", "2026-12-01", "baseline", first));
    app.awaitJobs();
    assertThat(used.get(0).config().lumbarBaseline()).isNull();
    assertThat(used.get(1).config().lumbarBaseline().depthPct()).isEqualTo(4.5);
    assertThat(used.get(1).config().lumbarBaseline().source()).contains("march.mp4");
    assertThat(c.get("/visits/" + first).body()).contains("This visit is the lower back's baseline of the visit of"
        + " 2026-12-01 (april.mp4)");

    // A baseline comes before the visit it judges, and is not the visit itself.
    HttpResponse<String> earlier = uploadWith(c, runner, "august.mp4", "date", "2026-08-01", "baseline", first);
    assertThat(earlier.statusCode()).isEqualTo(400);
    assertThat(earlier.body()).contains("The visit of 2026-11-30 cannot be the baseline of a visit of 2026-08-01");
    HttpResponse<String> itself = c.post("/visits/" + first + "/again", Map.of("baseline", first));
    assertThat(itself.statusCode()).isEqualTo(400);
    assertThat(itself.body()).contains("A visit cannot be its own baseline");
    // Of two visits of one day, the one added first comes before.
    String sameDay = visitOf(uploadWith(c, runner, "april-bis.mp4", "date", "2026-12-01", "baseline", second));
    app.awaitJobs();
    assertThat(c.post("/visits/" + second + "/again", Map.of("baseline", sameDay)).statusCode()).isEqualTo(400);

    // Analysed again, a visit's baseline is chosen anew: here none.
    assertThat(c.get("/visits/" + second).body()).contains("<option value=\"" + first + "\" data-date=\"2026-11-30\""
        + " selected>");
    assertThat(c.post("/visits/" + second + "/again", Map.of("baseline", "")).statusCode()).isEqualTo(303);
    app.awaitJobs();
    assertThat(used).extracting(u -> u.config().lumbarBaseline() != null).containsExactly(false, true, true, false);

    String other = runner(c, "Oz");
    HttpResponse<String> foreign = uploadWith(c, other, "may.mp4", "baseline", first);
    assertThat(foreign.statusCode()).isEqualTo(404);
  }

  @Test
  void aSlowMotionFactorAndEveryFrameGivenAtUploadReachTheAnalysis() throws Exception {
    List<Jobs.Settings> used = new java.util.ArrayList<>();
    WebClient c = start(recording(used));
    String runner = runner(c, "Sol");
    assertThat(c.get("/runners/" + runner).body()).contains("name=\"slowMotion\"", "name=\"everyFrame\"");
    for (String factor : List.of("8", " 1 ", "")) {
      visitOf(c.upload("/runners/" + runner + "/visits", Map.of(Guard.CSRF_FIELD, c.csrf(), "slowMotion", factor,
          "everyFrame", factor.isEmpty() ? "yes" : ""), "video", "slowed.mp4", recording()));
    }
    app.awaitJobs();
    assertThat(used).extracting(u -> u.config().slowMotionFactor()).containsExactly(8.0, null, null);
    assertThat(used).extracting(Jobs.Settings::everyFrame).containsExactly(false, false, true);

    HttpResponse<String> refused = c.upload("/runners/" + runner + "/visits", Map.of(Guard.CSRF_FIELD, c.csrf(),
        "slowMotion", "0.5"), "video", "fast.mp4", recording());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("0.5", "is not a factor from 1 to 64")
        .contains("<a href=\"/runners/" + runner + "\">Back to the runner</a>");
  }

  @Test
  void aFinishedVisitIsAnalysedAgainWithTheSlowMotionFactorAndEveryFrameGivenOnItsPage() throws Exception {
    List<Jobs.Settings> used = new java.util.ArrayList<>();
    WebClient c = start(recording(used));
    String visit = analysed(c, runner(c, "Ike"), "slowed.mp4");
    assertThat(c.get("/visits/" + visit).body()).contains("/visits/" + visit + "/again", "name=\"slowMotion\"")
        .doesNotContain("value=\"yes\" checked");

    HttpResponse<String> again = c.post("/visits/" + visit + "/again", Map.of("slowMotion", "8", "everyFrame",
        "yes"));
    assertThat(again.statusCode()).isEqualTo(303);
    app.awaitJobs();
    assertThat(used).extracting(u -> u.config().slowMotionFactor()).containsExactly(null, 8.0);
    assertThat(used).extracting(Jobs.Settings::everyFrame).containsExactly(false, true);
    assertThat(c.get("/visits/" + visit + "/status").body()).contains("\"state\":\"DONE\"");
    assertThat(c.get("/visits/" + visit).body()).contains("value=\"8\"", "value=\"yes\" checked",
        "Played 8 times slower than real time");
    assertThat(c.get("/visits/" + visit + "/files/analysis.json").statusCode()).isEqualTo(200);
  }

  @Test
  void aVisitStillBeingAnalysedIsNotAnalysedAgain() throws Exception {
    WebClient c = start(this::endless);
    String visit = analysing(c, "Jo");
    HttpResponse<String> again = c.post("/visits/" + visit + "/again", Map.of("slowMotion", "4"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("wait until it has finished, or cancel it");
    c.post("/visits/" + visit + "/cancel", Map.of());
    app.awaitJobs();
  }

  @Test
  void failedAnalysisShowsItsMessageOnTheJobPage() throws Exception {
    WebClient c = start((video, dir, config, onFrame) -> {
      throw new BadInputException("The runner is never in view: film the whole body from the side.");
    });
    String visit = visitOf(upload(c, runner(c, "Bo"), "clip.mp4", recording()));
    app.awaitJobs();
    HttpResponse<String> page = c.get("/visits/" + visit);
    assertThat(page.body()).contains("The analysis failed: The runner is never in view: film the whole body from"
        + " the side.");
  }

  @Test
  void cancelStopsARunningJobAndWritesNothing() throws Exception {
    WebClient c = start(this::endless);
    String visit = analysing(c, "Cy");
    assertThat(c.get("/visits/" + visit).body()).contains("frames read (the video is read twice)");
    assertThat(c.post("/visits/" + visit + "/cancel", Map.of()).statusCode()).isEqualTo(303);
    app.awaitJobs();
    assertThat(c.get("/visits/" + visit + "/status").body()).contains("\"state\":\"CANCELLED\"");
    assertThat(data.resolve("analyses").resolve(visit)).doesNotExist();
  }

  @Test
  void cancellingAQueuedJobEndsItAtOnce() throws Exception {
    WebClient c = start(this::endless);
    String running = analysing(c, "Ly");
    String queued = visitOf(upload(c, runner(c, "Mo"), "clip.mp4", recording()));
    assertThat(c.post("/visits/" + queued + "/cancel", Map.of()).statusCode()).isEqualTo(303);
    assertThat(c.get("/visits/" + queued + "/status").body()).contains("\"state\":\"CANCELLED\"");
    HttpResponse<String> refused = c.post("/visits/" + running + "/delete", Map.of("confirm", "yes"));
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("cancel its analysis");
    c.post("/visits/" + running + "/cancel", Map.of());
    app.awaitJobs();
    assertThat(c.get("/visits/" + queued + "/status").body()).contains("\"state\":\"CANCELLED\"");
  }

  @Test
  void stoppingTheServerMarksTheAnalysisUnderWayAsInterrupted() throws Exception {
    WebClient c = start(this::endless);
    String visit = analysing(c, "Ky");
    app.close();
    c = start(WebAppTest::handMade);
    assertThat(c.get("/visits/" + visit).body()).contains("The analysis failed: The server stopped while this"
        + " video was being analysed.");
    assertThat(data.resolve("analyses").resolve(visit)).doesNotExist();
  }

  @Test
  void tooLargeUploadGets413WithTheLimit() throws Exception {
    WebClient c = start(new WebConfig("127.0.0.1", 0, data, 10_000, null), WebAppTest::handMade);
    String answer = c.uploadHeadersOnly("/runners/" + runner(c, "Di") + "/visits",
        10_000 + Guard.FORM_OVERHEAD_BYTES + 1);
    assertThat(answer).startsWith("HTTP/1.1 413 ").contains("too large", "10000 bytes");
    try (Stream<Path> videos = Files.list(data.resolve("uploads"))) {
      assertThat(videos).isEmpty();
    }
  }

  @Test
  void notAVideoGets415NamingTheFile() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    HttpResponse<String> r = upload(c, runner(c, "Ed"), "notes.mp4", "shopping list".getBytes());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.body()).contains("notes.mp4:", "not a video").doesNotContain(data.toString());
    assertThat(data.resolve("videos")).isEmptyDirectory();
  }

  @Test
  void theSameVideoUploadedAgainForOneRunnerIsRefusedNamingTheVisitItIs() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    String runner = runner(c, "Ida");
    byte[] video = recording();
    visitOf(upload(c, runner, "monday.mp4", video));
    app.awaitJobs();
    HttpResponse<String> again = upload(c, runner, "IMG_0042.mp4", video);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("IMG_0042.mp4: this video is already Ida&#39;s visit of 2026-11-30 (uploaded as"
        + " monday.mp4): the same file", "use Analyse again");
    try (Stream<Path> videos = Files.list(data.resolve("videos"))) {
      assertThat(videos).hasSize(1);
    }
    // Another runner's visit of it, and another recording of this runner's, are no second visit of one runner.
    visitOf(upload(c, runner(c, "Jo"), "monday.mp4", video));
    visitOf(upload(c, runner, "tuesday.mp4", recording()));
  }

  @Test
  void pathLikeFieldsNeverLeaveTheDataFolder() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    String runner = runner(c, "Fa");
    String visit = analysed(c, runner, "../../../../etc/passwd");
    assertThat(c.get("/runners/" + runner).body()).contains(">passwd<");
    try (Stream<Path> videos = Files.list(data.resolve("videos"))) {
      assertThat(videos.map(p -> p.getFileName().toString())).containsExactly(visit + ".video");
    }
    for (String path : List.of("/visits/" + visit + "/files/..%2F..%2Frunpose.db",
        "/visits/" + visit + "/files/..", "/visits/..%2F" + visit + "/files/analysis.json",
        "/visits/" + visit + "/files/%2E%2E%2Fx", "/static/..%2F..%2Frunpose.db", "/training/..%2Fvideos/x",
        "/comparisons/..%2F/..%2F/runpose.db", "/runners/" + runner + "/compare?before=..%2F..&after=" + visit)) {
      HttpResponse<String> r = c.get(path);
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("SQLite format");
    }
    HttpResponse<String> date = c.upload("/runners/" + runner + "/visits", Map.of(Guard.CSRF_FIELD, c.csrf(), "date",
        "../../2026"), "video", "a.mp4", recording());
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("is not a date");
    HttpResponse<String> future = c.upload("/runners/" + runner + "/visits", Map.of(Guard.CSRF_FIELD, c.csrf(),
        "date", "+99999-01-01"), "video", "a.mp4", recording());
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(future.body()).contains("is not the day a video was filmed: give a date from 1990 to today");
  }

  @Test
  void everyChangeNeedsTheCsrfToken() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    String runner = runner(c, "Gu");
    assertThat(c.postRaw("/runners", Map.of("name", "Mallory")).statusCode()).isEqualTo(403);
    assertThat(c.postRaw("/runners", Map.of("name", "Mallory", Guard.CSRF_FIELD, "0".repeat(32))).statusCode())
        .isEqualTo(403);
    assertThat(c.postRaw("/runners/" + runner + "/delete", Map.of("confirm", "yes")).statusCode()).isEqualTo(403);
    assertThat(c.upload("/runners/" + runner + "/visits", Map.of(), "video", "a.mp4", recording())
        .statusCode()).isEqualTo(403);
    assertThat(c.get("/").body()).contains("Gu").doesNotContain("Mallory");
  }

  @Test
  void onLoopbackOnlyRequestsAddressedToThisComputerAreAnswered() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    runner(c, "Private name");
    assertThat(c.getAs("evil.example:" + app.port(), "/")).startsWith("HTTP/1.1 421 ")
        .doesNotContain("Private name").doesNotContain("name=\"csrf\"");
    assertThat(c.getAs("localhost:" + app.port(), "/")).startsWith("HTTP/1.1 200 ").contains("Private name");
    assertThat(c.getAs("127.0.0.1:" + app.port(), "/")).startsWith("HTTP/1.1 200 ");
  }

  @Test
  void beyondLoopbackEveryRequestNeedsTheToken() throws Exception {
    String token = Guard.newToken();
    app = WebApp.open(new WebConfig("0.0.0.0", 0, data, WebConfig.DEFAULT_MAX_UPLOAD_BYTES, token),
        WebAppTest::handMade);
    String base = "http://127.0.0.1:" + app.port();
    WebClient stranger = new WebClient(base);
    assertThat(stranger.get("/").statusCode()).isEqualTo(401);
    assertThat(stranger.get("/static/app.js").statusCode()).isEqualTo(401);
    assertThat(stranger.get("/?token=" + "f".repeat(32)).statusCode()).isEqualTo(401);
    assertThat(stranger.get("/", "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
    assertThat(stranger.get("/", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);

    WebClient phone = new WebClient(base);
    HttpResponse<String> opened = phone.get("/?token=" + token);
    assertThat(opened.statusCode()).isEqualTo(303);
    assertThat(opened.headers().firstValue("Location")).hasValue("/");
    assertThat(phone.get("/").statusCode()).isEqualTo(200);
    assertThat(app.address()).endsWith("/?token=" + token);
  }

  @Test
  void visitsChosenTheWrongWayRoundAreComparedInTheOrderOfTheirDates() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    String runner = runner(c, "Lu");
    String october = visitOf(uploadWith(c, runner, "october.mp4", "date", "2026-10-05"));
    String november = visitOf(uploadWith(c, runner, "november.mp4", "date", "2026-11-20"));
    app.awaitJobs();
    String page = c.get("/runners/" + runner + "/compare?before=" + november + "&after=" + october).body();
    assertThat(page).contains("/comparisons/" + october + "/" + november + "/");
    assertThat(page.indexOf("2026-10-05 october.mp4")).isNotNegative()
        .isLessThan(page.indexOf("2026-11-20 november.mp4"));
    // The report to hand out names no folder of the server's.
    assertThat(c.get("/comparisons/" + october + "/" + november + "/compare.html").body())
        .contains("analysis.json").doesNotContain(data.toString());
  }

  @Test
  void aFindingNotAssessedSaysSoInTheListOfVisits() throws Exception {
    WebClient c = start((video, dir, settings, onFrame) -> {
      HandMadeAnalysis nobody = new HandMadeAnalysis().lumbarNotAssessed();
      for (int i = 0; i < 30; i++) {
        nobody.notFound(i);
      }
      PostureAnalysis a = nobody.build();
      try (StagedOutput out = StagedOutput.in(dir)) {
        AnalysisFiles.stage(out, a);
        out.commit();
      }
      return a;
    });
    String runner = runner(c, "Noa");
    analysed(c, runner, "empty-track.mp4");
    assertThat(c.get("/runners/" + runner).body()).contains("forward-lean: not assessed</span>")
        .doesNotContain("(n/a)");
  }

  @Test
  void deletingARunnerDeletesTheirFiles() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    String runner = runner(c, "Hu");
    String visit = analysed(c, runner, "clip.mp4");
    String second = analysed(c, runner, "again.mp4");
    assertThat(c.get("/runners/" + runner + "/compare?before=" + visit + "&after=" + second).statusCode())
        .isEqualTo(200);
    String compared = "/comparisons/" + visit + "/" + second + "/compare.json";
    assertThat(c.get(compared).statusCode()).isEqualTo(200);
    assertThat(data.resolve("analyses").resolve(visit)).isDirectory();
    // Without the box ticked nothing goes.
    HttpResponse<String> unconfirmed = c.post("/runners/" + runner + "/delete", Map.of());
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("cannot be undone: tick the box that confirms it");
    assertThat(c.post("/visits/" + second + "/delete", Map.of()).statusCode()).isEqualTo(400);
    assertThat(data.resolve("analyses").resolve(second)).isDirectory();
    assertThat(c.post("/runners/" + runner + "/delete", Map.of("confirm", "yes")).statusCode()).isEqualTo(303);
    assertThat(data.resolve("analyses").resolve(visit)).doesNotExist();
    assertThat(data.resolve("videos").resolve(visit + ".video")).doesNotExist();
    HttpResponse<String> gone = c.get("/runners/" + runner);
    assertThat(gone.statusCode()).isEqualTo(404);
    // A page that is gone does not offer itself to go back to.
    assertThat(gone.body()).contains("<a href=\"/\">Back to the runners</a>");
    assertThat(c.get("/visits/" + visit).statusCode()).isEqualTo(404);
    assertThat(c.get(compared).statusCode()).isEqualTo(404);
    try (Stream<Path> comparisons = Files.list(data.resolve("comparisons"))) {
      assertThat(comparisons).isEmpty();
    }
  }

  @Test
  void aTrainingLogIsCheckedBesideTheVisits() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    String runner = runner(c, "Jo");
    String path = "/runners/" + runner + "/training";
    Map<String, String> csrf = Map.of(Guard.CSRF_FIELD, c.csrf());
    assertThat(c.upload(path, csrf, "log", "training-log.csv",
        Files.readAllBytes(Path.of("samples/training-log.csv"))).statusCode()).isEqualTo(303);
    String page = c.get("/runners/" + runner).body();
    assertThat(page).contains("training-log.csv", "excessive", "Long run").containsPattern(
        "\\d+ runs from \\d{4}-\\d\\d-\\d\\d to \\d{4}-\\d\\d-\\d\\d, \\d+ rows? left out\\.")
        .containsPattern("\\(\\d{4}-W\\d\\d");
    Matcher report = Pattern.compile("/training/([0-9a-f]{32})/training.html").matcher(page);
    assertThat(report.find()).isTrue();
    HttpResponse<String> html = c.get(report.group());
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Security-Policy")).hasValue(Guard.DOCUMENT_POLICY);
    // The rows left out are named after the file uploaded, not where the server keeps it.
    assertThat(html.body()).contains("training-log.csv line").doesNotContain(data.toString());

    HttpResponse<String> wrongType = c.upload(path, csrf, "log", "log.txt", "a".getBytes());
    assertThat(wrongType.statusCode()).isEqualTo(415);
    assertThat(wrongType.body()).contains("log.txt:", "CSV, GPX or FIT");
    HttpResponse<String> unreadable = c.upload(path, csrf, "log", "week.csv", "hello\nworld\n".getBytes());
    assertThat(unreadable.statusCode()).isEqualTo(422);
    assertThat(unreadable.body()).contains("week.csv").doesNotContain(data.toString());
  }

  @Test
  void anAnimatedGifIsShownAsAPictureWithTheChartsButNoVideoPlayer() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    Path gif = clips.resolve("coach.gif");
    TestClips.writeGif(gif, 12, 15, i -> TestImages.filled(64, 48, i % 2 == 0 ? Color.BLUE : Color.RED));
    String visit = visitOf(upload(c, runner(c, "Coach"), "coach.gif", Files.readAllBytes(gif)));
    app.awaitJobs();

    String page = c.get("/visits/" + visit).body();
    assertThat(page).contains("<img id=\"animation\" src=\"/visits/" + visit + "/video\"", "id=\"lean-chart\"")
        .doesNotContain("<video");
    HttpResponse<String> picture = c.get("/visits/" + visit + "/video");
    assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/gif");
  }

  @Test
  void theBrowserIsToldTheVideosMediaTypeFromItsContainer() {
    assertThat(WebApp.mediaType("mov,mp4,m4a,3gp,3g2,mj2")).isEqualTo("video/mp4");
    assertThat(WebApp.mediaType("matroska,webm")).isEqualTo("video/webm");
    assertThat(WebApp.mediaType("avi")).isEqualTo("video/x-msvideo");
    assertThat(WebApp.mediaType("gif")).isEqualTo("image/gif");
  }

  @Test
  void runnersSurviveARestart() throws Exception {
    WebClient c = start(WebAppTest::handMade);
    String runner = runner(c, "Ivo");
    app.close();
    c = start(WebAppTest::handMade);
    assertThat(c.get("/runners/" + runner).body()).contains("Ivo");
  }
}
