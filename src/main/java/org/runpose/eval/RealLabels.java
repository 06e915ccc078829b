package org.runpose.eval;

import static org.runpose.eval.LabelFields.field;
import static org.runpose.eval.LabelFields.integer;
import static org.runpose.eval.LabelFields.point;
import static org.runpose.eval.LabelFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.runpose.gait.GaitEvent;
import org.runpose.gait.Side;
import org.runpose.posture.Direction;

/**
 * The hand annotation of a real recording (docs/real-footage.md), keyed by the clip's SHA-256: the clip itself is
 * not in the repository.
 *
 * @param name clip name
 * @param sha256 SHA-256 of the clip file, lower-case hex
 * @param source where the clip comes from: repository and path, for the table
 * @param split {@code tuning} for clips runpose was developed against, {@code check} for clips only scored to
 *     report
 * @param frames frames in the clip
 * @param direction the image edge the runner heads for (of the longest pass when the person turns)
 * @param passes stretches of frames with their direction; one pass over the whole clip unless the person turns
 * @param gait {@code running} or {@code walking}
 * @param camera {@code fixed}, {@code panning} or {@code handheld}
 * @param slowMotion whether playback is slowed
 * @param fromFrame first frame of the range in which every event was labelled
 * @param toFrame last frame of that range
 * @param cuts the frames at which a new shot starts, in a clip edited from several
 * @param events the labelled contacts and toe-offs, in frame order
 * @param trunk near-side hip and shoulder on every 10th frame
 * @param verticals true verticals of the scene, each for a stretch of frames
 */
public record RealLabels(
    String name,
    String sha256,
    String source,
    String split,
    int frames,
    Direction direction,
    List<Pass> passes,
    String gait,
    String camera,
    boolean slowMotion,
    int fromFrame,
    int toFrame,
    List<Integer> cuts,
    List<Event> events,
    List<TrunkPoint> trunk,
    List<Vertical> verticals) {

  static final String FORMAT = "runpose-real-labels";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** A stretch of frames in which the person heads one way. */
  public record Pass(int fromFrame, int toFrame, Direction direction) {}

  /**
   * A labelled contact or toe-off.
   *
   * @param frame the first frame showing it
   * @param near whether it is the leg on the side facing the camera
   * @param kind contact or toe-off
   * @param sure false where the foot was hidden or blurred
   */
  public record Event(int frame, boolean near, GaitEvent.Kind kind, boolean sure) {}

  /** Near-side hip and shoulder joint centres on one frame, image pixels. */
  public record TrunkPoint(int frame, double hipXPx, double hipYPx, double shoulderXPx, double shoulderYPx) {}

  /** Two points on a truly vertical scene line, valid for a stretch of frames. */
  public record Vertical(int fromFrame, int toFrame, double topXPx, double topYPx, double bottomXPx,
      double bottomYPx) {

    public Vertical {
      if (!(bottomYPx > topYPx)) {
        throw new IllegalArgumentException("a vertical's top must lie above its bottom");
      }
    }

    /** Slope of the true horizontal in the image, degrees, positive when it rises to the right (runpose's roll). */
    public double groundSlopeDeg() {
      return -Math.toDegrees(Math.atan2(topXPx - bottomXPx, bottomYPx - topYPx));
    }
  }

  public RealLabels {
    if (name == null || sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("a name and a SHA-256 (64 lower-case hex digits) are required");
    }
    if (frames < 1 || fromFrame < 0 || toFrame < fromFrame || toFrame >= frames) {
      throw new IllegalArgumentException("annotated range " + fromFrame + ".." + toFrame + " does not fit "
          + frames + " frames");
    }
    if (!split.equals("tuning") && !split.equals("check")) {
      throw new IllegalArgumentException("split '" + split + "' is not tuning or check");
    }
    if (!gait.equals("running") && !gait.equals("walking")) {
      throw new IllegalArgumentException("gait '" + gait + "' is not running or walking");
    }
    passes = List.copyOf(passes);
    cuts = List.copyOf(cuts);
    events = List.copyOf(events);
    trunk = List.copyOf(trunk);
    verticals = List.copyOf(verticals);
  }

  /**
   * Whether the clip holds shots outside the labelled range, which may show another pace: one that ends before it,
   * or one that starts on or after its last frame and goes on past it.
   */
  public boolean shotsOutsideRange() {
    return cuts.stream().anyMatch(c -> c <= fromFrame || (c >= toFrame && toFrame < frames - 1));
  }

  /** The last labelled frame of the shots the range covers: a range may end on the first frame of the next shot. */
  public int lastFrameOfLabelledShots() {
    return cuts.contains(toFrame) && toFrame > fromFrame ? toFrame - 1 : toFrame;
  }

  /** The direction in which the person heads on a frame. */
  public Direction directionAt(int frame) {
    return passes.stream().filter(p -> p.fromFrame() <= frame && frame <= p.toFrame()).map(Pass::direction)
        .findFirst().orElse(direction);
  }

  /** Which foot a labelled event belongs to. */
  public Side side(Event e) {
    Side near = directionAt(e.frame()).nearSide();
    return e.near() ? near : near.other();
  }

  /** The true vertical on a frame, or null when none was labelled for it. */
  public Vertical verticalAt(int frame) {
    return verticals.stream().filter(v -> v.fromFrame() <= frame && frame <= v.toFrame()).findFirst()
        .orElse(null);
  }

  /** Reads a labels file; a missing or malformed field is an {@link IOException} naming it. */
  public static RealLabels read(Path file) throws IOException {
    JsonNode root = LabelFields.readTree(file);
    try {
      JsonNode clip = field(root, "clip");
      JsonNode scene = field(root, "scene");
      JsonNode source = field(clip, "source");
      JsonNode annotated = field(root, "annotated");
      Direction direction = direction(text(scene, "direction"));
      List<Pass> passes = new ArrayList<>();
      for (JsonNode p : scene.path("passes")) {
        passes.add(new Pass(integer(p, "fromFrame"), integer(p, "toFrame"), direction(text(p, "direction"))));
      }
      List<Integer> cuts = new ArrayList<>();
      for (JsonNode c : scene.path("cuts")) {
        if (!c.isInt()) {
          throw new IllegalArgumentException("cut '" + c + "' is not a frame number");
        }
        cuts.add(c.asInt());
      }
      List<Event> events = new ArrayList<>();
      for (JsonNode e : root.path("events")) {
        events.add(new Event(integer(e, "frame"), leg(text(e, "leg")), kind(text(e, "kind")),
            !"unsure".equals(e.path("certainty").asText("sure"))));
      }
      events.sort((a, b) -> Integer.compare(a.frame(), b.frame()));
      List<TrunkPoint> trunk = new ArrayList<>();
      for (JsonNode t : root.path("trunk")) {
        double[] hip = point(t, "hipPx");
        double[] shoulder = point(t, "shoulderPx");
        trunk.add(new TrunkPoint(integer(t, "frame"), hip[0], hip[1], shoulder[0], shoulder[1]));
      }
      List<Vertical> verticals = new ArrayList<>();
      for (JsonNode v : root.path("verticals")) {
        double[] top = point(v, "topPx");
        double[] bottom = point(v, "bottomPx");
        verticals.add(new Vertical(integer(v, "fromFrame"), integer(v, "toFrame"), top[0], top[1], bottom[0],
            bottom[1]));
      }
      return new RealLabels(text(clip, "name"), text(clip, "sha256").toLowerCase(Locale.ROOT),
          text(source, "repository") + " " + text(source, "path"), text(root, "split"), integer(clip, "frames"),
          direction, passes,
          text(scene, "gait"), text(scene, "camera"), field(scene, "slowMotion").asBoolean(),
          integer(annotated, "fromFrame"), integer(annotated, "toFrame"), cuts, events, trunk, verticals);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not a runpose real-footage labels file (" + e.getMessage() + ").", e);
    }
  }

  /** Whether a JSON file is a real-footage labels file (rather than a rendered clip's labels). */
  static boolean isRealLabels(Path file) {
    try {
      return FORMAT.equals(LabelFields.readTree(file).path("format").asText());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean leg(String leg) {
    return switch (leg) {
      case "near" -> true;
      case "far" -> false;
      default -> throw new IllegalArgumentException("leg '" + leg + "' is not near or far");
    };
  }

  private static GaitEvent.Kind kind(String kind) {
    return switch (kind) {
      case "contact" -> GaitEvent.Kind.CONTACT;
      case "toe-off" -> GaitEvent.Kind.TOE_OFF;
      default -> throw new IllegalArgumentException("event kind '" + kind + "' is not contact or toe-off");
    };
  }

  private static Direction direction(String direction) {
    return switch (direction) {
      case "left" -> Direction.LEFT;
      case "right" -> Direction.RIGHT;
      default -> throw new IllegalArgumentException("direction '" + direction + "' is not left or right");
    };
  }
}
