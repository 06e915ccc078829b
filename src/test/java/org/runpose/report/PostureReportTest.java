package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.Severity;
import org.runpose.gait.GaitCheck;
import org.runpose.gait.Side;
import org.runpose.gait.StepPeriod;
import org.runpose.gait.StepTiming;
import org.runpose.posture.Flag;
import org.runpose.posture.HandMadeAnalysis;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.SyntheticAnalyses;
import org.runpose.report.ReportDocument.Picture;
import org.runpose.wearable.FitRecords;
import org.runpose.wearable.WearableCheck;
import org.runpose.wearable.WearableRun;

class PostureReportTest {

  @TempDir Path dir;

  private static final PostureAnalysis UPRIGHT = SyntheticAnalyses.leaning(4);
  private static final PostureAnalysis BENT = SyntheticAnalyses.leaning(18);

  private static String findingsOf(String html) {
    int start = html.indexOf("<h2>Findings</h2>");
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void aBorderlineLeanSaysSoInItsHeading() {
    assertThat(PostureReport.heading(lean(8.6))).isEqualTo("Forward trunk lean: 8.6° (watch, near the ok line;"
        + " watch from 8°, excessive from 15°)");
    assertThat(PostureReport.heading(lean(13.5))).contains("(watch, near the excessive line;");
    assertThat(PostureReport.heading(lean(11.5))).isEqualTo("Forward trunk lean: 11.5° (watch; watch from 8°,"
        + " excessive from 15°)");
  }

  /** A lean finding of 8 steps graded watch. */
  private static Flag lean(double leanDeg) {
    return new Flag(Flag.FORWARD_LEAN, "Forward trunk lean", Severity.WATCH, leanDeg, "deg", 8.0, 15.0, 8, 90,
        List.of(), "", "");
  }

  @Test
  void theStepTableGivesNoStanceOrFlightWhereTheSummaryWithholdsThem() {
    for (double fps : new double[] {15, 30}) {
      PostureAnalysis a = SyntheticAnalyses.filmedAt(fps);
      ReportDocument.Table table = (ReportDocument.Table) PostureReport.stepTable(a).get(0);
      List<String> stances = table.rows().stream().map(r -> r.cells().get(3)).toList();
      assertThat(stances).isNotEmpty();
      if (fps < 20) {
        assertThat(a.summary().stanceMs()).isNull();
        assertThat(stances).containsOnly("\u2013");
      } else {
        assertThat(stances).doesNotContain("\u2013");
      }
    }
  }

  @Test
  void theStepTableGradesTheStridesLeanOverStanceAsTheFindingDoesNotOneFrameOfOneStep() {
    HandMadeAnalysis h = new HandMadeAnalysis();
    // Mid-stance alternates with the foot (12.4°, 16.4°), and one frame of a stride leans more than its stance does:
    // each stride leans 14.4° at mid-stance but 14.0° over its stances, a watch both ways; then 15.8° at mid-stance
    // (excessive) but 14.6° over stance, the finding's kind of figure (a watch).
    for (int i = 0; i < 4; i++) {
      h.step(i % 2 == 0 ? Side.LEFT : Side.RIGHT, 11 * i, 11 * i + 7, null, i % 2 == 0 ? 12.4 : 16.4,
          i % 2 == 0 ? 13.0 : 15.0);
    }
    for (int i = 4; i < 6; i++) {
      h.step(i % 2 == 0 ? Side.LEFT : Side.RIGHT, 11 * i, 11 * i + 7, null, 15.8, 14.6);
    }
    List<ReportDocument.Block> blocks = PostureReport.stepTable(h.build());
    ReportDocument.Table table = (ReportDocument.Table) blocks.get(0);
    assertThat(table.rows()).extracting(ReportDocument.Row::severity).containsOnly(Severity.WATCH);
    assertThat(table.rows()).extracting(r -> r.cells().get(7))
        .containsExactly("14.0", "14.0", "14.0", "14.0", "14.8", "14.6");
    assertThat(((ReportDocument.Note) blocks.get(1)).text()).contains("the stride's lean over stance")
        .contains("a median 13.0° on the left foot's steps and 15.0° on the right's");
  }

  @Test
  void aFootWhoseFewStepsScatterGetsNoMedianInItsColumn() {
    HandMadeAnalysis h = new HandMadeAnalysis();
    double[] left = {6, 7, 8, 7};
    // Two clusters, as a foot hidden by the other at landing reads: their median, -18°, is no step's.
    double[] right = {-61, 18, -50, 13};
    for (int i = 0; i < 8; i++) {
      h.step(i % 2 == 0 ? Side.LEFT : Side.RIGHT, 11 * i, 11 * i + 7, i % 2 == 0 ? left[i / 2] : right[i / 2]);
    }
    List<ReportDocument.Block> gait = PostureReport.gait(h.build());
    ReportDocument.Row row = gait.stream().filter(ReportDocument.Table.class::isInstance)
        .map(ReportDocument.Table.class::cast).flatMap(t -> t.rows().stream())
        .filter(r -> r.cells().get(0).equals("Foot strike angle (°)")).findFirst().orElseThrow();
    assertThat(row.cells().subList(2, 4)).containsExactly("7", "\u2013");
    assertThat(gait).anySatisfy(b -> assertThat(b).isInstanceOfSatisfying(ReportDocument.Note.class,
        n -> assertThat(n.text()).contains("a foot's is left out (\u2013) where it has one step alone or its steps read"
            + " too far apart")));
  }

  @Test
  void aCutOffAtOrAboveHalfTheFrameRateIsSaidToLeaveTheTracksUnfiltered() {
    org.runpose.compare.Runner runner = new org.runpose.compare.Runner();
    assertThat(HtmlReport.render(PostureReport.document(runner.analysis(), List.of(), "now")))
        .contains("tracks smoothed (6 Hz low-pass).").doesNotContain("Smoothing");
    runner.cutoffHz = 15;
    assertThat(HtmlReport.render(PostureReport.document(runner.analysis(), List.of(), "now")))
        .contains("Smoothing</dt><dd>none: the 15 Hz low-pass asked for is not below half the 30 frames/s read")
        .contains("tracks smoothed; not low-passed");
  }

  @Test
  void theHipExtensionIsNamedButNotGivenThoughEveryStepMeasuredIt() {
    PostureAnalysis a = new org.runpose.compare.Runner().analysis();
    assertThat(a.steps()).allSatisfy(s -> assertThat(s.hipExtensionToeOffDeg()).isNotNull());
    String html = HtmlReport.render(PostureReport.document(a, List.of(), "now"));
    assertThat(html).containsPattern("Hip extension at toe-off \\(°\\)</td>(<td[^>]*>\u2013</td>){3}<td>Not given")
        .doesNotContain("Hip ext. at toe-off");
  }

  @Test
  void flaggedAndUnflaggedRunnersReadDifferentlyAtTheTop() {
    String upright = findingsOf(HtmlReport.render(PostureReport.document(UPRIGHT, List.of(), "now")));
    String bent = findingsOf(HtmlReport.render(PostureReport.document(BENT, List.of(), "now")));
    assertThat(upright).contains("No posture problem found").contains("<li class=\"ok\">")
        .doesNotContain("<li class=\"excessive\">");
    assertThat(bent).contains("One finding to work on: forward trunk lean (excessive, 18")
        .contains("<li class=\"excessive\">").contains("Run tall");
    // the gauge shows the value against the thresholds as a picture too
    assertThat(bent).contains("class=\"gauge\"").contains("watch from 8, excessive from 15");
  }

  @Test
  void aBackwardLeanSaysBackwardUnderTheForwardLeanTitle() {
    String back = findingsOf(HtmlReport.render(PostureReport.document(SyntheticAnalyses.leaning(-5), List.of(),
        "now")));
    assertThat(back).contains("the trunk leans 5.0° backward, within the usual range")
        .contains("Forward trunk lean: 5.0° backward (ok;");
  }

  @Test
  void theOtherPassesOfAPersonWhoTurnedRoundAreSummarisedWithTheirFindings() {
    String html = HtmlReport.render(PostureReport.document(SyntheticAnalyses.twoPasses(), List.of(), "now"));
    String none = HtmlReport.render(PostureReport.document(UPRIGHT, List.of(), "now"));

    assertThat(html).contains("<h2>Other passes</h2>").contains("toward the right, right side to the camera")
        .contains("<td>0.0-3.3 s</td>").containsPattern("<td>\\d+\\.\\d° \\((ok|watch)\\)</td>");
    assertThat(none).doesNotContain("Other passes");
  }

  @Test
  void slowedPlaybackSaysHowLongAStepTakesAlsoWithoutARhythmOfTheHips() {
    // Walking steps of 1.21 s of video each, and no step period found from the hips or feet.
    List<StepTiming> steps = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      steps.add(new StepTiming(1.21 * i, 1.21 * i + 1.45, 1.21 * (i + 1), false));
    }
    GaitCheck g = GaitCheck.judge(steps, new StepPeriod(null, null), null, 0, 5, 1 / 30.0).check();

    assertThat(PostureReport.timing(g)).startsWith("looks like slow motion (each step takes 1.21 s of video, about"
        + " 2.2\u00d7 a usual step)");
  }

  @Test
  void passTimesAreTheVideosOwnAndSaySoUnderASlowMotionFactor() {
    assertThat(PostureReport.passTime(SyntheticAnalyses.twoPasses().otherPasses().get(0))).isEqualTo("0.0-3.3 s");
    assertThat(PostureReport.passTime(SyntheticAnalyses.twoPassesSlowedBy(2).otherPasses().get(0)))
        .isEqualTo("0.0-3.3 s of the video");
  }

  @Test
  void aFindingOnAnotherPassIsInTheHeadline() {
    PostureAnalysis bentOnTheWayBack = SyntheticAnalyses.turnedRound(SyntheticAnalyses.leaning(4),
        SyntheticAnalyses.leaning(12));

    assertThat(PostureReport.headline(bentOnTheWayBack)).startsWith("No posture problem found")
        .containsPattern("On the pass [0-9.-]+ s, the right side toward the camera: one finding to work on: forward"
            + " trunk lean \\(watch, 1[12]\\.\\d°\\) \\(see Other passes\\)\\.");
    assertThat(PostureReport.headline(SyntheticAnalyses.twoPasses())).doesNotContain("On the pass");
  }

  @Test
  void htmlOpensOfflineWithChartsAndStills() {
    String html = HtmlReport.render(PostureReport.document(BENT, List.of(still()), "now"));
    int images = SelfContained.assertSelfContained(html);
    assertThat(images).isGreaterThanOrEqualTo(5);
    assertThat(html).contains("data:image/jpeg;base64,").contains("Most forward lean")
        .contains("Step by step").contains("basis of each threshold");
  }

  @Test
  void pdfParsesWithTheFindingsVectorChartsAndTheStill() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfReport.write(PostureReport.document(BENT, List.of(still()), "now"), out);
    PdfReader reader = new PdfReader(out.toByteArray());
    try {
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      assertThat(text).contains("Forward trunk lean").contains("EXCESSIVE").contains("Run tall")
          .contains("not a diagnosis");
      int images = 0;
      int forms = 0;
      for (int i = 1; i < reader.getXrefSize(); i++) {
        if (reader.getPdfObject(i) instanceof PRStream stream) {
          images += PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE)) ? 1 : 0;
          forms += PdfName.FORM.equals(stream.get(PdfName.SUBTYPE)) ? 1 : 0;
        }
      }
      assertThat(images).as("only the still is a bitmap").isEqualTo(1);
      assertThat(forms).as("the gauge and three charts are vector drawings").isGreaterThanOrEqualTo(4);
    } finally {
      reader.close();
    }
  }

  @Test
  void withoutTheVideoTheReportSaysWhyThereAreNoStills() {
    String html = HtmlReport.render(PostureReport.document(UPRIGHT, List.of(), "now"));
    assertThat(html).contains("Stills need the video");
  }

  @Test
  void theRecordingChecksTheTrendAndTheWearableHaveTheirSections() throws Exception {
    String upright = HtmlReport.render(PostureReport.document(UPRIGHT, List.of(), "now"));
    assertThat(upright).contains("<h2>How the video was filmed</h2>").contains("Frame rate").contains("limited")
        .contains("Next time: film in slow motion (120 or 240 frames/s)").doesNotContain("Early and late in the run")
        .doesNotContain("Beside the wearable");

    PostureAnalysis tiring = SyntheticAnalyses.tiring();
    Path fit = FitRecords.write(dir.resolve("run.fit"), Instant.parse("2026-03-12T08:40:00Z"), 300, 88, 250, 85);
    WearableCheck watch = WearableCheck.of(tiring, WearableRun.readFit(fit), Instant.parse("2026-03-12T08:41:00Z"));
    String html = HtmlReport.render(PostureReport.document(tiring, watch, List.of(), "now"));
    assertThat(html).contains("<h2>Early and late in the run</h2>").contains("more forward in the last third")
        .contains("<h2>Beside the wearable</h2>").contains("runpose and the wearable agree on cadence");
    assertThat(html.indexOf("<h2>Beside the wearable</h2>")).isGreaterThan(html.indexOf("<h2>Steps and gait</h2>"));
  }

  private static Picture still() {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(100, 40, 60, 160);
    g.dispose();
    return new Picture(image, "Most forward lean", "at 1.20 s: 19.0°");
  }

  @Test
  void theLeanChartSaysHowFarTheStepsLeanApartSoAChangeOfPostureShows() {
    Pattern range = Pattern.compile("eight steps in ten lean (?:from (-?\\d+)° to )?(-?\\d+)°");
    Matcher steady = range.matcher(HtmlReport.render(PostureReport.document(SyntheticAnalyses.leaning(5), List.of(),
        "now")));
    Matcher changing = range.matcher(HtmlReport.render(PostureReport.document(SyntheticAnalyses.changingPosture(),
        List.of(), "now")));
    assertThat(steady.find()).isTrue();
    assertThat(changing.find()).isTrue();
    assertThat(steady.group(1) == null ? 0 : Integer.parseInt(steady.group(2)) - Integer.parseInt(steady.group(1)))
        .isLessThanOrEqualTo(3);
    assertThat(Integer.parseInt(changing.group(2)) - Integer.parseInt(changing.group(1))).isGreaterThanOrEqualTo(9);
  }

  @Test
  void aLeanThatDidNotHoldOneLevelIsDrawnAndSaidStretchByStretch() {
    PostureAnalysis changing = SyntheticAnalyses.changingPosture();
    PostureAnalysis steady = SyntheticAnalyses.leaning(5);
    assertThat(changing.leanStretches()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(steady.leanStretches()).isEmpty();

    String html = HtmlReport.render(PostureReport.document(changing, List.of(), "now"));
    assertThat(html).contains("The lean did not hold one level through the clip").contains("the thick lines mark the"
        + " stretches");
    assertThat(HtmlReport.render(PostureReport.document(steady, List.of(), "now"))).doesNotContain("thick lines")
        .doesNotContain("The lean did not hold one level through the clip");
    XYPlot plot = PostureCharts.leanOverTime(List.of(new PostureCharts.Labelled("lean", changing))).getXYPlot();
    assertThat(plot.getAnnotations()).filteredOn(XYLineAnnotation.class::isInstance)
        .hasSize(changing.leanStretches().size());
  }
}
