package org.runpose.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.runpose.pose.ModelVariant;
import org.runpose.video.FfmpegFrameSource;
import org.runpose.video.TestClips;
import org.runpose.video.VideoFrame;

/**
 * The web app in a real browser (Debian's headless Chromium, driven by its chromedriver; nothing is downloaded),
 * with the real model on the shipped sample clip: upload, progress, findings, the video with the measures drawn on
 * it, the chart that seeks, a second visit, the comparison, and deleting the runner; and the same clip as an
 * animated GIF, shown as a picture beside its charts.
 */
class WebBrowserTest {

  private static final Path SAMPLE = Path.of("sample-videos/run_side_lean05.mp4").toAbsolutePath();
  /** The runner's later visit: another recording (the same file twice is refused). */
  private static final Path LATER = Path.of("sample-videos/run_lean11.mp4").toAbsolutePath();
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Analysing the sample takes seconds; the first run also unpacks the native library. */
  private static final Duration ANALYSIS = Duration.ofMinutes(4);

  @TempDir Path data;
  @TempDir Path profile;
  @TempDir Path clips;

  private WebApp app;
  private ModelAnalyzer analyzer;
  private ChromeDriver browser;
  private String base;

  @BeforeEach
  void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (.ci/run installs them)");
    analyzer = new ModelAnalyzer(Path.of(System.getProperty("runpose.models", "models")), ModelVariant.FULL);
    app = WebApp.start(new WebConfig("127.0.0.1", 0, data, WebConfig.DEFAULT_MAX_UPLOAD_BYTES, null), analyzer);
    base = "http://127.0.0.1:" + app.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1100,1400", "--autoplay-policy=no-user-gesture-required");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withSilent(true).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
    if (analyzer != null) {
      analyzer.close();
    }
  }

  private WebDriverWait waitUpTo(Duration d) {
    return new WebDriverWait(browser, d, Duration.ofMillis(100));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private void uploadVisit(String date) {
    uploadVisit(SAMPLE, date);
  }

  private void uploadVisit(Path video, String date) {
    WebElement form = browser.findElement(By.id("upload"));
    form.findElement(By.name("video")).sendKeys(video.toString());
    WebElement dateField = form.findElement(By.name("date"));
    js("arguments[0].value = arguments[1]", dateField, date);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    // The click returns before the upload's answer: wait for the visit's page.
    waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/visits/"));
  }

  /** Watches the progress bar until the page turns into the report, remembering the highest value it showed. */
  private int followProgress() {
    int[] highest = {0};
    waitUpTo(ANALYSIS).until(d -> {
      List<WebElement> bars = d.findElements(By.id("job-progress"));
      if (!bars.isEmpty()) {
        try {
          highest[0] = Math.max(highest[0], Integer.parseInt(bars.get(0).getAttribute("value")));
        } catch (org.openqa.selenium.StaleElementReferenceException | NumberFormatException e) {
          return false; // the page is being replaced by the report
        }
      }
      return !d.findElements(By.id("player")).isEmpty() || !d.findElements(By.cssSelector(".error")).isEmpty();
    });
    return highest[0];
  }

  /** A runner for a new visit; returns the runner's page. */
  private String newRunner(String name) {
    browser.get(base + "/");
    browser.findElement(By.name("name")).sendKeys(name);
    browser.findElement(By.cssSelector("form[action='/runners'] button")).click();
    waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/runners/"));
    return browser.getCurrentUrl();
  }

  @Test
  void anAnimatedGifIsShownWithItsChartsAndEvidenceFrames() throws Exception {
    // The sample as a coach would share it: an animated GIF, 30 pictures a second.
    Path gif = clips.resolve("clip.gif");
    List<BufferedImage> pictures = new ArrayList<>();
    try (FfmpegFrameSource source = FfmpegFrameSource.open(SAMPLE)) {
      for (Optional<VideoFrame> f = source.next(); f.isPresent(); f = source.next()) {
        pictures.add(f.get().image());
      }
    }
    TestClips.writeGif(gif, pictures.size(), 30, pictures::get);
    newRunner("Coach");
    uploadVisit(gif, "2026-11-02");
    followProgress();
    assertThat(browser.findElements(By.cssSelector(".error"))).isEmpty();
    waitUpTo(Duration.ofSeconds(30)).until(d -> "true".equals(js("return document.getElementById('player')"
        + ".dataset.ready || ''")));
    assertThat(browser.findElements(By.id("video"))).isEmpty();
    assertThat(((Number) js("return document.getElementById('animation').naturalWidth")).intValue())
        .as("the GIF shown").isGreaterThan(0);
    // The lean's line, in its own blue (#1565c0), and no marker of a time.
    long line = ((Number) js("const c = document.getElementById('lean-chart');"
        + " const p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
        + " for (let i = 0; i < p.length; i += 4) {"
        + " if (Math.abs(p[i] - 21) < 20 && Math.abs(p[i + 1] - 101) < 20 && Math.abs(p[i + 2] - 192) < 20) n++; }"
        + " return n;")).longValue();
    assertThat(line).as("pixels of the lean's line").isGreaterThan(300);
    assertThat(js("return document.getElementById('lean-chart').dataset.playhead")).isNull();
    assertThat(browser.findElements(By.cssSelector(".gallery img"))).isNotEmpty();
  }

  @Test
  void uploadFollowReadPlaySeekCompareDelete() throws Exception {
    String runnerPage = newRunner("Test runner");

    uploadVisit("2026-11-02");
    assertThat(browser.findElements(By.id("job-progress"))).as(browser.findElement(By.tagName("main")).getText())
        .isNotEmpty();
    int progressSeen = followProgress();
    assertThat(browser.findElements(By.cssSelector(".error"))).isEmpty();
    assertThat(progressSeen).isGreaterThan(0);
    // The page turns into the report when the job ends; the job's own figures show it reached 100 %.
    String status = new WebClient(base).get(new java.net.URI(browser.getCurrentUrl()).getPath() + "/status").body();
    assertThat(status).contains("\"state\":\"DONE\"");
    assertThat(status.replaceAll(".*\"framesDone\":(\\d+).*", "$1"))
        .isEqualTo(status.replaceAll(".*\"framesTotal\":(\\d+).*", "$1"));
    assertThat(browser.findElement(By.id("finding-forward-lean")).getText()).contains("Forward trunk lean", "°");
    assertThat(browser.findElement(By.cssSelector(".headline")).getText()).isNotBlank();
    assertThat(browser.findElements(By.cssSelector(".gallery img"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#steps table tbody tr"))).hasSizeGreaterThan(3);
    // The outputs name the video as it was uploaded, not as the server keeps it.
    try (Stream<Path> analyses = Files.list(data.resolve("analyses"))) {
      Path analysis = analyses.findFirst().orElseThrow().resolve("analysis.json");
      assertThat(Files.readString(analysis)).contains("\"file\" : \"run_side_lean05.mp4\"");
    }

    // The analysis is loaded and the video plays with the skeleton drawn on the canvas.
    waitUpTo(Duration.ofSeconds(30)).until(d -> "true".equals(js("return document.getElementById('player')"
        + ".dataset.ready || ''")));
    js("const v = document.getElementById('video'); v.muted = true; return v.play();");
    waitUpTo(Duration.ofSeconds(30)).until(d -> ((Number) js("return document.getElementById('video').currentTime"))
        .doubleValue() > 0.5);
    js("document.getElementById('video').pause()");
    long drawn = ((Number) js("const c = document.getElementById('overlay');"
        + " const p = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
        + " for (let i = 3; i < p.length; i += 4) { if (p[i] > 0) n++; } return n;")).longValue();
    assertThat(drawn).as("pixels drawn on the video").isGreaterThan(500);

    // Clicking three quarters across the chart's plot seeks the video there.
    WebElement chart = browser.findElement(By.id("lean-chart"));
    int width = chart.getSize().getWidth();
    new Actions(browser).moveToElement(chart, (int) (0.25 * width), 0).click().perform();
    double duration = ((Number) js("return document.getElementById('video').duration")).doubleValue();
    double seeked = ((Number) js("return document.getElementById('video').currentTime")).doubleValue();
    assertThat(seeked).isBetween(0.55 * duration, 0.95 * duration);
    assertThat(Double.parseDouble(String.valueOf(js("return document.getElementById('lean-chart').dataset.playhead"
        + " || '-1'")))).as("the chart's playhead").isCloseTo(seeked, org.assertj.core.data.Offset.offset(0.05));

    // A second visit, then the comparison of the two. Its lower back is judged against the first only when it is
    // dated after it.
    browser.get(runnerPage);
    WebElement date = browser.findElement(By.name("date"));
    WebElement baseline = browser.findElement(By.name("baseline"));
    js("arguments[0].value = '2026-10-01'; arguments[0].dispatchEvent(new Event('change'))", date);
    assertThat(js("return arguments[0].value", baseline)).isEqualTo("");
    js("arguments[0].value = '2026-11-30'; arguments[0].dispatchEvent(new Event('change'))", date);
    assertThat((String) js("return arguments[0].value", baseline)).hasSize(32);
    uploadVisit(LATER, "2026-11-30");
    followProgress();
    browser.get(runnerPage);
    assertThat(browser.findElements(By.cssSelector("table.visits tbody tr"))).hasSize(2);
    browser.findElement(By.cssSelector("form[action$='/compare'] button")).click();
    // The title, read from whichever page is current, not an element the page's own navigation may replace.
    waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("Comparison"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("→");
    assertThat(browser.findElements(By.cssSelector("p.finding"))).hasSize(2);

    // Deleting the runner deletes their videos and reports.
    browser.get(runnerPage);
    browser.findElement(By.name("confirm")).click();
    browser.findElement(By.cssSelector("button.danger")).click();
    waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(base + "/"));
    assertThat(browser.getPageSource()).doesNotContain("Test runner");
    try (Stream<Path> videos = Files.list(data.resolve("videos"));
        Stream<Path> analyses = Files.list(data.resolve("analyses"))) {
      assertThat(videos).isEmpty();
      assertThat(analyses).isEmpty();
    }
  }
}
