package org.runpose.posture;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.runpose.pose.PoseConfig;
import org.runpose.pose.PoseSeries;
import org.runpose.posture.CaptureCheck.Grade;
import org.runpose.video.VideoInfo;

/**
 * The capture-quality gate: how the video was filmed, judged from the video itself, before the measures are trusted.
 * Each check says what it saw, what that costs the measures and what to do next time; an {@link Grade#UNUSABLE} one
 * withholds the findings.
 */
final class CaptureChecks {
  private CaptureChecks() {}

  /**
   * Frames per second from which contacts and toe-offs count as timed well: the 120 Hz recommended for the events
   * of running in sagittal video analysis (Souza 2016, Phys Med Rehabil Clin N Am 27:217).
   */
  static final double EVENT_FPS = 120;
  /**
   * A phone's "120 frames/s" is NTSC's 120000/1001, 119.88 as files round it (60 and 30 alike): 0.2 % of slack takes
   * it as the rate it is sold as.
   */
  private static final double NTSC_SLACK = 1.002;
  /**
   * Below this many real-time frames per second a stance (about a quarter second) spans fewer than five frames and a
   * flight two or fewer: stance and flight times are withheld.
   */
  static final double MIN_TIMING_FPS = 20;
  /**
   * Below this many real-time frames per second the cadence is withheld too: a sprinter's 300 steps a minute need twice
   * their 5 a second to be seen, or the steps alias to a slower pace that still hangs together.
   */
  static final double MIN_CADENCE_FPS = 10;
  /** A ground line steeper than this, in degrees, counts as a tilted camera. */
  static final double TILTED_DEG = 2;
  /**
   * Change of the runner's apparent size between the start and the end of the clip from which the camera is said
   * not to be square to the path: 15 % closer is, over a 4 m stretch filmed from 3 m, a path about 6° off square.
   */
  static final double SIZE_CHANGE = 0.15;
  /** Share of the frames with a body part outside the picture from which it is pointed out. */
  static final double OUT_OF_PICTURE_SHARE = 0.1;
  /**
   * Runner height in the picture, pixels, below which the lower back's outline is coarser than any on which the
   * lumbar measure was shown to work: the labelled rendered runners it separates neutral from extended backs on stand
   * 276-341 px tall, and the usual hollow (3 % of the trunk, a third of the height) is then 2.5-3 px deep.
   */
  static final double SMALL_RUNNER_PX = 250;
  /**
   * Runner height in the picture, pixels, below which the angles and findings are withheld. The labelled rendered
   * runners (tuning clips, true lean 0-25°), scaled down, read the trunk lean 0.7-2.3° low at 200-204 px tall,
   * 1.8-3.1° at 113-116 px, 1.7-3.8° at 84-86 px, 2.4-6.6° at 59-61 px and 7.8-13.2° at 31 px, and the ground line
   * from their soles tilted by up to 8.4°: the pose model's points coarsen into a bias, not only noise.
   */
  static final double MIN_RUNNER_PX = 100;
  /** ... and below which the trunk lean is said to read low. */
  static final double LEAN_SMALL_RUNNER_PX = 150;
  /**
   * Runner height, as a multiple of the picture's, beyond which the body cannot be in view and its points are guessed
   * outside the picture: the labelled real clips' runners stand 0.3-0.9 times the picture's height, a face filmed by
   * a laptop's camera 3.1-3.5 times.
   */
  static final double MAX_PICTURE_SHARE = 1.5;
  /**
   * Grey-level spread around the runner below which the findings are withheld: a rendered runner darkened to 14
   * read almost 4° less forward, to 24 about 2° (at full light, 50, within 0.5°).
   */
  static final double MIN_SPREAD_GREY = 16;
  /** ... and below which the picture is said to be dim. */
  static final double DIM_SPREAD_GREY = 32;
  /**
   * Smear of the trunk's outline ({@link Sharpness#smearShare}) from which the findings are withheld, and from which
   * the blur is noted: a real runner crossing a field (a tuning clip), given the blur of ever longer shutters up to
   * the whole frame time at 30 fps, read 9.0° with none, 7.8-8.5° with smears of 5-12% and 0.2° with 16%. The real
   * clips, filmed as runners film, smear under 4%.
   */
  static final double MAX_SMEAR_SHARE = 0.14;
  static final double BLURRED_SHARE = 0.06;

  private static final String LEVEL_ID = "camera-level";
  private static final String LEVEL_TITLE = "Camera level";
  private static final String LEVEL_TIP =
      "Hold the camera level and square to the runner, with a door frame or post in view.";
  /**
   * What a ground line from the soles means on a slope: the studies behind the thresholds take the trunk lean from
   * the global vertical (Teng &amp; Powers 2016), and the soles of a runner going uphill lie along the hill.
   */
  private static final String SOLES_ON_A_SLOPE = " On a hill or a treadmill set to an incline the soles follow the"
      + " slope, not the camera's tilt, and the lean is measured from the slope's perpendicular rather than from the"
      + " vertical: on the command line, with the camera held level, --roll 0 measures it from the vertical.";
  /** What a lean against the picture's own vertical means, after "The " or "Neither is used: the ". */
  private static final String PICTURE_VERTICAL = "trunk lean is taken from the picture's own vertical, so a camera"
      + " that was not held level adds its tilt to it; on the command line, --roll gives the slope when it is known.";

  /** Fewest frames with a measured outline for a judgement of its sharpness. */
  private static final int MIN_SHARPNESS_FRAMES = 10;

  /**
   * @param fps the video's frame rate
   * @param frameStep every how many frames one was read ({@link org.runpose.pose.PoseSeries#frameStep})
   * @param slowMotionFactor the slow-motion factor the user gave, or null
   * @param looksSlowed whether the gait looked slowed without a factor given
   */
  static CaptureCheck frameRate(double fps, int frameStep, Double slowMotionFactor, boolean looksSlowed) {
    String title = "Frame rate";
    if (looksSlowed) {
      return new CaptureCheck("frame-rate", title, Grade.LIMITED, fmt("%s frames/s of slowed video", number(fps)),
          "The real frame rate is not known, so cadence, stance and flight times are withheld.",
          "Give the slow-motion factor (--slow-motion, or the web app's slow-motion field) to have them.");
    }
    double real = realFps(fps / frameStep, slowMotionFactor);
    double whole = realFps(fps, slowMotionFactor);
    String measured = (frameStep == 1 ? "" : fmt("%s frames/s in the file, every %s read: ", number(fps),
        PoseSeries.nth(frameStep))) + fmt("%s frames/s%s, a frame every %.0f ms", number(real),
        slowMotionFactor == null ? "" : " in real time", 1000 / real);
    if (real * NTSC_SLACK >= EVENT_FPS) {
      return new CaptureCheck("frame-rate", title, Grade.GOOD, measured,
          fmt("Contacts and toe-offs are timed to within %.0f ms.", 1000 / real), "");
    }
    if (real < MIN_TIMING_FPS) {
      return new CaptureCheck("frame-rate", title, Grade.LIMITED, measured, "Too few frames for a stance or a"
          + " flight to be timed: stance and flight times are withheld" + (real < MIN_CADENCE_FPS
              ? ", and the cadence with them (the steps could be read at a slower pace than was run)" : "")
          + ". The angles are still measured, but the frame nearest a contact can be far from it.",
          "Film at 60 frames/s or more.");
    }
    String placed = fmt("Contacts and toe-offs are placed to the nearest frame read, so stance and flight times are at"
        + " best within %.0f ms, and the angles at contact come from up to half a frame after the foot landed.",
        500 / real);
    String readAll = fmt("Have every frame read (--every-frame, or the web app's Read every frame; up to %d times as"
        + " long).", frameStep);
    if (whole * NTSC_SLACK >= EVENT_FPS) {
      // Filmed fast enough: only the frames skipped stand between this video and the steps' timing.
      return new CaptureCheck("frame-rate", title, Grade.LIMITED, measured, placed + fmt(" Read whole, this video's"
          + " own frames would time them to within %.0f ms.", 1000 / whole), readAll);
    }
    String finer = frameStep == 1 ? "" : fmt(" Read whole, this video would place them to its own frames, at best"
        + " within %.0f ms.", 500 / whole);
    return new CaptureCheck("frame-rate", title, Grade.LIMITED, measured, placed + fmt(" %s frames/s or more is"
        + " recommended for the timing of the steps.%s", number(EVENT_FPS), finer), "Film in slow motion (120 or 240"
        + " frames/s) if the camera offers it" + (frameStep == 1 ? "." : ", and have every frame read."));
  }

  /**
   * @param view the ground line and where it came from
   * @param edgesSlopeDeg the slope the scene's few upright edges suggest, when they disagree with the soles', else
   *     null
   */
  static CaptureCheck cameraLevel(ViewCheck view, Double edgesSlopeDeg) {
    double roll = view.rollDeg();
    return switch (view.rollSource()) {
      case "user" -> new CaptureCheck(LEVEL_ID, LEVEL_TITLE, Grade.GOOD,
          fmt("ground slope %s° as given", degrees(roll)), "Angles are measured against the ground line given.", "");
      case "not estimated" -> new CaptureCheck(LEVEL_ID, LEVEL_TITLE, Grade.LIMITED, "the ground line could not"
          + " be found", "The scene's upright edges give no one vertical (fewer than three agree, or two sets of them"
          + " lean differently, as a machine built at a slant beside a wall does), and the soles of at least two"
          + " stances give no plausible ground line (or, with a camera that moved while the feet were down, two that"
          + " disagree). The " + PICTURE_VERTICAL, LEVEL_TIP);
      default -> {
        boolean fromSoles = "foot contacts".equals(view.rollSource());
        String from = "from the " + (fromSoles ? "shoe soles in stance" : view.rollSource());
        if (edgesSlopeDeg != null) {
          yield new CaptureCheck(LEVEL_ID, LEVEL_TITLE, Grade.LIMITED, fmt("the shoe soles give a ground slope of"
              + " %s°, but the scene's upright edges lean as if it were %s°", degrees(roll),
              degrees(edgesSlopeDeg)), "The edges are too few to rely on, or two sets of them lean differently, so the"
              + " soles' slope is used; the trunk lean may be off by the difference.", LEVEL_TIP);
        }
        if (Math.abs(roll) >= TILTED_DEG) {
          // tools/robustness/rotate-mirror.sh: two real treadmill clips turned 4° read the soles' line 2-4° off.
          String soles = fromSoles ? " The soles alone can be a few degrees off:"
              + " real treadmill clips turned 4° read their ground line up to 4° off." + SOLES_ON_A_SLOPE : "";
          yield new CaptureCheck(LEVEL_ID, LEVEL_TITLE, Grade.LIMITED, fmt("tilted %s° (ground line %s)",
              degrees(roll), from), "Every angle is measured against that ground line, so the tilt is taken out;"
              + " an error in the line goes into the trunk lean degree for degree." + soles, LEVEL_TIP);
        }
        // docs/real-footage.md: on the real clips whose ground came from the soles it was 0.5-2.2° off.
        yield new CaptureCheck(LEVEL_ID, LEVEL_TITLE, Grade.GOOD, fmt("level within %s° (ground line %s)",
            number(TILTED_DEG), from), "Angles are measured against that ground line." + (fromSoles ? " The soles"
            + " alone can be 2° off on real footage (0.5-2.2° on the labelled clips), and the trunk lean with them."
            + SOLES_ON_A_SLOPE : ""), fromSoles ? LEVEL_TIP : "");
      }
    };
  }

  /**
   * The camera level where the soles gave a slope that the scene's few upright edges contradicted and the foot events,
   * which mark the stances the soles are read in, did not hang together: neither is used.
   */
  static CaptureCheck cameraLevelNeitherTrusted(double solesSlopeDeg, double edgesSlopeDeg) {
    return new CaptureCheck(LEVEL_ID, LEVEL_TITLE, Grade.LIMITED, fmt("the shoe soles give a ground slope of %s°"
        + " and the scene's few upright edges %s°, and the foot events do not hang together", degrees(solesSlopeDeg),
        degrees(edgesSlopeDeg)), "Neither is used: the " + PICTURE_VERTICAL, LEVEL_TIP);
  }

  /**
   * @param view the side-view check
   * @param maxSideWidthRatio the widest left-right spread a side view keeps
   * @param sizeChange the runner's size at the end of the clip over that at the start, minus one; NaN when unknown
   * @return the check; null when the shoulders' or the hips' spread could not be measured (never seen in a frame)
   */
  static CaptureCheck cameraSquare(ViewCheck view, double maxSideWidthRatio, double sizeChange) {
    String title = "Camera square to the runner";
    double spread = Math.max(view.shoulderSpreadRatio(), view.hipSpreadRatio());
    if (Double.isNaN(spread)) {
      return null;
    }
    if (!view.sideView()) {
      return new CaptureCheck("camera-square", title, Grade.UNUSABLE, fmt("the video does not look like a side"
          + " view (left and right shoulders or hips are %.0f%% of the trunk length apart; a side view keeps them"
          + " within %.0f%%)", 100 * spread, 100 * maxSideWidthRatio), "Trunk lean and lumbar curvature can only be"
          + " judged from the side.", "Film the runner side-on.");
    }
    if (Math.abs(sizeChange) >= SIZE_CHANGE) {
      return new CaptureCheck("camera-square", title, Grade.LIMITED, fmt("the runner looks %.0f%% %s at the end of"
          + " the clip than at the start: they ran %s the camera, or the camera zoomed", 100 * Math.abs(sizeChange),
          sizeChange > 0 ? "bigger" : "smaller", sizeChange > 0 ? "toward" : "away from"), "A runner on a path at a"
          + " slant to the camera is seen at a slant, which shortens the angles in the picture; a zoom costs nothing.",
          "Point the camera square at the middle of the runner's path, 3 to 5 m away.");
    }
    return new CaptureCheck("camera-square", title, Grade.GOOD, Double.isNaN(sizeChange)
        ? fmt("side-on (left and right %.0f%% of the trunk length apart)", 100 * spread)
        : fmt("side-on (left and right %.0f%% of the trunk length apart; size steady within %.0f%%)", 100 * spread,
            100 * Math.max(Math.abs(sizeChange), 0.01)), "", "");
  }

  /**
   * @param feetOutShare share of the frames with the runner where a heel or toe lies outside the picture
   * @param headOutShare the same for the nose
   * @param steps the steps measured, for how many kept their foot angle
   */
  static CaptureCheck wholeBody(double feetOutShare, double headOutShare, List<StepMetrics> steps) {
    String title = "Whole body in the picture";
    boolean feetOut = feetOutShare >= OUT_OF_PICTURE_SHARE;
    boolean headOut = headOutShare >= OUT_OF_PICTURE_SHARE;
    if (!feetOut && !headOut) {
      return new CaptureCheck("whole-body", title, Grade.GOOD,
          fmt("head to feet in view in %.0f%% of the frames", 100 * (1 - Math.max(feetOutShare, headOutShare))), "",
          "");
    }
    long withFoot = steps.stream().filter(s -> s.footStrikeDeg() != null).count();
    String measured = feetOut && headOut
        ? fmt("the feet were outside the picture in %.0f%% of the frames, the head in %.0f%%", 100 * feetOutShare,
            100 * headOutShare)
        : feetOut ? fmt("the feet were outside the picture in %.0f%% of the frames", 100 * feetOutShare)
            : fmt("the head was outside the picture in %.0f%% of the frames", 100 * headOutShare);
    String effect = feetOut
        ? "Outside the picture the model guesses where the feet are: the foot strike and shank angles are given only"
            + " for contacts with the foot in view (" + withFoot + " of " + steps.size() + " here), and the contacts"
            + " are harder to time."
        : "The trunk line runs from hip to shoulder: frames with the shoulder cut by the picture's edge have no"
            + " lean and no lower back, the others are measured; the model finds a runner less surely without the"
            + " head.";
    return new CaptureCheck("whole-body", title, Grade.LIMITED, measured, effect,
        "Keep the whole body, feet included, in the frame.");
  }

  /**
   * @param heightPx the runner's standing height in the picture, from the leg length
   * @param pictureHeightPx the picture's height
   * @return the check; null when the legs were never in view, so that the size cannot be told
   */
  static CaptureCheck runnerSize(double heightPx, int pictureHeightPx) {
    if (!Double.isFinite(heightPx)) {
      return null;
    }
    String measured = fmt("about %.0f px tall, %.0f%% of the picture's height", heightPx,
        100 * heightPx / pictureHeightPx);
    String closer = heightPx < 0.5 * pictureHeightPx
        ? "Film closer, or zoom in, so the runner fills at least half the picture's height."
        : "Film at a higher resolution (720p or more): the runner already fills much of this small picture.";
    if (heightPx > MAX_PICTURE_SHARE * pictureHeightPx) {
      return new CaptureCheck("runner-size", "Runner's size in the picture", Grade.UNUSABLE, measured,
          fmt("The runner is too close: a body %.1f times the picture's height cannot be in view, so the hips,"
              + " shoulders and feet are guessed outside it.", heightPx / pictureHeightPx),
          "Film from further away, so the whole body, feet included, fits in the picture.");
    }
    if (heightPx < MIN_RUNNER_PX) {
      return new CaptureCheck("runner-size", "Runner's size in the picture", Grade.UNUSABLE, measured,
          fmt("The runner is too small in the picture for the body's points to be placed reliably (at least %.0f px"
              + " tall is needed): runners filmed this small read the trunk lean several degrees too low.",
              MIN_RUNNER_PX), closer);
    }
    if (heightPx < SMALL_RUNNER_PX) {
      String lean = heightPx < LEAN_SMALL_RUNNER_PX
          ? " The trunk lean is less sure at this size (rendered runners this small read up to 3° low)." : "";
      return new CaptureCheck("runner-size", "Runner's size in the picture", Grade.LIMITED, measured,
          fmt("The lower back's hollow is read from the body's outline, which at this size is a pixel or two deep:"
              + " the lumbar measure is less sure than on a runner %.0f px tall or more.%s", SMALL_RUNNER_PX, lean),
          closer);
    }
    return new CaptureCheck("runner-size", "Runner's size in the picture", Grade.GOOD, measured, "", "");
  }

  /** The light around the runner, from the median exposure of the frames ({@link Exposure}); null unmeasured. */
  static CaptureCheck light(List<MaskSample> masks) {
    List<Exposure> measured = masks == null ? List.of()
        : masks.stream().map(MaskSample::exposure).filter(Objects::nonNull).toList();
    if (measured.isEmpty()) {
      return null;
    }
    double spread = Stats.median(measured.stream().mapToDouble(Exposure::spreadGrey).toArray());
    double mean = Stats.median(measured.stream().mapToDouble(Exposure::meanGrey).toArray());
    String picture = fmt("mean grey level %.0f, spread %.0f of 255", mean, spread);
    String title = "Light and contrast";
    if (spread < MIN_SPREAD_GREY) {
      return new CaptureCheck("light", title, Grade.UNUSABLE, picture, "The picture around the runner is too dark"
          + " or too flat for the body's points to be placed reliably (a spread of at least "
          + Math.round(MIN_SPREAD_GREY) + " is needed).", "Film in better light, against a background that stands out"
          + " from the runner's clothes.");
    }
    if (spread < DIM_SPREAD_GREY) {
      return new CaptureCheck("light", title, Grade.LIMITED, picture, "The picture around the runner is dim or low"
          + " in contrast: a rendered runner darkened this much read up to 2° less forward.",
          "Better light makes the measures surer.");
    }
    return new CaptureCheck("light", title, Grade.GOOD, picture, "", "");
  }

  /** The sharpness of the runner's outline ({@link Sharpness}); null when too few frames show it. */
  static CaptureCheck sharpness(List<MaskSample> masks) {
    List<Sharpness> measured = masks == null ? List.of()
        : masks.stream().map(MaskSample::sharpness).filter(Objects::nonNull).toList();
    if (measured.size() < MIN_SHARPNESS_FRAMES) {
      return null;
    }
    double smear = Stats.median(measured.stream().mapToDouble(Sharpness::smearShare).toArray());
    String picture = fmt("the trunk's outline is smeared over %.0f%% of its length", 100 * smear);
    String title = "Sharpness";
    if (smear >= MAX_SMEAR_SHARE) {
      return new CaptureCheck("sharpness", title, Grade.UNUSABLE, picture, "The runner is too blurred for the"
          + " body's points to be placed reliably (up to " + Math.round(100 * MAX_SMEAR_SHARE) + "% can be"
          + " measured).", "Film in more light, or with a faster shutter (a sport mode, a higher frame rate), or"
          + " with the camera following the runner.");
    }
    if (smear >= BLURRED_SHARE) {
      return new CaptureCheck("sharpness", title, Grade.LIMITED, picture, "The runner is blurred by their motion: a"
          + " real runner blurred this much read up to 1.2° less forward.",
          "More light or a faster shutter makes the measures surer.");
    }
    return new CaptureCheck("sharpness", title, Grade.GOOD, picture, "", "");
  }

  /** Frames per second of the run itself: a slowed clip's frame rate times the slow-motion factor. */
  static double realFps(double fps, Double slowMotionFactor) {
    return fps * (slowMotionFactor == null ? 1 : slowMotionFactor);
  }

  /**
   * The frames a second read of {@code video}, in real time: a 60 fps video is read at 30 unless every frame was
   * asked for, and a slowed one's frames come the slow-motion factor times as often as its file says.
   */
  static double realFpsRead(VideoInfo video, PoseConfig pose, Double slowMotionFactor) {
    return realFps(video.fps() / video.frameStep(pose.maxFps()), slowMotionFactor);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  /** A number as set: whole numbers without a decimal, others to at most two. */
  static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : fmt("%.2f", v).replaceAll("0+$", "");
  }

  private static String degrees(double v) {
    String s = fmt("%.1f", v);
    return s.equals("-0.0") ? "0.0" : s;
  }
}
