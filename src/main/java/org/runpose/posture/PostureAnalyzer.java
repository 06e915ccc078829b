package org.runpose.posture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.runpose.RunposeVersion;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.GaitEventDetector;
import org.runpose.gait.Period;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.PoseSeries;
import org.runpose.signal.KeypointTracks;

/**
 * From a runner's keypoints to the measures a physical therapist would take from a side-view video: running
 * direction and true vertical, trunk lean, lumbar curvature, steps and their timing, and the flags.
 */
public final class PostureAnalyzer {

  /** Stance and flight times outside these bounds are not a running step but a detection error. */
  private static final double MIN_STANCE_SECONDS = 0.08;
  private static final double MAX_STANCE_SECONDS = 0.8;
  /** Steps looked for: 100 to 270 steps per minute. */
  private static final double MIN_STEP_SECONDS = 0.22;
  private static final double MAX_STEP_SECONDS = 0.6;
  /** A foot this close to the ground, as a share of leg length, counts as on it. */
  private static final double FOOT_ON_GROUND = 0.04;
  /** How far from the position-based event a ground contact or take-off is looked for. */
  private static final double EVENT_WINDOW_SECONDS = 0.12;
  /** Fewest frames showing the back for a lumbar finding. */
  static final int MIN_LUMBAR_FRAMES = 10;

  private final AnalysisConfig config;

  public PostureAnalyzer(AnalysisConfig config) {
    this.config = config;
  }

  /**
   * @param series the keypoints
   * @param masks what the person mask showed in each frame, measured while the video was read; empty when
   *     analysing saved keypoints, which carry no masks (the lumbar curvature and camera roll are then not
   *     measured)
   * @return the analysis, with the cleaned skeletons of the frames where the runner was found
   */
  public AnalysisResult analyze(PoseSeries series, List<MaskSample> masks) {
    KeypointTracks tracks = KeypointTracks.from(series).clean(config.signal());
    Body body = new Body(tracks);
    int n = body.size();
    List<String> notes = new ArrayList<>(series.summary().notes());
    if (!tracks.swapRepairedFrames().isEmpty()) {
      int swapped = tracks.swapRepairedFrames().size();
      notes.add("Left and right limbs were swapped by the pose model in " + swapped
          + (swapped == 1 ? " frame" : " frames") + " and were put back.");
    }

    Direction direction = config.direction() != null ? config.direction() : body.direction();
    String directionSource = config.direction() != null ? "user" : "video";
    BodyFrame level = new BodyFrame(direction, config.rollDeg() != null ? config.rollDeg() : 0);
    double legPx = body.legLengthPx();
    double[][][] soles = soles(series, masks);
    List<GaitEvent> events = events(body, level, legPx);
    double roll = level.rollDeg();
    String rollSource = config.rollDeg() != null ? "user" : "not estimated";
    if (config.rollDeg() == null) {
      Double estimated = groundSlopeDeg(soles, events, legPx, direction.nearSide());
      if (estimated != null) {
        roll = estimated;
        rollSource = "foot contacts";
        level = new BodyFrame(direction, roll);
        events = events(body, level, legPx);
      }
    }
    BodyFrame frame = level;
    double[] lean = new double[n];
    for (int i = 0; i < n; i++) {
      lean[i] = body.trunkLeanDeg(frame, i);
    }
    double shoulderSpread = body.spreadRatio(frame, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER);
    double hipSpread = body.spreadRatio(frame, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
    boolean sideView = !(Math.max(shoulderSpread, hipSpread) > config.maxSideWidthRatio());
    ViewCheck view = new ViewCheck(direction, directionSource, roll, rollSource, shoulderSpread, hipSpread, sideView);

    Map<Integer, LumbarTrace> lumbarByFrame = new HashMap<>();
    for (MaskSample s : masks) {
      if (s.lumbar(direction) != null) {
        lumbarByFrame.put(s.frameIndex(), s.lumbar(direction));
      }
    }
    List<StepMetrics> steps = steps(body, frame, events, lean, legPx);
    List<FrameMetrics> frames = frameMetrics(series, body, lean, lumbarByFrame, events);

    List<String> reasons = new ArrayList<>();
    int withPose = series.summary().framesWithPose();
    if (withPose < config.minPoseFraction() * Math.max(1, n)) {
      reasons.add("The runner was found in only " + withPose + " of " + n + " frames.");
    }
    if (!sideView) {
      reasons.add(String.format(java.util.Locale.ROOT,
          "The video does not look like a side view (left and right shoulders or hips are %.0f%% of the trunk"
              + " length apart; a side view keeps them within %.0f%%). Trunk lean and lumbar curvature can only"
              + " be judged from the side: film the runner side-on.",
          100 * Math.max(shoulderSpread, hipSpread), 100 * config.maxSideWidthRatio()));
    }
    if (steps.size() < config.minSteps()) {
      reasons.add("Only " + steps.size() + " steps were recognised; at least " + config.minSteps()
          + " are needed. Film a few seconds of steady running with the feet in view.");
    }
    PostureSummary summary = summary(series, steps, events, stepSeconds(body, frame), lean, frames, legPx);
    List<Flag> flags = Flags.of(config, summary, steps, frames, reasons);
    PostureAnalysis analysis = new PostureAnalysis(
        RunposeVersion.get().runpose(), series.video(), series.model(), series.settings(), config, view,
        reasons.isEmpty(), reasons, summary, flags, steps, frames, notes);
    return new AnalysisResult(analysis, skeletons(series, body), lumbarByFrame);
  }

  /** The cleaned points of the frames with the runner: those the frame measures come from. */
  private static SkeletonTrack skeletons(PoseSeries series, Body body) {
    List<Skeleton> out = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      var f = series.frames().get(i);
      if (f.found()) {
        out.add(body.skeleton(f.index(), i));
      }
    }
    return new SkeletonTrack(out);
  }

  /**
   * The step period from the rise and fall of the hips, once per step whichever foot lands, or null when it does
   * not repeat clearly. It needs neither the contacts nor the left and right labels of the feet.
   */
  private static Double stepSeconds(Body body, BodyFrame frame) {
    double[] t = body.times();
    if (t.length < 3) {
      return null;
    }
    double sample = (t[t.length - 1] - t[0]) / (t.length - 1);
    return Period.seconds(body.hipHeight(frame), sample, MIN_STEP_SECONDS, MAX_STEP_SECONDS);
  }

  private static List<GaitEvent> events(Body body, BodyFrame frame, double legPx) {
    List<GaitEvent> events = new ArrayList<>();
    for (Side side : Side.values()) {
      List<GaitEvent> zeni = GaitEventDetector.detect(
          side, body.times(), body.aheadOfPelvis(frame, side.heel()), body.aheadOfPelvis(frame, side.toe()));
      events.addAll(GaitEventDetector.refineWithFootHeight(zeni, body.times(), body.footHeight(frame, side),
          FOOT_ON_GROUND * legPx, EVENT_WINDOW_SECONDS));
    }
    events.sort(Comparator.comparingDouble(GaitEvent::timeSeconds));
    return events;
  }

  /** Shoe bottoms by sample and side, from the masks; null entries where none was found. */
  private static double[][][] soles(PoseSeries series, List<MaskSample> masks) {
    Map<Integer, MaskSample> byFrame = new HashMap<>();
    masks.forEach(m -> byFrame.put(m.frameIndex(), m));
    double[][][] soles = new double[series.frames().size()][][];
    for (int i = 0; i < soles.length; i++) {
      MaskSample m = byFrame.get(series.frames().get(i).index());
      soles[i] = m == null ? new double[2][] : new double[][] {m.sole(Side.LEFT), m.sole(Side.RIGHT)};
    }
    return soles;
  }

  /**
   * Slope of the ground from the shoe nearer the camera in stance: a foot on the ground slides along the belt (or
   * the body passes over it), and the bottom of the shoe traces the ground line. The far shoe is left out: it is
   * often hidden behind the near leg, and its ground line sits higher in the image. While the near foot is down the
   * far one swings above it, so nothing else in the mask lies below the near sole. Null when the contacts do not
   * give a line ({@link GroundLine}).
   */
  private static Double groundSlopeDeg(double[][][] soles, List<GaitEvent> events, double legPx, Side near) {
    List<double[]> points = new ArrayList<>();
    for (GaitEvent contact : events) {
      if (contact.kind() != GaitEvent.Kind.CONTACT || contact.side() != near) {
        continue;
      }
      GaitEvent toeOff = next(events, contact, near, GaitEvent.Kind.TOE_OFF);
      if (toeOff == null) {
        continue;
      }
      // The shoe's lowest point is on the ground from heel strike to push-off; a frame is left off each end in
      // case an event is a frame early or late.
      for (int i = contact.sample() + 1; i < toeOff.sample(); i++) {
        double[] p = soles[i][near.ordinal()];
        if (p != null) {
          points.add(p);
        }
      }
    }
    return GroundLine.slopeDeg(points, legPx);
  }

  /** The foot's next event if it is of the expected kind; null when one was missed. */
  static GaitEvent next(List<GaitEvent> events, GaitEvent after, Side side, GaitEvent.Kind kind) {
    for (GaitEvent e : events) {
      if (e.timeSeconds() > after.timeSeconds() && e.side() == side) {
        return e.kind() == kind ? e : null;
      }
    }
    return null;
  }

  private List<StepMetrics> steps(
      Body body, BodyFrame frame, List<GaitEvent> events, double[] lean, double legPx) {
    List<StepMetrics> steps = new ArrayList<>();
    Double cmPerPx = config.runnerHeightCm() == null || !(legPx > 0)
        ? null : Anthropometry.LEG_FRACTION_OF_HEIGHT * config.runnerHeightCm() / legPx;
    for (GaitEvent contact : events) {
      if (contact.kind() != GaitEvent.Kind.CONTACT) {
        continue;
      }
      Side side = contact.side();
      GaitEvent toeOff = next(events, contact, side, GaitEvent.Kind.TOE_OFF);
      GaitEvent other = nextContact(events, contact, side.other());
      if (toeOff == null || other == null) {
        continue;
      }
      double stance = toeOff.timeSeconds() - contact.timeSeconds();
      if (stance < MIN_STANCE_SECONDS || stance > MAX_STANCE_SECONDS) {
        continue;
      }
      int c = contact.sample();
      int o = toeOff.sample();
      int mid = (c + o) / 2;
      Double peakKnee = null;
      for (int i = c; i <= o; i++) {
        double k = body.kneeFlexionDeg(side, i);
        if (Double.isFinite(k) && (peakKnee == null || k > peakKnee)) {
          peakKnee = k;
        }
      }
      double bounce = body.hipRiseAndFallPx(frame, c, other.sample());
      Double oscillation = legPx > 0 ? Stats.boxed(bounce / legPx) : null;
      steps.add(new StepMetrics(
          steps.size() + 1, side, contact.timeSeconds(), toeOff.timeSeconds(), other.timeSeconds(),
          1000 * stance, 1000 * (other.timeSeconds() - toeOff.timeSeconds()),
          Stats.boxed(lean[c]), Stats.boxed(lean[mid]), Stats.boxed(lean[o]),
          legPx > 0 ? Stats.boxed(body.aheadOfPelvisAt(frame, side.heel(), c) / legPx) : null,
          Stats.boxed(body.kneeFlexionDeg(side, c)), peakKnee,
          oscillation, oscillation == null || cmPerPx == null ? null : bounce * cmPerPx,
          Stats.boxed(body.hipExtensionDeg(frame, side, o, lean[o]))));
    }
    return steps;
  }

  private static GaitEvent nextContact(List<GaitEvent> events, GaitEvent after, Side side) {
    for (GaitEvent e : events) {
      if (e.timeSeconds() > after.timeSeconds() && e.kind() == GaitEvent.Kind.CONTACT) {
        return e.side() == side ? e : null;
      }
    }
    return null;
  }

  private static List<FrameMetrics> frameMetrics(
      PoseSeries series, Body body, double[] lean, Map<Integer, LumbarTrace> lumbar, List<GaitEvent> events) {
    List<FrameMetrics> out = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      var f = series.frames().get(i);
      LumbarTrace trace = lumbar.get(f.index());
      out.add(new FrameMetrics(f.index(), body.times()[i], f.found(), f.found() ? Stats.boxed(lean[i]) : null,
          trace == null ? null : Stats.boxed(trace.depthPct()), stance(events, body.times()[i])));
    }
    return out;
  }

  /** The foot on the ground at time t, from the last event of each foot before it. */
  private static String stance(List<GaitEvent> events, double t) {
    GaitEvent first = events.isEmpty() ? null : events.get(0);
    GaitEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    if (first == null || t < first.timeSeconds() || t > last.timeSeconds()) {
      return null;
    }
    Map<Side, GaitEvent.Kind> state = new HashMap<>();
    for (GaitEvent e : events) {
      if (e.timeSeconds() > t) {
        break;
      }
      state.put(e.side(), e.kind());
    }
    boolean left = state.get(Side.LEFT) == GaitEvent.Kind.CONTACT;
    boolean right = state.get(Side.RIGHT) == GaitEvent.Kind.CONTACT;
    return left && right ? "both" : left ? "left" : right ? "right" : "none";
  }

  private PostureSummary summary(PoseSeries series, List<StepMetrics> steps, List<GaitEvent> events,
      Double stepSeconds, double[] lean, List<FrameMetrics> frames, double legPx) {
    List<Double> contacts = events.stream()
        .filter(e -> e.kind() == GaitEvent.Kind.CONTACT).map(GaitEvent::timeSeconds).toList();
    // The count of contacts is the fallback when the hips' motion does not repeat clearly.
    Double cadence = stepSeconds != null ? 60 / stepSeconds : contacts.size() >= 3
        ? 60.0 * (contacts.size() - 1) / (contacts.get(contacts.size() - 1) - contacts.get(0)) : null;
    List<Double> lumbar = frames.stream().map(FrameMetrics::lumbarDepthPct).filter(v -> v != null).toList();
    return new PostureSummary(
        series.frames().size(), series.summary().framesWithPose(), steps.size(), cadence,
        Stats.boxed(Stats.median(lean)),
        Stats.median(steps.stream().map(StepMetrics::leanContactDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::leanMidStanceDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::leanToeOffDeg).toList()),
        Stats.median(lumbar), lumbar.size(),
        Stats.median(steps.stream().map(StepMetrics::hipExtensionToeOffDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::stanceMs).toList()),
        Stats.median(steps.stream().map(StepMetrics::flightMs).toList()),
        Stats.median(steps.stream().map(StepMetrics::overstride).toList()),
        Stats.median(steps.stream().map(StepMetrics::kneeFlexionContactDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::kneeFlexionPeakStanceDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::verticalOscillation).toList()),
        Stats.median(steps.stream().map(StepMetrics::verticalOscillationCm).toList()),
        Stats.boxed(legPx));
  }
}
