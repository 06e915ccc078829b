package org.runpose.web;

import static org.runpose.report.HtmlReport.esc;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.runpose.app.VideoAnalysis.Still;
import org.runpose.compare.Comparison;
import org.runpose.compare.FindingChange;
import org.runpose.compare.MeasureChange;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.CaptureCheck;
import org.runpose.posture.Flag;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.report.HtmlReport;
import org.runpose.report.PostureReport;
import org.runpose.web.Jobs.Progress;
import org.runpose.web.Store.Finding;
import org.runpose.web.Store.Job;
import org.runpose.web.Store.JobState;
import org.runpose.web.Store.Runner;
import org.runpose.web.Store.Training;
import org.runpose.web.Store.Visit;

/**
 * The web app's pages, rendered on the server: each works without JavaScript, which only adds the live progress,
 * the drawing on the video and the chart that follows it. Every text from a user or a file is escaped.
 */
final class Pages {

  /** File types a phone's picker offers for a video; the server checks the content, not this list. */
  private static final String VIDEO_ACCEPT = "video/*,.mp4,.mov,.m4v,.avi,.mkv,.webm,image/gif,.gif";

  private Pages() {}

  /** A visit's row on the runner's page: the visit, its job and its findings. */
  record VisitRow(Visit visit, Job job, List<Finding> findings) {}

  static String home(List<Runner> runners, String csrf) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Runners</h1>\n");
    if (runners.isEmpty()) {
      b.append("<p>No runner yet. Add one, then upload a side-view video of their running.</p>\n");
    } else {
      b.append("<ul class=\"runners\">\n");
      for (Runner r : runners) {
        b.append("<li><a href=\"/runners/").append(r.id()).append("\">").append(esc(r.name())).append("</a>");
        if (!r.notes().isBlank()) {
          b.append(" <span class=\"muted\">").append(esc(r.notes())).append("</span>");
        }
        b.append("</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("<h2>Add a runner</h2>\n<form method=\"post\" action=\"/runners\" class=\"stack\">")
        .append(csrfField(csrf))
        .append("<label>Name or ID <input name=\"name\" required maxlength=\"200\" autocomplete=\"off\"></label>")
        .append("<label>Notes <textarea name=\"notes\" maxlength=\"2000\" rows=\"2\"></textarea></label>")
        .append("<button type=\"submit\">Add runner</button></form>\n");
    return page("runpose", b.toString());
  }

  static String runner(Runner r, List<VisitRow> visits, List<Training> trainings, String csrf, long maxUploadBytes) {
    StringBuilder b = new StringBuilder();
    b.append("<p><a href=\"/\">All runners</a></p>\n<h1>").append(esc(r.name())).append("</h1>\n");
    if (!r.notes().isBlank()) {
      b.append("<p class=\"muted\">").append(esc(r.notes())).append("</p>\n");
    }
    b.append("<h2>Visits</h2>\n");
    if (visits.isEmpty()) {
      b.append("<p>No visit yet: upload a video below.</p>\n");
    } else {
      b.append("<div class=\"scroll\"><table class=\"visits\"><thead><tr><th>Date</th><th>Video</th>")
          .append("<th>Findings</th></tr></thead><tbody>\n");
      for (VisitRow v : visits) {
        b.append("<tr><td><a href=\"/visits/").append(v.visit().id()).append("\">").append(v.visit().date())
            .append("</a></td><td>").append(esc(v.visit().videoName())).append("</td><td>")
            .append(findingsCell(v)).append("</td></tr>\n");
      }
      b.append("</tbody></table></div>\n");
    }
    List<VisitRow> done = visits.stream().filter(v -> v.job().state() == JobState.DONE).toList();
    if (done.size() >= 2) {
      b.append("<h2>Compare two visits</h2>\n<form method=\"get\" action=\"/runners/").append(r.id())
          .append("/compare\" class=\"row\">").append(visitChoice("before", "Before", done, done.get(1)))
          .append(visitChoice("after", "After", done, done.get(0)))
          .append("<button type=\"submit\">Compare</button></form>\n");
    }
    b.append("<h2>New visit</h2>\n<form method=\"post\" action=\"/runners/").append(r.id())
        .append("/visits\" enctype=\"multipart/form-data\" class=\"stack upload\" id=\"upload\" data-max-bytes=\"")
        .append(maxUploadBytes).append("\" data-max-text=\"").append(bytes(maxUploadBytes)).append("\">")
        .append(csrfField(csrf))
        .append("<p class=\"muted\">Film from the side, the camera still and square to the running direction at")
        .append(" hip height, the whole body in view, a few seconds of steady running.</p>")
        .append("<label class=\"drop\">Side-view video of the runner: drop it here, choose a file or, on a phone,")
        .append(" film it now (MP4, MOV, M4V, AVI, MKV, WEBM or an animated GIF)")
        .append("<input type=\"file\" name=\"video\" accept=\"").append(VIDEO_ACCEPT).append("\" required></label>")
        .append(baselineChoice(done, null))
        .append(slowMotionField("")).append(everyFrameField(false))
        .append("<label>Date of the visit <input type=\"date\" name=\"date\" value=\"").append(LocalDate.now())
        .append("\" required></label><p class=\"error\" id=\"upload-error\" hidden></p>")
        .append("<button type=\"submit\">Upload and analyse</button></form>\n");
    b.append("<h2>Training log</h2>\n");
    for (Training t : trainings) {
      b.append("<p><a href=\"/training/").append(t.id()).append("/training.html\">").append(esc(t.fileName()))
          .append("</a> <span class=\"muted\">").append(esc(t.createdAt())).append("</span><br>")
          .append(esc(t.summary())).append("</p>\n");
    }
    b.append("<form method=\"post\" action=\"/runners/").append(r.id())
        .append("/training\" enctype=\"multipart/form-data\" class=\"stack\">").append(csrfField(csrf))
        .append("<label>Training log (CSV, GPX or FIT) checked against the load rules")
        .append("<input type=\"file\" name=\"log\" accept=\".csv,.gpx,.fit\" required></label>")
        .append("<button type=\"submit\">Check the log</button></form>\n");
    b.append("<h2>Delete</h2>\n<form method=\"post\" action=\"/runners/").append(r.id())
        .append("/delete\" class=\"row\">").append(csrfField(csrf))
        .append("<label><input type=\"checkbox\" name=\"confirm\" value=\"yes\" required> Delete ")
        .append(esc(r.name())).append(" with every visit, video and report</label>")
        .append("<button type=\"submit\" class=\"danger\">Delete runner</button></form>\n");
    return page(r.name() + " · runpose", b.toString());
  }

  private static String findingsCell(VisitRow v) {
    return switch (v.job().state()) {
      case DONE -> v.findings().stream().map(f -> "<span class=\"badge " + f.severity().key() + "\">"
          + esc(f.title()) + ": " + (f.value() == null ? "not assessed"
              : esc(findingValue(f)) + " (" + esc(f.stateLabel()) + ")") + "</span>")
          .reduce((x, y) -> x + " " + y).orElse("");
      case QUEUED, RUNNING -> "<span class=\"muted\">being analysed</span>";
      case FAILED -> "<span class=\"badge excessive\">failed</span>";
      case CANCELLED -> "<span class=\"muted\">cancelled</span>";
    };
  }

  /**
   * The choice of what the lower back is judged against: its change from one of the runner's visits whose lower back
   * was measured (the most recent first), or nothing (the hollow's depth depends on the build as much as on the
   * arch, so one video alone does not judge it). Each visit carries its date, for the form to offer only those on or
   * before the new visit's ({@code app.js}); analysing {@code again} a visit, those on or before its own date but
   * itself, its own baseline chosen.
   */
  private static String baselineChoice(List<VisitRow> done, Visit again) {
    List<VisitRow> measured = done.stream()
        .filter(v -> v.findings().stream().anyMatch(Finding::lumbarMeasured))
        .filter(v -> again == null || v.visit().comesBefore(again))
        .toList();
    if (measured.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<label>Lower back judged <select name=\"baseline\" class=\"baseline\">");
    for (VisitRow v : measured) {
      Finding lumbar = v.findings().stream().filter(f -> f.flagId().equals(Flag.LUMBAR)).findFirst().orElseThrow();
      boolean chosen = again != null && v.visit().id().equals(again.baselineVisitId());
      b.append("<option value=\"").append(v.visit().id()).append("\" data-date=\"").append(v.visit().date())
          .append(chosen ? "\" selected>" : "\">").append("by its change from the visit of ")
          .append(v.visit().date()).append(" · ").append(esc(v.visit().videoName())).append(" (")
          .append(esc(value(lumbar.value(), lumbar.unit()))).append(")</option>");
    }
    // A baseline no longer offered (its lower back not measured now, say) is not kept unseen.
    boolean none = again != null && measured.stream().noneMatch(v -> v.visit().id().equals(again.baselineVisitId()));
    return b.append("<option value=\"\"").append(none ? " selected" : "")
        .append(">not at all (measured only)</option></select></label>")
        .append("<p class=\"muted\">The hollow of the lower back deepens with a fuller build as well as with the")
        .append(" arch, so runpose judges it by its change from an earlier visit of the same runner.</p>").toString();
  }

  /** A finding's value as the report words it: a backward lean says so rather than carrying a minus sign. */
  private static String findingValue(Finding f) {
    if (Flag.FORWARD_LEAN.equals(f.flagId()) && f.value() != null && f.value() < 0) {
      return value(-f.value(), f.unit()) + " backward";
    }
    return value(f.value(), f.unit());
  }

  private static String visitChoice(String name, String label, List<VisitRow> done, VisitRow selected) {
    StringBuilder b = new StringBuilder("<label>").append(label).append(" <select name=\"").append(name)
        .append("\">");
    for (VisitRow v : done) {
      b.append("<option value=\"").append(v.visit().id()).append('"')
          .append(v == selected ? " selected" : "").append('>').append(v.visit().date()).append(" · ")
          .append(esc(v.visit().videoName())).append("</option>");
    }
    return b.append("</select></label>").toString();
  }

  /** The page of a visit whose analysis has not finished: live progress, and cancel. */
  static String job(Runner r, Visit v, Job job, Progress live, List<VisitRow> visits, String csrf) {
    JobState state = live != null ? live.state() : job.state();
    long done = live != null ? live.framesDone() : job.framesDone();
    long total = live != null ? live.framesTotal() : job.framesTotal();
    int percent = total <= 0 ? 0 : (int) Math.min(100, 100 * done / total);
    StringBuilder b = new StringBuilder();
    b.append(back(r)).append("<h1>").append(esc(v.videoName())).append("</h1>\n<p class=\"muted\">Visit of ")
        .append(v.date()).append("</p>\n");
    b.append("<section id=\"job\" data-events=\"/visits/").append(v.id()).append("/events\" data-state=\"")
        .append(state.key()).append("\">\n");
    if (state == JobState.FAILED || state == JobState.CANCELLED) {
      b.append("<p class=\"error\" id=\"job-message\">").append(state == JobState.FAILED ? "The analysis failed: "
          : "").append(esc(job.error() == null ? "" : job.error())).append("</p>\n");
    } else {
      b.append("<p id=\"job-message\">").append(state == JobState.QUEUED ? "Waiting for the analysis to start."
          : "Finding the runner's keypoints in every frame, then measuring.").append("</p>\n")
          .append("<progress id=\"job-progress\" max=\"100\" value=\"").append(percent).append("\">")
          .append(percent).append(" %</progress> <span id=\"job-percent\">").append(percent).append(" %</span>")
          .append(" <span id=\"job-frames\" class=\"muted\">").append(frames(done, total)).append("</span>")
          .append(" <span id=\"job-left\" class=\"muted\">").append(left(live)).append("</span>\n")
          .append("<noscript><p>Reload this page to see the progress.</p></noscript>\n")
          .append("<form method=\"post\" action=\"/visits/").append(v.id()).append("/cancel\">")
          .append(csrfField(csrf)).append("<button type=\"submit\" class=\"secondary\">Cancel</button></form>\n");
    }
    b.append("</section>\n").append(state == JobState.FAILED || state == JobState.CANCELLED
        ? analyseAgain(v, visits, csrf) : "").append(deleteVisit(v, visits, csrf));
    return page(v.videoName() + " · runpose", b.toString());
  }

  /** The time left, as the live view shows it; empty until there is an estimate. */
  private static String left(Progress live) {
    if (live == null || live.secondsLeft() == null) {
      return "";
    }
    long s = Math.max(1, Math.round(live.secondsLeft()));
    return "· about " + (s < 90 ? s + " s" : Math.round(s / 60.0) + " min") + " left";
  }

  /** Frames read so far, counting both passes over the video (as {@code app.js} says). */
  private static String frames(long done, long total) {
    return total <= 0 ? "" : done + " of " + total + " frames read (the video is read twice)";
  }

  /** The report of a finished visit: findings first, then the video with the measures drawn on it. */
  static String report(Runner r, Visit v, PostureAnalysis a, List<Still> stills, List<VisitRow> visits,
      String csrf) {
    StringBuilder b = new StringBuilder();
    String files = "/visits/" + v.id() + "/files/";
    b.append(back(r)).append("<h1>").append(esc(v.videoName())).append("</h1>\n<p class=\"muted\">Visit of ")
        .append(v.date()).append(" · ").append(esc(r.name())).append("</p>\n");
    b.append("<section class=\"findings\">\n<h2>Findings</h2>\n<p class=\"headline\">")
        .append(esc(PostureReport.headline(a))).append("</p>\n");
    for (Flag f : a.flags()) {
      b.append("<article class=\"finding ").append(f.severity().key()).append("\" id=\"finding-").append(f.id())
          .append("\"><h3><span class=\"badge ").append(f.severity().key()).append("\">")
          .append(esc(f.stateLabel())).append("</span> ").append(esc(PostureReport.heading(f)))
          .append("</h3><p>").append(esc(f.explanation())).append("</p>");
      if (f.advice() != null && !f.advice().isBlank()) {
        b.append("<p><strong>What to do:</strong> ").append(esc(f.advice())).append("</p>");
      }
      b.append("</article>\n");
    }
    for (String reason : a.insufficientReasons()) {
      b.append("<p class=\"note\">").append(esc(reason)).append("</p>\n");
    }
    b.append(measures(a.summary()));
    for (String note : a.notes()) {
      b.append("<p class=\"note\">").append(esc(note)).append("</p>\n");
    }
    if (!a.otherPasses().isEmpty()) {
      b.append("<h3>Other passes</h3>\n").append(HtmlReport.blocks(PostureReport.otherPasses(a)));
    }
    if (a.trend() != null) {
      b.append("<h3>Early and late in the run</h3>\n<p>").append(esc(a.trend().summary())).append("</p>\n");
    }
    if (!a.capture().isEmpty()) {
      b.append("<h3>How the video was filmed</h3>\n<ul class=\"capture\">\n");
      for (CaptureCheck c : a.capture()) {
        b.append("<li class=\"").append(c.grade().key()).append("\"><strong>").append(esc(c.title()))
            .append("</strong> (").append(PostureReport.result(c.grade())).append("): ")
            .append(esc(c.sentence().substring(c.title().length() + 2))).append("</li>\n");
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
    Flag lean = a.flag(Flag.FORWARD_LEAN);
    Double slowedBy = a.settings().slowMotionFactor();
    // The analysis runs in real time, the video and its charts in the video's own.
    String twoTimes = slowedBy == null ? "" : "<p class=\"note\">Played " + PostureReport.number(slowedBy) + " times"
        + " slower than real time: the times in the findings, the steps and the evidence frames are real time; the"
        + " player and its charts run in the video's slowed time (1 s real is " + PostureReport.number(slowedBy)
        + " s of video).</p>\n";
    b.append("<section>\n<h2>The video</h2>\n").append(twoTimes).append("<div class=\"player\" id=\"player\""
        + " data-keypoints=\"").append(files)
        .append("keypoints.json\" data-analysis=\"").append(files).append("analysis.json\">");
    if (v.videoType().startsWith("image/")) {
      // An animated picture loops with no time line to follow: the measures are drawn on the evidence frames.
      b.append("<img id=\"animation\" src=\"/visits/").append(v.id()).append("/video\" alt=\"The uploaded")
          .append(" animation\"></div>\n<p class=\"muted\">An animated GIF plays in a loop with no time line to")
          .append(" follow, so the skeleton runpose found is not drawn on it")
          .append(stills.isEmpty() ? "" : " but on the evidence frames below and in report.pdf")
          .append(". The charts show the measures of every frame.</p>\n");
    } else {
      b.append("<video id=\"video\" src=\"/visits/").append(v.id())
          .append("/video\" controls playsinline preload=\"auto\" muted></video>")
          .append("<canvas id=\"overlay\" aria-hidden=\"true\"></canvas></div>\n")
          .append("<p class=\"note\" id=\"video-error\" hidden>This browser cannot play this video's format; the")
          .append(" findings, the chart and the evidence frames do not need it, and report.pdf has them all.</p>\n")
          .append("<p class=\"muted\">The skeleton runpose found, the trunk line and its lean are drawn on the video"
              + " as it plays. The charts show the measures of every frame; click one to go to that moment.</p>\n");
    }
    b.append("<p class=\"chart-title\">Trunk lean, degrees forward</p>")
        .append("<canvas id=\"lean-chart\" class=\"chart\" data-watch=\"").append(lean.watchAt())
        .append("\" data-excessive=\"").append(lean.excessiveAt())
        .append("\" role=\"img\" aria-label=\"Trunk lean over the clip\"></canvas>\n");
    Flag lumbar = a.flag(Flag.LUMBAR);
    if (lumbar.value() != null) {
      // The thresholds drawn are those the finding used: the runner's baseline's when there is one, none without.
      b.append("<p class=\"chart-title\">Lumbar hollow, % of trunk length (frames where the back was seen)</p>")
          .append("<canvas id=\"lumbar-chart\" class=\"chart\"");
      if (lumbar.watchAt() != null) {
        b.append(" data-watch=\"").append(lumbar.watchAt()).append("\" data-excessive=\"")
            .append(lumbar.excessiveAt()).append('"');
      }
      b.append(" role=\"img\" aria-label=\"Lumbar hollow over the clip\"></canvas>\n");
    }
    b.append("</section>\n");
    if (!stills.isEmpty()) {
      b.append("<section>\n<h2>Evidence frames</h2>\n<div class=\"gallery\">\n");
      for (Still s : stills) {
        b.append("<figure><img src=\"").append(files).append(esc(s.file())).append("\" alt=\"")
            .append(esc(s.title())).append("\"><figcaption><strong>").append(esc(s.title())).append("</strong> ")
            .append(esc(s.caption())).append("</figcaption></figure>\n");
      }
      b.append("</div>\n</section>\n");
    }
    b.append("<section id=\"steps\">\n<h2>Steps</h2>\n").append(twoTimes)
        .append(HtmlReport.blocks(PostureReport.stepTable(a)))
        .append("</section>\n");
    b.append("<section>\n<h2>Downloads</h2>\n<ul class=\"downloads\">\n");
    for (Map.Entry<String, String> d : Map.of("report.pdf", "Report (PDF)", "report.html", "Report (HTML)",
        "analysis.json", "Analysis (JSON)", "frames.csv", "Measures per frame (CSV)", "steps.csv",
        "Measures per step (CSV)", "keypoints.json", "Keypoints per frame (JSON)").entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      b.append("<li><a href=\"").append(files).append(d.getKey()).append("\" download>").append(d.getValue())
          .append("</a></li>\n");
    }
    b.append("</ul>\n</section>\n").append(analyseAgain(v, visits, csrf)).append(deleteVisit(v, visits, csrf));
    return page(v.videoName() + " · runpose", b.toString());
  }

  private static String measures(PostureSummary s) {
    StringBuilder b = new StringBuilder("<dl class=\"measures\">");
    item(b, "Steps", s.steps() == 0 ? null : String.valueOf(s.steps()));
    item(b, "Cadence", s.cadenceStepsPerMin() == null ? null
        : String.format(Locale.ROOT, "%.0f steps/min", s.cadenceStepsPerMin()));
    item(b, "Stance", ms(s.stanceMs()));
    item(b, "Flight", ms(s.flightMs()));
    item(b, "Double support", ms(s.doubleSupportMs()));
    item(b, "Foot strike angle", s.footStrikeDeg() == null ? null
        : deg(s.footStrikeDeg()) + " (up to 8° off; see the report's definitions)");
    item(b, "Shank at contact", deg(s.shankContactDeg()));
    item(b, "Knee flexion at contact (near leg)", deg(s.kneeFlexionContactDeg()));
    return b.append("</dl>\n").toString();
  }

  private static void item(StringBuilder b, String label, String value) {
    if (value != null) {
      b.append("<div><dt>").append(label).append("</dt><dd>").append(esc(value)).append("</dd></div>");
    }
  }

  static String comparison(Runner r, Comparison c, String filesUrl) {
    StringBuilder b = new StringBuilder();
    b.append(back(r)).append("<h1>").append(esc(c.before().label())).append(" → ").append(esc(c.after().label()))
        .append("</h1>\n<section>\n<h2>Findings</h2>\n");
    for (FindingChange f : c.findings()) {
      b.append("<p class=\"finding verdict-").append(f.verdict().key()).append("\"><span class=\"badge verdict-")
          .append(f.verdict().key()).append("\">")
          .append(esc(f.verdict().key())).append("</span> ").append(esc(f.summary())).append("</p>\n");
    }
    c.warnings().forEach(w -> b.append("<p class=\"note\">").append(esc(w.text())).append("</p>\n"));
    b.append("</section>\n<section>\n<h2>Every measure</h2>\n<div class=\"scroll\"><table><thead><tr><th>Measure</th>"
        + "<th>Before</th><th>After</th><th>Change</th><th></th></tr></thead><tbody>\n");
    for (MeasureChange m : c.measures()) {
      String format = "%." + m.decimals() + "f";
      b.append("<tr><td>").append(esc(m.label())).append("</td><td>").append(measure(m.before(), format))
          .append("</td><td>").append(measure(m.after(), format)).append("</td><td>")
          .append(m.change() == null ? "" : String.format(Locale.ROOT, "%+" + format.substring(1), m.change()))
          .append("</td><td>").append(esc(m.reading())).append("</td></tr>\n");
    }
    b.append("</tbody></table></div>\n</section>\n<p><a href=\"").append(filesUrl).append("compare.html\">")
        .append("Comparison report with the charts overlaid (HTML)</a> · <a href=\"").append(filesUrl)
        .append("compare.pdf\" download>PDF</a> · <a href=\"").append(filesUrl)
        .append("compare.json\" download>JSON</a></p>\n");
    return page("Comparison · runpose", b.toString());
  }

  /** A page that says what went wrong and what to do, with a link back to {@code back}, the page it came from. */
  static String error(int status, String message, String back) {
    String to = back.startsWith("/runners/") ? "the runner" : back.startsWith("/visits/") ? "the visit" : "the runners";
    return page("runpose: " + status, "<h1>Something needs your attention</h1>\n<p class=\"error\" id=\"error\">"
        + esc(message) + "</p>\n<p><a href=\"" + esc(back) + "\">Back to " + to + "</a></p>\n");
  }

  /** A size in bytes as a person reads it: 2 GB, 500 MB. */
  static String bytes(long n) {
    if (n >= 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.3g GB", n / 1e9);
    }
    return n >= 1_000_000L ? String.format(Locale.ROOT, "%.3g MB", n / 1e6) : n + " bytes";
  }

  private static String back(Runner r) {
    return "<p><a href=\"/runners/" + r.id() + "\">← " + esc(r.name()) + "</a></p>\n";
  }

  /**
   * The form that analyses an ended visit once more, with the slow-motion factor and baseline it holds filled in;
   * {@code visits} are the runner's, among which the baseline may be chosen again.
   */
  private static String analyseAgain(Visit v, List<VisitRow> visits, String csrf) {
    String factor = v.slowMotionFactor() == null ? "" : PostureReport.number(v.slowMotionFactor());
    List<VisitRow> done = visits.stream().filter(row -> row.job().state() == JobState.DONE).toList();
    return "<h2>Analyse again</h2>\n<form method=\"post\" action=\"/visits/" + v.id() + "/again\" class=\"stack\">"
        + csrfField(csrf) + baselineChoice(done, v) + slowMotionField(factor) + everyFrameField(v.everyFrame())
        + "<button type=\"submit\" class=\"secondary\">Analyse again</button></form>\n";
  }

  /** The box of the upload and analyse-again forms that reads every frame of a fast video. */
  private static String everyFrameField(boolean checked) {
    return "<label class=\"check\"><input type=\"checkbox\" name=\"everyFrame\" value=\"yes\""
        + (checked ? " checked" : "") + "><span>Read every frame <span class=\"muted\">(of a video filmed faster than"
        + " 30 frames/s, which is otherwise read every second frame at 60 frames/s, every fourth at 120: stance and"
        + " flight times to its own frame; the analysis takes up to twice as long at 60 frames/s, four times at"
        + " 120)</span></span></label>";
  }

  /** The slow-motion factor's field of the upload and analyse-again forms. */
  private static String slowMotionField(String value) {
    return "<label>Slow motion, times slower than real time <span class=\"muted\">(a phone's 240 frames/s slow"
        + " motion kept at 30 frames/s: 8; 120 frames/s: 4; empty: the video plays in real time)</span><input"
        + " type=\"number\" name=\"slowMotion\" min=\"1\" max=\"" + AnalysisConfig.MAX_SLOW_MOTION_FACTOR
        + "\" step=\"any\" inputmode=\"decimal\" value=\"" + value + "\"></label>";
  }

  /** The form that deletes a visit, saying which of the runner's {@code visits} judged their lower back against it. */
  private static String deleteVisit(Visit v, List<VisitRow> visits, String csrf) {
    List<String> judged = visits.stream().map(VisitRow::visit).filter(o -> v.id().equals(o.baselineVisitId()))
        .map(o -> o.date() + " (" + o.videoName() + ")").toList();
    String baseline = judged.isEmpty() ? "" : "<p class=\"muted\">This visit is the lower back's baseline of the visit"
        + (judged.size() == 1 ? " of " : "s of ") + esc(String.join(", ", judged)) + ": a report keeps its judgement;"
        + " analysed again after this one is deleted, its lower back is measured, not judged, unless another"
        + " baseline is chosen.</p>";
    return baseline + "<form method=\"post\" action=\"/visits/" + v.id() + "/delete\" class=\"row delete-visit\">"
        + csrfField(csrf) + "<label><input type=\"checkbox\" name=\"confirm\" value=\"yes\" required> Delete this"
        + " visit with its video and report</label><button type=\"submit\" class=\"danger\">Delete visit</button>"
        + "</form>\n";
  }

  private static String csrfField(String csrf) {
    return "<input type=\"hidden\" name=\"" + Guard.CSRF_FIELD + "\" value=\"" + esc(csrf) + "\">";
  }

  private static String value(Double v, String unit) {
    if (v == null) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.1f", v) + ("deg".equals(unit) || "°".equals(unit) ? "°" : " " + unit);
  }

  private static String measure(Double v, String format) {
    return v == null ? "n/a" : String.format(Locale.ROOT, format, v);
  }

  private static String ms(Double v) {
    return v == null ? null : String.format(Locale.ROOT, "%.0f ms", v);
  }

  private static String deg(Double v) {
    return v == null ? null : String.format(Locale.ROOT, "%.1f°", v);
  }

  private static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
        + "</title>\n<link rel=\"stylesheet\" href=\"/static/app.css\">\n<script src=\"/static/app.js\" defer>"
        + "</script>\n</head>\n<body>\n<header class=\"bar\"><a href=\"/\" class=\"brand\">runpose</a>"
        + "<span class=\"muted\">posture from a side-view running video · nothing leaves this computer</span>"
        + "</header>\n<main>\n" + body + "</main>\n<footer>" + esc(PostureReport.FOOTER) + "</footer>\n</body>\n"
        + "</html>\n";
  }
}
