package org.runpose.posture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.runpose.RunposeVersion;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.GaitCheck;
import org.runpose.gait.GaitEventDetector;
import org.runpose.gait.GaitPattern;
import org.runpose.gait.Side;
import org.runpose.gait.StepPeriod;
import org.runpose.gait.StepTiming;
import org.runpose.pose.BodyLandmark;
import org.runpose.pose.Keypoint;
import org.runpose.pose.PoseFrame;
import org.runpose.pose.PoseSeries;
import org.runpose.scene.SceneLine;
import org.runpose.scene.TrueVertical;
import org.runpose.signal.KeypointTracks;
import org.runpose.signal.SignalConfig;
import org.runpose.video.VideoInfo;

/**
 * From a runner's keypoints to the measures a physical therapist would take from a side-view video: running
 * direction and true vertical, trunk lean, lumbar curvature, steps and their timing, and the flags.
 */
public final class PostureAnalyzer {

  /** How far, in step periods, from the position-based event a ground contact or take-off is looked for. */
  private static final double EVENT_WINDOW_STEPS = 0.35;
  /** Frames two feet that are alike lie apart in stance time at most, on the rendered runners (README, Steps). */
  static final int SAME_FOOT_FRAMES = 2;
  /**
   * A heel-to-toe line steeper than this against the ground is not a foot on or about to meet it: its keypoints are
   * swapped or lost (seen at a real contact, where the line pointed backwards).
   */
  private static final double MAX_FOOT_INCLINATION_DEG = 60;
  /**
   * A shoe this close to its height over the stance has landed: twice the half pixel the mask's edge is located to,
   * where a heel a frame before landing is still several pixels up. Chosen on the tuning clips: 0.5 px gives the same
   * real figures, 1.5 px moves two real clips' foot strike by 15-19° (earlier frames taken for the landing).
   */
  private static final double LANDED_PX = 1;
  /** How many frames either side of a contact the landing frame is looked for. */
  private static final int LANDING_SEARCH_FRAMES = 2;
  /** How far the stance knee straightens from its peak before toe-off: past that, a new bend is the swing's. */
  private static final double KNEE_EXTENDED_DEG = 5;
  /** Same-foot events are at least this share of a stride apart. */
  private static final double MIN_EVENT_SEPARATION_STRIDES = 0.6;
  /** The step period assumed when the motion does not repeat clearly: a runner at 176 steps per minute. */
  private static final double DEFAULT_STEP_SECONDS = 0.34;
  /**
   * A step period beyond this is slower than any walk: slowed playback, whose cleaning windows and cut-off are
   * stretched to the clip's pace.
   */
  private static final double SLOWED_STEP_SECONDS = 0.9;
  /**
   * Foot heights that tell stance from swing this clearly ({@link GaitEventDetector#heightContrast}) time the
   * events; below it the foot's speed does. Chosen on the tuning clips, where 6 to 7 gave the same events: the
   * rendered side views give 7-53 (the far feet of the two panning cameras 3), real footage mostly under 6 (a phone at
   * belt height, noisy feet, a moving camera), a few clean ones 12-14.
   */
  private static final double CLEAR_HEIGHT_CONTRAST = 6.5;
  /**
   * Share of the stance speed at which a foot counts as moving with the ground. Chosen on the tuning clips: 0.5 left
   * real toe-offs 1-2 frames late, 0.7 put them within a frame.
   */
  private static final double MOVING_WITH_GROUND = 0.7;
  /**
   * Sole points this close in time to a foot's contact or toe-off are not taken for the ground line, in case the
   * event is early or late, and for the push-off, whose toe tilts the line: a frame at 30 frames/s, where the line was
   * tuned; at 60 frames/s, two. In real time: a clip whose slow-motion factor is given leaves out that many times more
   * of its frames.
   */
  static final double SOLE_MARGIN_SECONDS = 1 / 30.0;
  /**
   * Share of a stance, from contact, whose sole points give the ground line. Later the heel rises and the shoe's lowest
   * edge is the toe's, narrower and further from the camera, so higher in the picture; a foot that slides back (a
   * treadmill belt, a camera that follows) puts those points behind the earlier ones, which tilted the line toward the
   * runner's back: on the rendered tuning clips the soles' slope was a mean 0.43° off running left and -0.30°
   * running right, 0.09° and -0.04° with this share. Running heels rise at about 60 % of stance, walking ones a
   * little earlier.
   */
  static final double SOLE_STANCE_SHARE = 0.6;
  /** A foot down this many times as long as its other stances is standing (a walker's stance is 1.2 steps long). */
  static final double STANDING_STANCES = 3;
  /** A foot this close to the ground, as a share of leg length, counts as on it. */
  private static final double FOOT_ON_GROUND = 0.04;
  /**
   * A person on their feet keeps the hips above the feet: a median further from vertical than this means the picture
   * is turned. Not the trunk: a sprinter leaving the blocks runs with it near level.
   */
  private static final double MAX_LEGS_FROM_UPRIGHT_DEG = 60;
  /** How far the soles' ground and the scene's few upright edges may disagree before the slope is said to be unsure. */
  private static final double SLOPE_DOUBT_DEG = 2;
  /**
   * Ground slopes read steeper than this are taken for a misreading (a runner filmed side-on by a camera rolled that
   * far would be cut by the picture's edges), and the slope is not estimated.
   */
  static final double MAX_ESTIMATED_SLOPE_DEG = 15;
  /** Fewest frames showing the back for a lumbar finding. */
  static final int MIN_LUMBAR_FRAMES = 10;

  private final AnalysisConfig config;

  public PostureAnalyzer(AnalysisConfig config) {
    this.config = config;
  }

  /**
   * @param video the keypoints, as the tracker gave them (frames of anyone other than the runner are left out)
   * @param videoMasks what the person mask showed in each frame with a pose, measured while the video was read; null
   *     when analysing saved keypoints, which carry no masks (the lumbar curvature and camera roll are then not
   *     measured)
   * @param sceneLines the scene's upright edges; null when analysing saved keypoints
   * @return the analysis, with the cleaned skeletons of the frames where the runner was found
   */
  public AnalysisResult analyze(PoseSeries video, List<MaskSample> videoMasks, List<SceneLine> sceneLines) {
    List<String> personNotes = new ArrayList<>();
    PoseSeries person = OnePerson.of(video, personNotes);
    List<OnePass.Pass> found = OnePass.of(person);
    List<AnalysisResult> passes = new ArrayList<>();
    for (OnePass.Pass pass : found) {
      // A direction the user gave is that of the first pass; a pass heading the other way goes the other way.
      Direction direction = config.direction() == null ? pass.facing()
          : pass.facing() == found.get(0).facing() ? config.direction() : config.direction().opposite();
      Runner runner = runner(video, person, personNotes, pass, direction, videoMasks);
      Attempt first = measure(runner, sceneLines, null);
      passes.add(first.doubt() == null ? first.result() : measure(runner, sceneLines, first.doubt()).result());
    }
    return AnalysisResult.ofPasses(passes);
  }

  /**
   * A ground slope from the soles that nothing backs: the scene's few upright edges disagree with it, and the foot
   * events do not hang together (a clip with another program's skeleton drawn on it read 14.5° from its soles, the
   * edges -0.6°, and so a lean 15° too far forward). Either sign alone leaves the soles' slope in use: on a rendered
   * runner whose steps failed the gait check, the soles still gave the camera's roll to 0.1°.
   */
  private record SlopeDoubt(double solesDeg, double edgesDeg) {}

  private record Attempt(AnalysisResult result, SlopeDoubt doubt) {}

  /**
   * What does not depend on the ground slope: the runner's frames and cleaned tracks, their direction and step period,
   * and the back's outline in each frame.
   *
   * @param level the picture's level before any slope is estimated: the user's roll, or none
   * @param notes the notes on the frames and keypoints
   */
  private record Runner(PoseSeries series, List<MaskSample> masks, SignalConfig cleaning, Body body,
      Direction direction, String directionSource, BodyFrame level, StepPeriod period, double stepSeconds,
      double legPx, MaskSample[] maskAt, Map<Integer, LumbarTrace> lumbarByFrame,
      Map<BackReading.Hidden, Integer> hidden, List<String> notes, int framesLeftOut) {}

  /**
   * @param person the video's frames of the person analysed
   * @param personNotes what was said in finding the person
   * @param direction the way the person faces in this pass
   */
  private Runner runner(PoseSeries video, PoseSeries person, List<String> personNotes, OnePass.Pass pass,
      Direction direction, List<MaskSample> videoMasks) {
    PoseSeries series = pass.series();
    List<MaskSample> masks = series == video || videoMasks == null ? videoMasks : onPoses(videoMasks, series);
    KeypointTracks raw = KeypointTracks.from(series);
    if (config.slowMotionFactor() != null) {
      raw = raw.slowedBy(config.slowMotionFactor());
    }
    SignalConfig cleaning = config.signal();
    KeypointTracks tracks = raw.clean(cleaning);
    Body body = new Body(tracks);
    String directionSource = config.direction() == null ? "video"
        : direction == config.direction() ? "user" : "user, reversed for a pass the other way";
    BodyFrame level = new BodyFrame(direction, config.rollDeg() != null ? config.rollDeg() : 0);
    StepPeriod period = body.stepPeriod(level);
    if (period.seconds() != null && period.seconds() > SLOWED_STEP_SECONDS) {
      // Slowed playback: clean again with windows and cut-off stretched to the clip's own pace.
      cleaning = config.signal().stretchedBy(period.seconds() / DEFAULT_STEP_SECONDS);
      tracks = raw.clean(cleaning);
      body = new Body(tracks);
      period = body.stepPeriod(level);
    }
    double stepSeconds = period.seconds() != null ? period.seconds() : DEFAULT_STEP_SECONDS;
    // The person's frames, as found: a pass left out is said in its own note, not as frames without the runner.
    List<String> notes = new ArrayList<>(person.summary().notes());
    notes.addAll(personNotes);
    notes.addAll(pass.notes());
    if (!tracks.swapRepairedFrames().isEmpty()) {
      int swapped = tracks.swapRepairedFrames().size();
      notes.add("Left and right limbs were swapped by the pose model in " + swapped
          + (swapped == 1 ? " frame" : " frames") + " and were put back.");
    }

    Map<Integer, LumbarTrace> lumbarByFrame = new HashMap<>();
    Map<BackReading.Hidden, Integer> hidden = new EnumMap<>(BackReading.Hidden.class);
    Map<Integer, Integer> sampleOf = new HashMap<>();
    for (int i = 0; i < series.frames().size(); i++) {
      sampleOf.put(series.frames().get(i).index(), i);
    }
    for (MaskSample s : masks == null ? List.<MaskSample>of() : masks) {
      Integer sample = sampleOf.get(s.frameIndex());
      // The back's outline runs from the hip to the shoulder: one of them cut by the picture's edge cuts it too.
      BackReading back = sample == null ? s.back(direction).judged(null)
          : !body.trunkSeen(level, sample, series.video().widthPx(), series.video().heightPx())
              ? BackReading.hidden(BackReading.Hidden.TRUNK_AT_EDGE)
              : s.back(direction).judged(series.frames().get(sample));
      if (back.trace() != null) {
        lumbarByFrame.put(s.frameIndex(), back.trace());
      } else {
        hidden.merge(back.hidden(), 1, Integer::sum);
      }
    }
    return new Runner(series, masks, cleaning, body, direction, directionSource, level, period, stepSeconds,
        body.legLengthPx(), maskAt(series, masks), lumbarByFrame, hidden, List.copyOf(notes),
        person.summary().framesWithPose() - series.summary().framesWithPose());
  }

  /** @param rejected the soles' slope of an earlier attempt that nothing backed, not to be used again; or null */
  private Attempt measure(Runner runner, List<SceneLine> sceneLines, SlopeDoubt rejected) {
    PoseSeries series = runner.series();
    List<MaskSample> masks = runner.masks();
    Body body = runner.body();
    Direction direction = runner.direction();
    BodyFrame level = runner.level();
    StepPeriod period = runner.period();
    double stepSeconds = runner.stepSeconds();
    double legPx = runner.legPx();
    double frameSeconds = frameSeconds(body);
    Map<Integer, LumbarTrace> lumbarByFrame = runner.lumbarByFrame();
    List<String> notes = new ArrayList<>(runner.notes());
    int n = body.size();
    double roll = level.rollDeg();
    String rollSource = config.rollDeg() != null ? "user" : "not estimated";
    Double edgesSlopeDeg = null;
    if (config.rollDeg() == null) {
      TrueVertical.Estimate scene = sceneLines == null ? null
          : TrueVertical.at(sceneLines, body.medianX(direction.nearSide().hip()), series.video().widthPx());
      Double estimated = scene != null ? Double.valueOf(scene.groundSlopeDeg())
          : rejected != null ? null
          : groundSlopeDeg(runner.maskAt(), events(body, level, legPx, stepSeconds, Timing.BY_HEIGHT).events(), legPx,
              direction.nearSide(), frameSeconds);
      if (estimated != null && Math.abs(estimated) > MAX_ESTIMATED_SLOPE_DEG) {
        estimated = null;
      }
      if (scene == null && estimated != null && sceneLines != null && !sceneLines.isEmpty()) {
        edgesSlopeDeg = slopeDoubt(sceneLines, estimated);
      }
      if (estimated != null) {
        roll = estimated;
        rollSource = scene != null ? "scene verticals" : "foot contacts";
        level = new BodyFrame(direction, roll);
      }
    }
    BodyFrame frame = level;
    Timed timed = events(body, frame, legPx, stepSeconds, Timing.RUNNING);
    List<GaitEvent> events = timed.events();
    double[] lean = body.trunkLeanDeg(frame, series.video().widthPx(), series.video().heightPx());
    double shoulderSpread = body.spreadRatio(frame, BodyLandmark.LEFT_SHOULDER, BodyLandmark.RIGHT_SHOULDER);
    double hipSpread = body.spreadRatio(frame, BodyLandmark.LEFT_HIP, BodyLandmark.RIGHT_HIP);
    boolean sideView = !(Math.max(shoulderSpread, hipSpread) > config.maxSideWidthRatio());
    ViewCheck view = new ViewCheck(direction, runner.directionSource(), roll, rollSource, shoulderSpread, hipSpread,
        sideView);
    SignalConfig cleaning = runner.cleaning();
    List<double[]> holes = holes(body.times(), cleaning.maxGapSeconds());
    Steps found = judge(events, body, frame, period, holes, frameSeconds);
    // A walker's speed-timed feet are timed again at their extremes; feet timed by their height stay as they are.
    if (found.judgement().check().pattern() == GaitPattern.WALKING && timed.byHeight().size() < Side.values().length) {
      List<GaitEvent> walking = events(body, frame, legPx, stepSeconds, Timing.WALKING).events();
      Steps again = judge(walking, body, frame, period, holes, frameSeconds);
      if (again.judgement().check().pattern() == GaitPattern.WALKING) {
        events = walking;
        found = again;
      }
    }
    List<Candidate> candidates = found.candidates();
    if (timed.byHeight().size() == 1) {
      boolean atExtremes = events != timed.events();
      Side clear = timed.byHeight().iterator().next();
      // Each way of timing has its own bias (on the renders, speed-timed toe-offs come about 2 frames late).
      notes.add(String.format(java.util.Locale.ROOT, "The %s foot's contacts and toe-offs were timed by its height"
          + " above the ground, the %s foot's by its %s, its height not telling stance from swing as clearly: a"
          + " left-right difference in stance time of up to 2 frames (%.0f ms) can come from that alone.", clear.id(),
          clear.other().id(), atExtremes ? "position" : "speed", 2000 * frameSeconds));
    }
    if (found.acrossHoles() > 0) {
      notes.add(found.acrossHoles() + (found.acrossHoles() == 1 ? " step" : " steps") + " across a hole in the video"
          + " (longer than " + Math.round(1000 * cleaning.maxGapSeconds()) + " ms) "
          + (found.acrossHoles() == 1 ? "was" : "were") + " left out.");
    }
    GaitCheck.Judgement judgement = found.judgement();
    GaitCheck gait = judgement.check();
    List<StepMetrics> steps = steps(body, frame, runner.maskAt(), candidates, judgement.accepted(), gait.pattern(),
        lean, legPx, series.video().widthPx(), series.video().heightPx());
    List<FrameMetrics> frames = frameMetrics(series, body, lean, lumbarByFrame, events);

    List<String> reasons = new ArrayList<>();
    int withPose = series.summary().framesWithPose();
    if (withPose == 0) {
      reasons.add("No person was found in any frame: film the runner side-on with the whole body in view.");
    } else if (withPose < config.minPoseFraction() * inView(series)) {
      reasons.add("The runner was found in only " + withPose + " of the " + inView(series) + " frames from the"
          + " first to the last in which they were seen.");
    }
    List<CaptureCheck> capture = withPose == 0 ? List.of()
        : capture(series, body, view, edgesSlopeDeg, rejected, masks, steps, gait, legPx);
    capture.stream().filter(c -> c.grade() == CaptureCheck.Grade.UNUSABLE).forEach(c -> reasons.add(c.sentence()));
    double[] legs = new double[n];
    for (int i = 0; i < n; i++) {
      legs[i] = Math.abs(body.legsFromUprightDeg(frame, i));
    }
    double medianLegs = Stats.median(legs);
    if (medianLegs > MAX_LEGS_FROM_UPRIGHT_DEG) {
      reasons.add(String.format(java.util.Locale.ROOT,
          "The runner is not upright in the picture (from the feet to the hips is %.0f° from vertical): the video"
              + " is probably shown turned by a wrong rotation tag, or the camera lay on its side. Turn the video"
              + " upright and analyse it again.", medianLegs));
    }
    // A recording that cannot carry the findings cannot carry the angles either: they are withheld with them.
    if (capture.stream().anyMatch(c -> c.grade() == CaptureCheck.Grade.UNUSABLE)
        || medianLegs > MAX_LEGS_FROM_UPRIGHT_DEG) {
      steps = steps.stream().map(StepMetrics::withoutAngles).toList();
      frames = frames.stream().map(FrameMetrics::withoutLean).toList();
      lean = new double[0];
      notes.add("The angles (trunk lean, knee, hip, foot, shank) and the overstride are withheld with the findings:"
          + " the recording does not allow them, for the reasons given with the findings.");
    } else {
      steps = StepAgreement.judged(steps, notes);
    }
    if (withPose > 0 && steps.size() < config.minSteps()) {
      // A video too short to hold the steps even at a walk says so: nothing else in it is at fault.
      double lastsSeconds = series.video().durationMicros() / 1e6;
      String tooShort = lastsSeconds > 0 && lastsSeconds < config.minSteps() * GaitCheck.USUAL_WALKING_STEP_SECONDS
          ? String.format(java.util.Locale.ROOT, " in the %.2f s the video lasts", lastsSeconds) : "";
      String recognised = steps.isEmpty() ? "No step was"
          : "Only " + steps.size() + (steps.size() == 1 ? " step was" : " steps were");
      reasons.add(recognised + " recognised" + tooShort + "; at least " + config.minSteps() + " are needed. Film a few"
          + " seconds of steady running (or walking) with the feet in view.");
    }
    PostureSummary summary = summary(series, runner.framesLeftOut(), steps, gait, lean, frames, legPx);
    if (summary.stanceMs() != null) {
      String sides = feetApart(steps, frameSeconds);
      if (sides != null) {
        notes.add(sides);
      }
    }
    List<LeanStretch> stretches = reasons.isEmpty() ? LeanStretch.of(steps, frames, config) : List.of();
    List<Flag> flags = Flags.of(config, summary, gait, steps, frames, reasons, stretches,
        lumbarMissing(masks, lumbarByFrame.size(), runner.hidden()));
    List<FootEvent> footEvents = events.stream()
        .map(e -> new FootEvent(e.side(), e.kind(), series.frames().get(e.sample()).index(), e.timeSeconds()))
        .toList();
    PostureAnalysis analysis = new PostureAnalysis(PostureAnalysis.FORMAT_VERSION,
        RunposeVersion.get().runpose(), series.video(), series.model(), series.settings(), config, view, capture, gait,
        reasons.isEmpty(), reasons, summary, SessionTrend.of(frames, steps), stretches, flags, steps, footEvents,
        frames, notes, List.of());
    SlopeDoubt doubt = rejected == null && "foot contacts".equals(rollSource) && edgesSlopeDeg != null
        && !gait.problems().isEmpty() ? new SlopeDoubt(roll, edgesSlopeDeg) : null;
    return new Attempt(new AnalysisResult(analysis, skeletons(series, body), lumbarByFrame), doubt);
  }

  /**
   * Where the two feet's median stance times lie further apart than runpose's timing puts two feet that are alike (2
   * frames on the rendered runners), a note saying so and what it may be; null otherwise, or without both feet's.
   */
  static String feetApart(List<StepMetrics> steps, double frameSeconds) {
    Double left = Stats.median(steps.stream().filter(s -> s.side() == Side.LEFT).map(StepMetrics::stanceMs).toList());
    Double right = Stats.median(steps.stream().filter(s -> s.side() == Side.RIGHT).map(StepMetrics::stanceMs)
        .toList());
    double alikeMs = 1000 * SAME_FOOT_FRAMES * frameSeconds;
    if (left == null || right == null || Math.abs(left - right) <= alikeMs) {
      return null;
    }
    return String.format(java.util.Locale.ROOT, "The left foot's stance (a median %.0f ms) and the right's (%.0f ms)"
        + " differ by %.0f ms, more than runpose's timing puts two feet that are alike apart (%d frames, %.0f ms, on"
        + " the rendered runners): the runner may favour one leg, or one foot's contacts and toe-offs are off (a foot"
        + " hidden behind the other leg or the treadmill). Look at the landings in the video before reading it as an"
        + " asymmetry.", left, right, Math.abs(left - right), SAME_FOOT_FRAMES, alikeMs);
  }

  /**
   * Frames from the first to the last with the runner: a runner crossing the frame is out of view before and after,
   * which says nothing about how well they were followed.
   */
  private static int inView(PoseSeries series) {
    List<PoseFrame> frames = series.frames();
    int first = 0;
    while (first < frames.size() && !frames.get(first).found()) {
      first++;
    }
    int last = frames.size() - 1;
    while (last > first && !frames.get(last).found()) {
      last--;
    }
    return Math.max(1, last - first + 1);
  }

  /**
   * The slope the scene's upright edges, too few to give the true vertical themselves ({@link TrueVertical}), suggest
   * when it differs from the ground the soles trace by more than {@link #SLOPE_DOUBT_DEG}: one of the two is off (a
   * camera tilted up from the floor, a leaning post), and the lean with it; null when they agree. Nothing is
   * changed; the user is told.
   */
  private static Double slopeDoubt(List<SceneLine> sceneLines, double solesSlopeDeg) {
    double edgesSlopeDeg = -Stats.median(sceneLines.stream().mapToDouble(SceneLine::angleDeg).toArray());
    return Math.abs(edgesSlopeDeg - solesSlopeDeg) > SLOPE_DOUBT_DEG ? edgesSlopeDeg : null;
  }

  /** The capture-quality gate ({@link CaptureChecks}), over the frames with the runner. */
  private List<CaptureCheck> capture(PoseSeries series, Body body, ViewCheck view, Double edgesSlopeDeg,
      SlopeDoubt rejected, List<MaskSample> masks, List<StepMetrics> steps, GaitCheck gait, double legPx) {
    VideoInfo video = series.video();
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < body.size(); i++) {
      if (series.frames().get(i).found()) {
        found.add(i);
      }
    }
    // From the model's own points: the cleaned tracks drop the unsure ones, and a cut-off foot is one of them.
    int feetOut = 0;
    int headOut = 0;
    for (int i : found) {
      PoseFrame f = series.frames().get(i);
      feetOut += outside(f, video, BodyLandmark.LEFT_HEEL, BodyLandmark.LEFT_FOOT_INDEX, BodyLandmark.RIGHT_HEEL,
          BodyLandmark.RIGHT_FOOT_INDEX) ? 1 : 0;
      headOut += outside(f, video, BodyLandmark.NOSE) ? 1 : 0;
    }
    // The runner's size over the first and the last third of the frames with the runner.
    int third = found.size() / 3;
    double sizeChange = third < 3 ? Double.NaN
        : Stats.median(found.subList(found.size() - third, found.size()).stream().mapToDouble(body::trunkLengthPx)
            .toArray()) / Stats.median(found.subList(0, third).stream().mapToDouble(body::trunkLengthPx).toArray()) - 1;
    // A check that could not be made (too few frames showing what it needs) is left out.
    return Stream.of(
        CaptureChecks.frameRate(video.fps(), series.frameStep(), config.slowMotionFactor(),
            gait.timeBase() == GaitCheck.TimeBase.LOOKS_SLOWED),
        rejected == null ? CaptureChecks.cameraLevel(view, edgesSlopeDeg)
            : CaptureChecks.cameraLevelNeitherTrusted(rejected.solesDeg(), rejected.edgesDeg()),
        CaptureChecks.cameraSquare(view, config.maxSideWidthRatio(), sizeChange),
        CaptureChecks.wholeBody((double) feetOut / found.size(), (double) headOut / found.size(), steps),
        CaptureChecks.runnerSize(legPx / Anthropometry.LEG_FRACTION_OF_HEIGHT, video.heightPx()),
        CaptureChecks.light(masks), CaptureChecks.sharpness(masks)).filter(Objects::nonNull).toList();
  }

  /** Whether any of the landmarks lies outside the picture, where the model guesses it from the rest of the body. */
  private static boolean outside(PoseFrame f, VideoInfo video, BodyLandmark... landmarks) {
    for (BodyLandmark lm : landmarks) {
      Keypoint k = f.keypoint(lm);
      if (k.xPx() < 0 || k.yPx() < 0 || k.xPx() > video.widthPx() || k.yPx() > video.heightPx()) {
        return true;
      }
    }
    return false;
  }

  /** Why the lower back was measured in too few frames, or null when it was measured in enough. */
  private static String lumbarMissing(List<MaskSample> masks, int shown, Map<BackReading.Hidden, Integer> hidden) {
    if (masks == null) {
      return "The lower back is measured on the person outline, which only the video shows; saved keypoints do"
          + " not carry it. Run 'runpose analyze' on the video.";
    }
    if (shown >= MIN_LUMBAR_FRAMES) {
      return null;
    }
    if (masks.isEmpty()) {
      return "The runner was not found in any frame, so the lower back could not be measured.";
    }
    BackReading.Hidden main = hidden.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(BackReading.Hidden.EDGE_NOT_FOUND);
    return "The lower back was clearly visible in only " + shown + " of " + (shown + hidden.values().stream()
        .mapToInt(Integer::intValue).sum()) + " frames (at least " + MIN_LUMBAR_FRAMES + " are needed): in most of"
        + " the others " + main.reason() + ".";
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

  /** How events are timed where the foot's height does not tell stance from swing clearly. */
  private enum Timing {
    /** By the foot's speed: a running foot keeps moving back after it leaves the ground. */
    RUNNING,
    /**
     * At the extremes of the foot's position, as Zeni et al. found for walking: a walker's toe is still on the
     * ground when it is furthest back, and their speed-timed toe-offs came 2 frames early on the tuning walkers.
     */
    WALKING,
    /**
     * Always by the foot's height, every crossing of the level: strict stances, which keep a lifting foot out of the
     * ground line's.
     */
    BY_HEIGHT
  }

  /** Both feet's events, and the feet whose events were timed by their height. */
  private record Timed(List<GaitEvent> events, Set<Side> byHeight) {}

  /**
   * Both feet's contacts and toe-offs, timed by the foot's height where it tells stance from swing clearly
   * ({@link GaitEventDetector#heightContrast}), else as {@code timing} says.
   */
  private static Timed events(Body body, BodyFrame frame, double legPx, double stepSeconds, Timing timing) {
    List<GaitEvent> events = new ArrayList<>();
    Set<Side> byHeight = EnumSet.noneOf(Side.class);
    for (Side side : Side.values()) {
      double[] heel = body.aheadOfPelvis(frame, side.heel());
      double[] toe = body.aheadOfPelvis(frame, side.toe());
      List<GaitEvent> zeni = GaitEventDetector.detect(side, body.times(), heel, toe,
          MIN_EVENT_SEPARATION_STRIDES * 2 * stepSeconds);
      double[] height = body.footHeight(frame, side);
      if (timing == Timing.BY_HEIGHT || GaitEventDetector.heightContrast(zeni, height) >= CLEAR_HEIGHT_CONTRAST) {
        events.addAll(GaitEventDetector.refineWithFootHeight(zeni, body.times(), height, FOOT_ON_GROUND * legPx,
            EVENT_WINDOW_STEPS * stepSeconds, timing != Timing.BY_HEIGHT));
        byHeight.add(side);
      } else {
        events.addAll(timing == Timing.WALKING ? zeni
            : GaitEventDetector.refineWithFootSpeed(zeni, body.times(), heel, toe, MOVING_WITH_GROUND));
      }
    }
    events.sort(Comparator.comparingDouble(GaitEvent::timeSeconds));
    return new Timed(events, byHeight);
  }


  /** The masks of the frames that keep their pose (those of someone else are dropped with them). */
  private static List<MaskSample> onPoses(List<MaskSample> masks, PoseSeries series) {
    Set<Integer> withPose = new HashSet<>();
    series.frames().stream().filter(PoseFrame::found).forEach(f -> withPose.add(f.index()));
    return masks.stream().filter(m -> withPose.contains(m.frameIndex())).toList();
  }

  /** Each frame's mask measures, by the frame's place in the series; null where there are none. */
  private static MaskSample[] maskAt(PoseSeries series, List<MaskSample> masks) {
    Map<Integer, MaskSample> byFrame = new HashMap<>();
    if (masks != null) {
      masks.forEach(m -> byFrame.put(m.frameIndex(), m));
    }
    MaskSample[] at = new MaskSample[series.frames().size()];
    for (int i = 0; i < at.length; i++) {
      at[i] = byFrame.get(series.frames().get(i).index());
    }
    return at;
  }

  /**
   * Slope of the ground from the shoe nearer the camera in stance: a foot on the ground slides along the belt (or
   * the body passes over it), and the bottom of the shoe traces the ground line. The far shoe is left out: it is
   * often hidden behind the near leg, and its ground line sits higher in the image. While the near foot is down the
   * far one swings above it, so nothing else in the mask lies below the near sole. Null when the contacts do not
   * give a line ({@link GroundLine}).
   */
  private static Double groundSlopeDeg(MaskSample[] maskAt, List<GaitEvent> events, double legPx, Side near,
      double frameSeconds) {
    return GroundLine.slopeDegByStance(stanceSoles(maskAt, events, near, soleMarginSamples(frameSeconds)), legPx);
  }

  /**
   * The near foot's sole points {x, y} of each stance from contact to {@link #SOLE_STANCE_SHARE} of it, a margin
   * left off each end in case an event is early or late. A foot down more than {@link #STANDING_STANCES} times as
   * long as the median of its other stances is standing, not stepping, perhaps on something other than the ground
   * (starting blocks, a treadmill's side rails), and gives none.
   */
  static List<List<double[]>> stanceSoles(MaskSample[] maskAt, List<GaitEvent> events, Side near, int margin) {
    List<GaitEvent[]> down = new ArrayList<>();
    for (GaitEvent contact : events) {
      GaitEvent toeOff = contact.kind() == GaitEvent.Kind.CONTACT && contact.side() == near
          ? next(events, contact, near, GaitEvent.Kind.TOE_OFF) : null;
      if (toeOff != null) {
        down.add(new GaitEvent[] {contact, toeOff});
      }
    }
    double[] lasts = down.stream().mapToDouble(d -> d[1].timeSeconds() - d[0].timeSeconds()).toArray();
    List<List<double[]>> stances = new ArrayList<>();
    for (int k = 0; k < down.size(); k++) {
      GaitEvent contact = down.get(k)[0];
      GaitEvent toeOff = down.get(k)[1];
      int self = k;
      // NaN with no other stance: a single stance is kept.
      double others = Stats.median(IntStream.range(0, lasts.length).filter(j -> j != self).mapToDouble(j -> lasts[j])
          .toArray());
      if (lasts[k] > STANDING_STANCES * others) {
        continue;
      }
      int last = Math.min(toeOff.sample() - margin,
          (int) Math.round(contact.sample() + SOLE_STANCE_SHARE * (toeOff.sample() - contact.sample())));
      List<double[]> points = new ArrayList<>();
      for (int i = contact.sample() + margin; i <= last; i++) {
        double[] p = maskAt[i] == null ? null : maskAt[i].sole(near);
        if (p != null) {
          points.add(p);
        }
      }
      stances.add(points);
    }
    return stances;
  }

  /** The samples that make up {@link #SOLE_MARGIN_SECONDS}, at least one: the same time at 30 and 60 frames/s. */
  static int soleMarginSamples(double frameSeconds) {
    return frameSeconds > 0 ? Math.max(1, (int) Math.round(SOLE_MARGIN_SECONDS / frameSeconds)) : 1;
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

  /** A foot's contact with its toe-off and the other foot's next contact. */
  private record Candidate(GaitEvent contact, GaitEvent toeOff, GaitEvent next) {}

  /** The steps the events make, how many were left out across a hole in the video, and how they were judged. */
  private record Steps(List<Candidate> candidates, int acrossHoles, GaitCheck.Judgement judgement) {}

  /**
   * The steps the events make and their judgement.
   *
   * @param holes the time line's holes ({@link #holes}): a step across one is left out, since an event may have
   *     fallen into it
   * @param frameSeconds the usual time between samples ({@link #frameSeconds})
   */
  private Steps judge(List<GaitEvent> events, Body body, BodyFrame frame, StepPeriod period, List<double[]> holes,
      double frameSeconds) {
    List<Candidate> all = candidates(events);
    List<Candidate> candidates = all.stream()
        .filter(c -> !acrossHole(holes, c.contact().timeSeconds(), c.next().timeSeconds())).toList();
    List<StepTiming> timings = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      timings.add(new StepTiming(c.contact().timeSeconds(), c.toeOff().timeSeconds(), c.next().timeSeconds(),
          body.hipsLowAt(frame, c.contact().sample(), c.next().sample(),
              (c.contact().sample() + c.toeOff().sample()) / 2)));
    }
    int[] alternation = alternation(events);
    return new Steps(candidates, all.size() - candidates.size(),
        GaitCheck.judge(timings, period, config.slowMotionFactor(), alternation[0], alternation[1], frameSeconds));
  }

  /** The stretches {start, end} of the time line, in seconds, longer than {@code maxGapSeconds} without a sample. */
  private static List<double[]> holes(double[] t, double maxGapSeconds) {
    List<double[]> holes = new ArrayList<>();
    for (int i = 0; i + 1 < t.length; i++) {
      if (t[i + 1] - t[i] > maxGapSeconds) {
        holes.add(new double[] {t[i], t[i + 1]});
      }
    }
    return holes;
  }

  /**
   * Whether a hole lies between two times: a step timed across it may have lost an event in it, and an event timed
   * between the samples either side of it lies in it.
   */
  private static boolean acrossHole(List<double[]> holes, double fromSeconds, double toSeconds) {
    return holes.stream().anyMatch(h -> fromSeconds < h[1] && toSeconds > h[0]);
  }

  /** Every contact followed by the same foot's toe-off and then the other foot's contact. */
  private static List<Candidate> candidates(List<GaitEvent> events) {
    List<Candidate> out = new ArrayList<>();
    for (GaitEvent contact : events) {
      if (contact.kind() != GaitEvent.Kind.CONTACT) {
        continue;
      }
      GaitEvent toeOff = next(events, contact, contact.side(), GaitEvent.Kind.TOE_OFF);
      GaitEvent other = nextContact(events, contact, contact.side().other());
      if (toeOff != null && other != null) {
        out.add(new Candidate(contact, toeOff, other));
      }
    }
    return out;
  }

  /** The usual time between samples: the events' timing resolution. */
  private static double frameSeconds(Body body) {
    double[] t = body.times();
    double[] dt = new double[Math.max(0, t.length - 1)];
    for (int i = 0; i < dt.length; i++) {
      dt[i] = t[i + 1] - t[i];
    }
    return dt.length == 0 ? 0 : Stats.median(dt);
  }

  /** Consecutive contacts by the same foot, and the pairs of consecutive contacts looked at. */
  private static int[] alternation(List<GaitEvent> events) {
    int breaks = 0;
    int pairs = 0;
    GaitEvent previous = null;
    for (GaitEvent e : events) {
      if (e.kind() == GaitEvent.Kind.CONTACT) {
        if (previous != null) {
          pairs++;
          breaks += previous.side() == e.side() ? 1 : 0;
        }
        previous = e;
      }
    }
    return new int[] {breaks, pairs};
  }

  /**
   * The accepted steps' measures. A runner's flight (a walker's double support) found shorter than one frame, which
   * the check lets pass as within the events' timing error, is given as none: the toe-off is taken at the other
   * foot's contact, so stance and flight still add up to the step.
   */
  private List<StepMetrics> steps(Body body, BodyFrame frame, MaskSample[] maskAt, List<Candidate> candidates,
      boolean[] accepted, GaitPattern pattern, double[] lean, double legPx, int widthPx, int heightPx) {
    List<StepMetrics> steps = new ArrayList<>();
    Double cmPerPx = config.runnerHeightCm() == null || !(legPx > 0)
        ? null : Anthropometry.LEG_FRACTION_OF_HEIGHT * config.runnerHeightCm() / legPx;
    for (int k = 0; k < candidates.size(); k++) {
      if (!accepted[k]) {
        continue;
      }
      GaitEvent contact = candidates.get(k).contact();
      GaitEvent toeOff = candidates.get(k).toeOff();
      GaitEvent other = candidates.get(k).next();
      Side side = contact.side();
      int c = contact.sample();
      int o = toeOff.sample();
      int mid = (c + o) / 2;
      // The far hip lies behind the pelvis in a side view, where the model can only guess it: the angles that
      // need it (knee, hip) come from the near leg alone. The far foot and shank land in front, in view.
      boolean near = side == frame.direction().nearSide();
      Double peakKnee = null;
      if (near) {
        double[] knee = new double[o - c + 1];
        for (int i = c; i <= o; i++) {
          knee[i - c] = body.kneeFlexionDeg(side, i);
        }
        peakKnee = stancePeakKneeDeg(knee);
      }
      double bounce = body.hipRiseAndFallPx(frame, c, other.sample());
      Double oscillation = legPx > 0 ? Stats.boxed(bounce / legPx) : null;
      double toeOffSeconds = switch (pattern) {
        case RUNNING -> Math.min(toeOff.timeSeconds(), other.timeSeconds());
        case WALKING -> Math.max(toeOff.timeSeconds(), other.timeSeconds());
        case UNCLEAR -> toeOff.timeSeconds();
      };
      steps.add(new StepMetrics(
          steps.size() + 1, side, contact.timeSeconds(), toeOffSeconds, other.timeSeconds(),
          1000 * (toeOffSeconds - contact.timeSeconds()), 1000 * (other.timeSeconds() - toeOffSeconds),
          Stats.boxed(lean[c]), Stats.boxed(lean[mid]), Stats.boxed(lean[o]),
          legPx > 0 ? Stats.boxed(body.aheadOfPelvisAt(frame, side.heel(), c) / legPx) : null,
          near ? Stats.boxed(body.kneeFlexionDeg(side, c)) : null, peakKnee,
          oscillation, oscillation == null || cmPerPx == null ? null : bounce * cmPerPx,
          near ? Stats.boxed(body.hipExtensionDeg(frame, side, o, lean[o])) : null,
          footStrikeDeg(body, frame, maskAt, side, c, mid, o, widthPx, heightPx),
          body.inPicture(c, widthPx, heightPx, side.knee(), side.ankle())
              ? Stats.boxed(body.shankInclinationDeg(frame, side, c)) : null,
          Stats.boxed(Stats.mean(lean, c, o))));
    }
    return steps;
  }

  /**
   * The knee's largest flexion in a stance: the stance knee bends to a peak near mid-stance and straightens until
   * toe-off, so the peak is the largest flexion before the knee has straightened {@link #KNEE_EXTENDED_DEG} from it.
   * A toe-off timed late then leaves out the swing's bend.
   *
   * @param kneeFlexionDeg the knee's flexion from contact to toe-off, NaN where it is not measured
   * @return the peak, or null where the knee is not measured in the stance
   */
  static Double stancePeakKneeDeg(double[] kneeFlexionDeg) {
    Double peak = null;
    for (double kf : kneeFlexionDeg) {
      if (!Double.isFinite(kf)) {
        continue;
      }
      if (peak != null && kf < peak - KNEE_EXTENDED_DEG) {
        break;
      }
      peak = peak == null ? kf : Math.max(peak, kf);
    }
    return peak;
  }

  /**
   * The foot strike angle: the sole's inclination to the ground in the frame the shoe lands minus the same at
   * mid-stance, which takes out the shoe's own shape. From the shoe's bottom edge in the mask where it shows in both
   * frames; else from the heel and toe keypoints, which on the rendered tuning clips read 5.7° too steep on average
   * (the model's foot points lag the foot's turn at landing), against 1.4° from the mask. Null where neither is
   * measured.
   */
  private static Double footStrikeDeg(Body body, BodyFrame frame, MaskSample[] maskAt, Side side, int contact,
      int midStance, int toeOff, int widthPx, int heightPx) {
    int landed = landingFrame(frame, maskAt, side, contact, midStance, toeOff);
    Double soleAtLanding = soleInclinationDeg(frame, maskAt[landed], side);
    Double soleAtMidStance = soleInclinationDeg(frame, maskAt[midStance], side);
    if (soleAtLanding != null && soleAtMidStance != null) {
      return footStrikeDeg(soleAtLanding, soleAtMidStance);
    }
    if (!body.inPicture(landed, widthPx, heightPx, side.heel(), side.toe())
        || !body.inPicture(midStance, widthPx, heightPx, side.heel(), side.toe())) {
      return null;
    }
    return footStrikeDeg(body.footInclinationDeg(frame, side, landed), body.footInclinationDeg(frame, side, midStance));
  }

  /**
   * The first frame, from {@link #LANDING_SEARCH_FRAMES} before the contact to as many after it (not past
   * mid-stance), whose shoe has come down to within {@link #LANDED_PX} of its median height over the stance: the
   * sole turns fastest at landing, and a contact timed a frame early or late by the foot's motion would catch it
   * still swinging down or already flat. The contact itself where the mask shows no sole.
   */
  static int landingFrame(BodyFrame frame, MaskSample[] maskAt, Side side, int contact, int midStance,
      int toeOff) {
    List<Double> stance = new ArrayList<>();
    for (int i = contact; i <= toeOff; i++) {
      Double h = soleHeightPx(frame, maskAt[i], side);
      if (h != null) {
        stance.add(h);
      }
    }
    Double ground = Stats.median(stance);
    if (ground == null) {
      return contact;
    }
    int last = Math.min(midStance, contact + LANDING_SEARCH_FRAMES);
    for (int i = Math.max(0, contact - LANDING_SEARCH_FRAMES); i <= last; i++) {
      Double h = soleHeightPx(frame, maskAt[i], side);
      if (h != null && h <= ground + LANDED_PX) {
        return i;
      }
    }
    return contact;
  }

  /** Height of the shoe's lowest point along the true vertical, pixels; null where the mask shows none. */
  private static Double soleHeightPx(BodyFrame frame, MaskSample mask, Side side) {
    double[] sole = mask == null ? null : mask.sole(side);
    return sole == null ? null : frame.up(sole[0], sole[1]);
  }

  /** The sole's inclination to the ground, toe higher positive, from its slope in the image; null where none. */
  private static Double soleInclinationDeg(BodyFrame frame, MaskSample mask, Side side) {
    Double slope = mask == null ? null : mask.soleSlopeDeg(side);
    return slope == null ? null : frame.direction().sign() * (slope - frame.rollDeg());
  }

  /**
   * The foot strike angle from the foot's inclination at landing and at mid-stance; null where either is not a foot
   * pointing the way the runner runs (heel and toe swapped or lost in the keypoints).
   */
  private static Double footStrikeDeg(double contactDeg, double midStanceDeg) {
    if (!(Math.abs(contactDeg) < MAX_FOOT_INCLINATION_DEG && Math.abs(midStanceDeg) < MAX_FOOT_INCLINATION_DEG)) {
      return null;
    }
    return contactDeg - midStanceDeg;
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

  /**
   * Medians over the clip. The time-based ones (cadence, stance, flight, double support) only when the gait's timing
   * is that of real time and hangs together ({@link GaitCheck#timingInRealTime}); stance, flight and double support
   * also only when the frames come often enough to time a step ({@link CaptureChecks#MIN_TIMING_FPS}), the cadence,
   * counted over many steps or from the hips' period, down to {@link CaptureChecks#MIN_CADENCE_FPS}. A running flight
   * time only for running, a double support time only for walking.
   */
  private PostureSummary summary(PoseSeries series, int framesLeftOut, List<StepMetrics> steps, GaitCheck gait,
      double[] lean, List<FrameMetrics> frames, double legPx) {
    double realFps = CaptureChecks.realFpsRead(series.video(), series.settings(), config.slowMotionFactor());
    boolean timed = gait.timingInRealTime() && realFps >= CaptureChecks.MIN_TIMING_FPS;
    Double cadence = gait.timingInRealTime() && realFps >= CaptureChecks.MIN_CADENCE_FPS
        ? gait.cadenceStepsPerMin() : null;
    Double flight = Stats.median(steps.stream().map(StepMetrics::flightMs).toList());
    List<Double> lumbar = frames.stream().map(FrameMetrics::lumbarDepthPct).filter(v -> v != null).toList();
    return new PostureSummary(
        series.frames().size(), series.summary().framesWithPose(), framesLeftOut, steps.size(), cadence,
        Stats.boxed(Stats.median(lean)),
        Stats.median(steps.stream().map(StepMetrics::leanContactDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::leanMidStanceDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::leanToeOffDeg).toList()),
        Stats.median(lumbar), lumbar.size(),
        Stats.median(steps.stream().map(StepMetrics::hipExtensionToeOffDeg).toList()),
        timed ? Stats.median(steps.stream().map(StepMetrics::stanceMs).toList()) : null,
        timed && gait.pattern() == GaitPattern.RUNNING ? flight : null,
        timed && gait.pattern() == GaitPattern.WALKING && flight != null ? -flight : null,
        Stats.median(steps.stream().map(StepMetrics::overstride).toList()),
        Stats.median(steps.stream().map(StepMetrics::kneeFlexionContactDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::kneeFlexionPeakStanceDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::verticalOscillation).toList()),
        Stats.median(steps.stream().map(StepMetrics::verticalOscillationCm).toList()),
        Stats.boxed(legPx),
        Stats.median(steps.stream().map(StepMetrics::footStrikeDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::shankContactDeg).toList()),
        Stats.median(steps.stream().map(StepMetrics::leanStanceMeanDeg).toList()));
  }
}
