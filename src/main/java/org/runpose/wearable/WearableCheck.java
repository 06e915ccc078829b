package org.runpose.wearable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.runpose.BadInputException;
import org.runpose.posture.FrameMetrics;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.posture.Stats;
import org.runpose.wearable.WearableRun.Sample;

/**
 * A wearable's running dynamics beside runpose's over the time the video covers, with any disagreement beyond the
 * two tools' errors pointed out: a wrong file or clock shows this way, and so does a measure one of the tools gets
 * wrong on this runner.
 *
 * @param file the wearable's FIT file
 * @param device what recorded it
 * @param from start of the window, ISO-8601 UTC
 * @param to end of the window
 * @param startSource where the start came from: {@code video} (the file's recording time) or {@code user}
 * @param samples the wearable's records in the window
 * @param rows cadence, ground contact time, vertical oscillation
 * @param summary the comparison in a sentence or two
 */
public record WearableCheck(String file, String device, String from, String to, String startSource, int samples,
    List<Row> rows, String summary) {

  /** Cadence error of runpose, steps/min: its largest on the hand-labelled real clips was 0.34 (runpose eval). */
  static final double RUNPOSE_CADENCE = 1;
  /** Cadence error of a watch, steps/min: the FIT cadence counts whole strides, two steps, unless it has fractions. */
  static final double WEARABLE_CADENCE = 1;
  /** runpose's contact and toe-off are each placed within a frame on its labelled real clips (runpose eval). */
  static final double RUNPOSE_STANCE_FRAMES = 2;
  /**
   * A wearable's ground contact time error, as a share: a Stryd pod read 5.2 % short against 1,000 frames/s video
   * on a treadmill (García-Pinillos et al. 2019, PLoS ONE 14:e0222872).
   */
  static final double WEARABLE_STANCE_SHARE = 0.06;

  public WearableCheck {
    Objects.requireNonNull(file, "file");
    rows = List.copyOf(rows);
  }

  /**
   * One measure from both.
   *
   * @param id named like the analysis.json summary field
   * @param label what the report calls it, with its unit
   * @param runpose runpose's median, or null when it was not measured
   * @param wearable the wearable's median over the window, or null
   * @param difference runpose minus the wearable, or null
   * @param allowed the largest difference the two tools' errors explain, or null where runpose's error for the
   *     measure is not known (no judgement then)
   * @param agree whether the difference is within {@code allowed}; null without a judgement
   * @param reading the comparison in a few words
   */
  public record Row(String id, String label, Double runpose, Double wearable, Double difference, Double allowed,
      Boolean agree, String reading) {

    /** Decimals the figures are shown with: a tenth for centimetres, whole numbers otherwise. */
    @JsonIgnore
    public int decimals() {
      return id.endsWith("Cm") ? 1 : 0;
    }
  }

  /**
   * @param a runpose's analysis of the video
   * @param run the wearable's records
   * @param start when the video started, on the wearable's clock; null to take the video's own recording time
   * @throws BadInputException when the start is not known or the wearable recorded nothing in the window
   */
  public static WearableCheck of(PostureAnalysis a, WearableRun run, Instant start) throws BadInputException {
    String source = start != null ? "user" : "video";
    if (start == null) {
      if (a.video().recordedAt() == null) {
        throw new BadInputException(a.video().file() + ": the video does not say when it was recorded, so its place"
            + " in " + run.file() + " is not known. Give --wearable-start with the time the video started (for"
            + " example 2026-03-12T09:41:07+01:00).");
      }
      start = Instant.parse(a.video().recordedAt());
    }
    // To the end of the last frame with the runner.
    double seconds = a.frames().stream().filter(FrameMetrics::found).mapToDouble(FrameMetrics::timeSeconds).max()
        .orElse(0) + 1 / a.video().fps();
    Instant end = start.plus(Duration.ofMillis(Math.round(1000 * seconds)));
    List<Sample> in = run.between(start, end);
    if (in.isEmpty()) {
      throw new BadInputException(run.file() + ": no record from " + time(start) + " to " + time(end)
          + (source.equals("video") ? ", when the video was recorded (from its file)" : "") + "; the file covers "
          + time(run.samples().get(0).at()) + " to " + time(run.samples().get(run.samples().size() - 1).at())
          + ". Check that it is the same run, or give --wearable-start with the time the video started on the"
          + " watch's clock.");
    }
    PostureSummary s = a.summary();
    List<Row> rows = new ArrayList<>();
    Double cadence = median(in, Sample::cadenceStepsPerMin);
    rows.add(judged("cadenceStepsPerMin", "Cadence (steps/min)", s.cadenceStepsPerMin(), cadence,
        Math.hypot(RUNPOSE_CADENCE, WEARABLE_CADENCE), "%.1f steps/min"));
    Double stance = median(in, Sample::stanceMs);
    rows.add(judged("stanceMs", "Ground contact time (ms)", s.stanceMs(), stance, stance == null ? null
        : Math.hypot(1000 * RUNPOSE_STANCE_FRAMES / a.video().fps(), WEARABLE_STANCE_SHARE * stance), "%.0f ms"));
    Double oscillation = median(in, Sample::verticalOscillationCm);
    rows.add(unjudged("verticalOscillationCm", "Vertical oscillation (cm)", s.verticalOscillationCm(), oscillation,
        s.verticalOscillationCm() == null ? "runpose gives centimetres only with the runner's height (--height)"
            : "no judgement: runpose's error for it is not measured, and the watch follows the torso, runpose the"
                + " hips"));
    return new WearableCheck(run.file(), run.device(), start.toString(), end.toString(), source, in.size(), rows,
        summary(rows));
  }

  /** @param allowedFormat how the allowed difference is written, with its unit */
  private static Row judged(String id, String label, Double ours, Double theirs, Double allowed,
      String allowedFormat) {
    if (ours == null || theirs == null) {
      return unjudged(id, label, ours, theirs, ours == null ? "not measured by runpose on this clip"
          : "not in the wearable's records");
    }
    double difference = Math.round(ours) - Math.round(theirs);
    boolean agree = Math.abs(difference) <= allowed;
    String limit = String.format(Locale.ROOT, allowedFormat, allowed);
    return new Row(id, label, ours, theirs, difference, allowed, agree, agree
        ? "agree (within " + limit + ", the two tools' errors)"
        : "disagree: more apart than the two tools' errors (" + limit + ")");
  }

  private static Row unjudged(String id, String label, Double ours, Double theirs, String reading) {
    Double difference = ours == null || theirs == null ? null : round(ours - theirs, 1);
    return new Row(id, label, ours, theirs, difference, null, null, reading);
  }

  private static String summary(List<Row> rows) {
    List<String> agreeing = rows.stream().filter(r -> Boolean.TRUE.equals(r.agree())).map(Row::label).map(
        WearableCheck::name).toList();
    List<String> disagreeing = rows.stream().filter(r -> Boolean.FALSE.equals(r.agree())).map(Row::label).map(
        WearableCheck::name).toList();
    if (!disagreeing.isEmpty()) {
      return "runpose and the wearable disagree on " + String.join(" and ", disagreeing) + ", by more than the two"
          + " tools' errors: check that the file is of the same run and that its clock and the video's line up; if"
          + " they do, one of the two misreads this runner.";
    }
    if (agreeing.isEmpty()) {
      return "No measure was given by both runpose and the wearable, so nothing could be checked.";
    }
    return "runpose and the wearable agree on " + String.join(" and ", agreeing) + ", within the two tools' errors.";
  }

  /** "Cadence (steps/min)" to "cadence". */
  private static String name(String label) {
    String n = label.replaceFirst(" \\(.*\\)$", "");
    return Character.toLowerCase(n.charAt(0)) + n.substring(1);
  }

  private static Double median(List<Sample> samples, Function<Sample, Double> measure) {
    return Stats.median(samples.stream().map(measure).toList());
  }


  private static double round(double v, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(v * scale) / scale;
  }

  private static String time(Instant t) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC).format(t);
  }
}
