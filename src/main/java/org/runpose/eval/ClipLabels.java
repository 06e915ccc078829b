package org.runpose.eval;

import static org.runpose.eval.LabelFields.field;
import static org.runpose.eval.LabelFields.number;
import static org.runpose.eval.LabelFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.posture.Direction;

/**
 * The ground truth of a rendered clip ({@code tools/synth} labels), reduced to what the harness scores.
 *
 * @param name clip name from the labels
 * @param direction running direction in the image
 * @param fps frame rate the clip was rendered at
 * @param leanDeg mean trunk lean over the frames, measured in the image ({@code image_2d}), forward positive
 * @param lumbarDeg mean lumbar extension over the frames ({@code image_2d}), extension positive
 * @param groundSlopeDeg slope of the ground line in the image, positive when it rises toward the image right
 *     (runpose's roll convention), from the camera matrix
 * @param rollSettingDeg the renderer's {@code --roll} option: positive turns the camera counter-clockwise, so the
 *     ground line falls toward the image right and {@code groundSlopeDeg} is its negative
 * @param cadenceStepsPerMin cadence of the motion
 * @param body the runner's body shape ({@code standard}, or another the renderer made around the pelvis and lower
 *     trunk with the joints unchanged)
 * @param cameraSetup how the clip was filmed and stored (camera side, distance, height, elevation and roll, image
 *     size, frame rate, rotation metadata, and where the labels give them the lens, the runner's travel, the
 *     treadmill's handrails and the clothes with the wall behind); clips that share it differ only in the runner
 * @param frames the per-frame truth, in frame order
 */
public record ClipLabels(
    String name,
    Direction direction,
    double fps,
    double leanDeg,
    double lumbarDeg,
    double groundSlopeDeg,
    double rollSettingDeg,
    double cadenceStepsPerMin,
    String body,
    String cameraSetup,
    List<Frame> frames) {

  /** The body shape of clips rendered before there were others. */
  static final String STANDARD_BODY = "standard";

  /** Floor points either side of the runner whose images give the ground line, metres along the run. */
  private static final double GROUND_HALF_SPAN_M = 0.5;

  /**
   * One frame's truth.
   *
   * @param index frame index
   * @param timeSeconds frame time
   * @param stance foot on the ground, or null in flight
   * @param keypoints labelled image points of the BlazePose keypoints
   */
  public record Frame(int index, double timeSeconds, Side stance, Map<BodyLandmark, Point> keypoints) {
    public Frame {
      if (index < 0 || !Double.isFinite(timeSeconds)) {
        throw new IllegalArgumentException("bad frame " + index + " at " + timeSeconds + " s");
      }
      keypoints = Map.copyOf(keypoints);
    }
  }

  /**
   * A labelled keypoint.
   *
   * @param xPx horizontal position in the upright image
   * @param yPx vertical position, y down
   * @param near whether it is on the body side facing the camera
   */
  public record Point(double xPx, double yPx, boolean near) {
    public Point {
      if (!Double.isFinite(xPx) || !Double.isFinite(yPx)) {
        throw new IllegalArgumentException("keypoint position must be finite");
      }
    }
  }

  public ClipLabels {
    if (name == null || direction == null || body == null || cameraSetup == null) {
      throw new IllegalArgumentException("name, direction, body and camera setup are required");
    }
    if (!(fps > 0) || !(cadenceStepsPerMin > 0)) {
      throw new IllegalArgumentException("fps and cadence must be positive: " + fps + ", " + cadenceStepsPerMin);
    }
    if (!Double.isFinite(leanDeg) || !Double.isFinite(lumbarDeg) || !Double.isFinite(groundSlopeDeg)
        || !Double.isFinite(rollSettingDeg)) {
      throw new IllegalArgumentException("lean, lumbar and roll truths must be finite");
    }
    frames = List.copyOf(frames);
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("the labels hold no frame");
    }
  }

  /** Length of one stride (two steps). */
  public double strideSeconds() {
    return 120 / cadenceStepsPerMin;
  }

  /** A rendered clip's role, kept in its labels: {@code check} clips are only scored to report. */
  public static final String TUNING = "tuning";
  public static final String CHECK = "check";

  /**
   * The clip's split: {@link #CHECK}, or {@link #TUNING} for labels that say none (the first renders) and for
   * labels that cannot be read (whose failure the scoring then reports).
   */
  public static String splitOf(Path file) {
    try {
      return CHECK.equals(LabelFields.readTree(file).path("split").asText()) ? CHECK : TUNING;
    } catch (IOException e) {
      return TUNING;
    }
  }

  /** Reads a labels file; a missing or malformed field is an {@link IOException} naming it. */
  public static ClipLabels read(Path file) throws IOException {
    JsonNode root = LabelFields.readTree(file);
    try {
      JsonNode settings = field(root, "settings");
      List<Frame> frames = new ArrayList<>();
      double lean = 0;
      double lumbar = 0;
      for (JsonNode f : field(root, "frames")) {
        frames.add(new Frame(field(f, "frame").asInt(), number(f, "time_s"), stance(text(f, "stance")),
            keypoints(field(f, "keypoints"))));
        lean += number(field(f, "trunk_lean_deg"), "image_2d");
        lumbar += number(field(f, "lumbar_extension_deg"), "image_2d");
      }
      int n = Math.max(1, frames.size());
      return new ClipLabels(text(settings, "name"),
          direction(text(settings, "direction")), number(settings, "fps"),
          lean / n, lumbar / n, groundSlopeDeg(field(root, "camera")), number(settings, "roll"),
          number(field(root, "motion"), "cadence_steps_per_min"), settings.path("body").asText(STANDARD_BODY),
          cameraSetup(settings), frames);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not a runpose labels file (" + e.getMessage() + ").", e);
    }
  }

  /** The foot on the ground, null in flight. */
  private static Side stance(String stance) {
    return switch (stance) {
      case "left" -> Side.LEFT;
      case "right" -> Side.RIGHT;
      case "none" -> null;
      default -> throw new IllegalArgumentException("stance '" + stance + "' is not left, right or none");
    };
  }

  private static Direction direction(String direction) {
    return switch (direction) {
      case "left" -> Direction.LEFT;
      case "right" -> Direction.RIGHT;
      default -> throw new IllegalArgumentException("direction '" + direction + "' is not left or right");
    };
  }

  private static Map<BodyLandmark, Point> keypoints(JsonNode node) {
    Map<BodyLandmark, Point> points = new EnumMap<>(BodyLandmark.class);
    for (BodyLandmark lm : BodyLandmark.values()) {
      JsonNode k = node.get(lm.id());
      if (k != null) {
        JsonNode px = field(k, "px");
        points.put(lm, new Point(px.path(0).asDouble(Double.NaN), px.path(1).asDouble(Double.NaN),
            text(k, "side").equals("near")));
      }
    }
    return points;
  }

  /**
   * Slope of the image of a floor line along the run, through the runner: the true horizontal runpose should
   * find. Pinhole projection as in the labels: {@code u = cx + fx Xc / -Zc}, {@code v = cy - fy Yc / -Zc}.
   */
  static double groundSlopeDeg(JsonNode camera) {
    JsonNode k = field(field(camera, "intrinsics"), "K");
    JsonNode m = field(camera, "world_to_camera_4x4");
    double[] a = project(k, m, -GROUND_HALF_SPAN_M);
    double[] b = project(k, m, GROUND_HALF_SPAN_M);
    return Math.toDegrees(Math.atan(-(b[1] - a[1]) / (b[0] - a[0]))) + 0.0; // + 0.0: no -0.0 in the report
  }

  private static double[] project(JsonNode k, JsonNode m, double xWorld) {
    double[] c = new double[3];
    for (int r = 0; r < 3; r++) {
      c[r] = m.path(r).path(0).asDouble(Double.NaN) * xWorld + m.path(r).path(3).asDouble(Double.NaN);
    }
    double u = k.path(0).path(2).asDouble(Double.NaN) + k.path(0).path(0).asDouble(Double.NaN) * c[0] / -c[2];
    double v = k.path(1).path(2).asDouble(Double.NaN) - k.path(1).path(1).asDouble(Double.NaN) * c[1] / -c[2];
    if (!Double.isFinite(u) || !Double.isFinite(v)) {
      throw new IllegalArgumentException("camera matrix or intrinsics incomplete");
    }
    return new double[] {u, v};
  }

  private static String later(JsonNode settings, String option) {
    return settings.has(option) ? ", " + option + " " + text(settings, option) : "";
  }

  private static String cameraSetup(JsonNode s) {
    // The lens, the travel, the rails and the clothes (which darken the wall too) came later: labels without them are
    // a treadmill without handrails behind a 50 mm lens, in light clothes before a light wall.
    return String.format(Locale.ROOT,
        "%s side, %.1f m, height %.2f m, elevation %.1f°, roll %.1f°, %dx%d, %s fps, rotation metadata %d°%s%s",
        text(s, "direction"), number(s, "distance"), number(s, "cam_height"), number(s, "elevation"),
        number(s, "roll"), field(s, "width").asInt(), field(s, "height").asInt(), number(s, "fps"),
        field(s, "rotate_metadata").asInt(), s.has("lens") ? ", " + number(s, "lens") + " mm lens" : "",
        later(s, "travel") + later(s, "rails") + later(s, "clothes"));
  }
}
