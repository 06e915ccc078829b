package org.runpose.report;

import static org.runpose.report.PostureReport.number;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.runpose.Severity;
import org.runpose.gait.Side;
import org.runpose.pose.BodyLandmark;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.EvidenceFrames;
import org.runpose.posture.FrameMetrics;
import org.runpose.posture.LumbarTrace;
import org.runpose.posture.Skeleton;
import org.runpose.posture.ViewCheck;

/**
 * Draws what the analysis measured onto a video frame: the runner's skeleton (the side nearer the camera and the
 * far side in two colours), the trunk line from the near hip to the near shoulder coloured by the lean's
 * severity, the true vertical through that hip, the angle between them, and a legend. Sizes follow the
 * frame's shorter side, so the drawing reads the same at 480p and 1080p; every label sits on a dark translucent
 * panel, so it reads on any footage.
 */
public final class FramePainter {

  /**
   * Sizes below are for a frame whose shorter side is this many pixels: the least the overlay pass draws on
   * ({@code OverlayPass.MIN_SHORT_SIDE_PX} scales a smaller video up to it; named, not linked, as the report package
   * does not depend on the video package).
   */
  private static final double BASE_SIDE_PX = 480;
  private static final double MIN_SCALE = 0.6;

  /** Limb colours: clear of the severity colours of the trunk line and of the white vertical. */
  static final Color NEAR_SIDE = new Color(0x29, 0xC5, 0xF6);
  static final Color FAR_SIDE = new Color(0xD0, 0x7C, 0xF2);
  private static final Color VERTICAL = Color.WHITE;
  /** The lumbar measure's line from the buttocks to the upper back: white as the vertical, but solid. */
  private static final Color BACK_LINE = Color.WHITE;
  /** The legend's row of the true vertical, the one drawn dashed. */
  private static final int VERTICAL_ROW = 2;
  private static final Color OUTLINE = new Color(0, 0, 0, 140);
  private static final Color PANEL = new Color(0x10, 0x16, 0x1C, 190);
  private static final Color PANEL_TEXT = Color.WHITE;
  private static final Color PANEL_MUTED = new Color(0xC9, 0xD1, 0xD9);
  private static final String FONT = Font.SANS_SERIF;
  /** The readout is at least this wide, so it keeps its size as the values change. */
  private static final String WIDEST_READOUT = "Lumbar hollow 88.8% of trunk";

  /** The vertical reaches this far above the hips, and this far below, in trunk lengths. */
  private static final double VERTICAL_ABOVE = 1.3;
  private static final double VERTICAL_BELOW = 0.25;
  /** Where the angle's number sits along the vertical, in trunk lengths above the hips. */
  private static final double LABEL_ALONG_VERTICAL = 1.15;
  /** Radius of the angle arc, in trunk lengths. */
  private static final double ARC_RADIUS = 0.75;

  private final ViewCheck view;
  private final AnalysisConfig config;
  private final boolean blurFaces;
  private final Side nearSide;

  /**
   * @param view running direction (which side faces the camera) and camera roll (which way is truly up)
   * @param config the lean and lumbar thresholds that colour the values
   */
  /** @param blurFaces whether the runner's face is pixelated in every picture painted (see {@link FaceBlur}) */
  public FramePainter(ViewCheck view, AnalysisConfig config, boolean blurFaces) {
    this.view = Objects.requireNonNull(view, "view");
    this.config = Objects.requireNonNull(config, "config");
    this.blurFaces = blurFaces;
    // Filmed from the side, a runner heading toward the image right shows the camera their right side.
    this.nearSide = view.direction().nearSide();
  }

  /**
   * The frame with the analysis drawn on it; {@code frame} itself is left untouched.
   *
   * @param frame upright frame pixels
   * @param skeleton the frame's cleaned keypoints
   * @param metrics the frame's measures (lean, lumbar depth, time)
   * @return a new TYPE_3BYTE_BGR image of the frame's size
   */
  public BufferedImage paint(BufferedImage frame, Skeleton skeleton, FrameMetrics metrics) {
    return paint(frame, skeleton, metrics, null);
  }

  /**
   * The same, with the lumbar measure drawn where it was taken: the line from the buttocks to the upper back, and
   * the depth of the hollow below it in the lumbar finding's colour.
   *
   * @param lumbar the frame's lumbar trace, or null where the frame did not show the back
   */
  public BufferedImage paint(BufferedImage frame, Skeleton skeleton, FrameMetrics metrics, LumbarTrace lumbar) {
    double s = scale(frame.getWidth(), frame.getHeight());
    return drawnOn(frame, out -> FaceBlur.apply(out, skeleton), g -> {
      drawLimbs(g, skeleton, nearSide.other(), FAR_SIDE, s);
      drawLimbs(g, skeleton, nearSide, NEAR_SIDE, s);
      if (lumbar != null) {
        drawLumbar(g, lumbar, s);
      }
      drawTrunk(g, skeleton, metrics.leanDeg(), s);
      Rectangle2D readout = drawReadout(g, metrics, s);
      drawLegend(g, frame.getWidth(), readout, lumbar != null, s);
    });
  }

  /**
   * A frame without measures: the runner was not found in it, or it was left out (a stretch walked backwards; the
   * report's notes say so). Said in the corner, so that a skeleton that vanishes is not
   * taken for a fault. With faces blurred the whole picture is pixelated: without the runner's points no face can be
   * located, and a face left whole is what blurring promised not to show.
   *
   * @return a new TYPE_3BYTE_BGR image of the frame's size; {@code frame} itself is left untouched
   */
  public BufferedImage unmeasured(BufferedImage frame, double timeSeconds, int index) {
    return drawnOn(frame, FaceBlur::applyEverywhere, g -> drawRows(g, List.of(
        new Row("No measures in this frame", Theme.badge(Severity.NOT_ASSESSED), true),
        new Row("runner not found here, or left out: see the report's notes", null, false),
        new Row(String.format(Locale.ROOT, "%.2f s · frame %d", timeSeconds, index), null, false)),
        scale(frame.getWidth(), frame.getHeight())));
  }

  /**
   * A TYPE_3BYTE_BGR copy of {@code frame}, its faces hidden by {@code blur} when faces are blurred, with
   * {@code draw} done on it in smoothed graphics.
   */
  private BufferedImage drawnOn(BufferedImage frame, Consumer<BufferedImage> blur, Consumer<Graphics2D> draw) {
    BufferedImage out = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(frame, 0, 0, null);
      if (blurFaces) {
        blur.accept(out);
      }
      smooth(g);
      draw.accept(g);
    } finally {
      g.dispose();
    }
    return out;
  }

  /**
   * A still for the report: the painted frame with a title strip below it, e.g. "Most forward lean" and
   * "2.43 s".
   */
  public BufferedImage still(BufferedImage painted, String title, String detail) {
    double s = scale(painted.getWidth(), painted.getHeight());
    Font titleFont = new Font(FONT, Font.BOLD, size(15, s));
    Font detailFont = new Font(FONT, Font.PLAIN, size(13, s));
    int strip = (int) Math.round(34 * s);
    BufferedImage out =
        new BufferedImage(painted.getWidth(), painted.getHeight() + strip, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    try {
      smooth(g);
      g.drawImage(painted, 0, 0, null);
      g.setColor(Theme.INK);
      g.fillRect(0, painted.getHeight(), painted.getWidth(), strip);
      float pad = (float) (12 * s);
      g.setFont(titleFont);
      FontMetrics tm = g.getFontMetrics();
      float baseline = painted.getHeight() + (strip + tm.getAscent() - tm.getDescent()) / 2f;
      g.setColor(PANEL_TEXT);
      g.drawString(title, pad, baseline);
      g.setFont(detailFont);
      g.setColor(PANEL_MUTED);
      g.drawString(detail, pad + tm.stringWidth(title) + pad, baseline);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static double scale(int widthPx, int heightPx) {
    return Math.max(MIN_SCALE, Math.min(widthPx, heightPx) / BASE_SIDE_PX);
  }

  private static int size(double basePx, double s) {
    return (int) Math.round(basePx * s);
  }

  private static void smooth(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }

  /** Per side: head (ear to shoulder) and arm, and the leg down to the foot (heel, toe, back to the ankle). */
  private static final Map<Side, List<List<BodyLandmark>>> LIMBS = new EnumMap<>(Map.of(
      Side.LEFT, List.of(
          List.of(BodyLandmark.LEFT_EAR, BodyLandmark.LEFT_SHOULDER, BodyLandmark.LEFT_ELBOW, BodyLandmark.LEFT_WRIST),
          List.of(BodyLandmark.LEFT_HIP, BodyLandmark.LEFT_KNEE, BodyLandmark.LEFT_ANKLE, BodyLandmark.LEFT_HEEL,
              BodyLandmark.LEFT_FOOT_INDEX, BodyLandmark.LEFT_ANKLE)),
      Side.RIGHT, List.of(
          List.of(BodyLandmark.RIGHT_EAR, BodyLandmark.RIGHT_SHOULDER, BodyLandmark.RIGHT_ELBOW,
              BodyLandmark.RIGHT_WRIST),
          List.of(BodyLandmark.RIGHT_HIP, BodyLandmark.RIGHT_KNEE, BodyLandmark.RIGHT_ANKLE, BodyLandmark.RIGHT_HEEL,
              BodyLandmark.RIGHT_FOOT_INDEX, BodyLandmark.RIGHT_ANKLE))));

  private static void drawLimbs(Graphics2D g, Skeleton k, Side side, Color color, double s) {
    List<List<BodyLandmark>> chains = LIMBS.get(side);
    float width = (float) (3 * s);
    List<Point2D> joints = new ArrayList<>();
    for (List<BodyLandmark> chain : chains) {
      for (int i = 1; i < chain.size(); i++) {
        BodyLandmark a = chain.get(i - 1);
        BodyLandmark b = chain.get(i);
        if (k.has(a) && k.has(b)) {
          outlined(g, new Line2D.Double(k.xPx(a), k.yPx(a), k.xPx(b), k.yPx(b)), color, width, s);
        }
      }
      chain.stream().filter(k::has).forEach(lm -> joints.add(new Point2D.Double(k.xPx(lm), k.yPx(lm))));
    }
    for (Point2D p : joints) {
      dot(g, p, 2.6 * s, color, s);
    }
  }

  /** The trunk line, the true vertical through the near hip, and the angle between them. */
  private void drawLumbar(Graphics2D g, LumbarTrace t, double s) {
    Color color = Theme.badge(config.lumbarSeverity(shown(t.depthPct())));
    Point2D buttocks = point(t.buttocks());
    Point2D upperBack = point(t.upperBack());
    outlined(g, new Line2D.Double(buttocks, upperBack), BACK_LINE, (float) (2 * s), s);
    dot(g, buttocks, 3 * s, BACK_LINE, s);
    dot(g, upperBack, 3 * s, BACK_LINE, s);
    outlined(g, new Line2D.Double(point(t.chord()), point(t.hollow())), color, (float) (3.5 * s), s);
    dot(g, point(t.hollow()), 3.5 * s, color, s);
  }

  private static Point2D point(LumbarTrace.PointPx p) {
    return new Point2D.Double(p.xPx(), p.yPx());
  }

  private void drawTrunk(Graphics2D g, Skeleton k, Double leanDeg, double s) {
    if (!k.has(nearSide.hip()) || !k.has(nearSide.shoulder())) {
      return;
    }
    Point2D hip = new Point2D.Double(k.xPx(nearSide.hip()), k.yPx(nearSide.hip()));
    Point2D shoulder = new Point2D.Double(k.xPx(nearSide.shoulder()), k.yPx(nearSide.shoulder()));
    double trunkPx = hip.distance(shoulder);
    if (!(trunkPx > 1)) {
      return;
    }
    // The ground line rises by the roll toward the image right; the true vertical is perpendicular to it.
    double roll = Math.toRadians(view.rollDeg());
    double upX = -Math.sin(roll);
    double upY = -Math.cos(roll);
    if (leanDeg != null) {
      // The line at the angle measured, which leaves out the limbs' pull on the shoulder keypoint: its end may sit
      // a few pixels off the arm's first joint.
      double lean = Math.toRadians(leanDeg);
      double forwardX = view.direction().sign() * Math.cos(roll);
      double forwardY = -view.direction().sign() * Math.sin(roll);
      shoulder = new Point2D.Double(hip.getX() + trunkPx * (Math.cos(lean) * upX + Math.sin(lean) * forwardX),
          hip.getY() + trunkPx * (Math.cos(lean) * upY + Math.sin(lean) * forwardY));
    }
    Color color = leanDeg == null ? Theme.badge(Severity.NOT_ASSESSED) : Theme.badge(leanSeverity(leanDeg));

    Line2D vertical = new Line2D.Double(
        hip.getX() - VERTICAL_BELOW * trunkPx * upX, hip.getY() - VERTICAL_BELOW * trunkPx * upY,
        hip.getX() + VERTICAL_ABOVE * trunkPx * upX, hip.getY() + VERTICAL_ABOVE * trunkPx * upY);
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke((float) (4 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    g.draw(vertical);
    g.setColor(VERTICAL);
    g.setStroke(dashed(2 * s, 7 * s));
    g.draw(vertical);

    double radius = Math.max(14 * s, ARC_RADIUS * trunkPx);
    double from = screenAngleDeg(upX, upY);
    double extent = normalizedDeg(screenAngleDeg(shoulder.getX() - hip.getX(), shoulder.getY() - hip.getY()) - from);
    Arc2D wedge = new Arc2D.Double(hip.getX() - radius, hip.getY() - radius, 2 * radius, 2 * radius, from, extent,
        Arc2D.PIE);
    g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 110));
    g.fill(wedge);
    Arc2D arc = new Arc2D.Double(wedge.getBounds2D(), from, extent, Arc2D.OPEN);
    outlined(g, arc, color, (float) (3 * s), s);

    outlined(g, new Line2D.Double(hip, shoulder), color, (float) (6 * s), s);
    dot(g, hip, 4.5 * s, color, s);
    dot(g, shoulder, 4.5 * s, color, s);

    if (leanDeg != null) {
      // The number sits beside the top of the vertical, on the side away from the trunk: clear of the trunk
      // line, and above the lower back, where the lumbar measure is drawn.
      String text = String.format(Locale.ROOT, "%.1f°", Math.abs(leanDeg));
      Font font = new Font(FONT, Font.BOLD, size(14, s));
      g.setFont(font);
      FontMetrics fm = g.getFontMetrics();
      double pad = 4 * s;
      double w = fm.stringWidth(text) + 2 * pad;
      double h = fm.getAscent() + fm.getDescent() + pad;
      double away = extent >= 0 ? 1 : -1; // arcs grow counter-clockwise on screen: a positive one opens left
      double sideX = away * -upY;
      double sideY = away * upX;
      double along = LABEL_ALONG_VERTICAL * trunkPx;
      double cx = hip.getX() + along * upX + sideX * (w / 2 + 5 * s);
      double cy = hip.getY() + along * upY + sideY * (w / 2 + 5 * s);
      label(g, text, font, cx - w / 2, cy - h / 2, pad, color, s);
    }
  }

  /**
   * Value panel at the top left: trunk lean, lumbar hollow and time. Its rows and width stay the same from frame
   * to frame, so it does not flicker in the video where a value is missing.
   *
   * @return the panel's bounds
   */
  private Rectangle2D drawReadout(Graphics2D g, FrameMetrics m, double s) {
    Color none = Theme.badge(Severity.NOT_ASSESSED);
    List<Row> rows = List.of(
        m.leanDeg() == null
            ? new Row("Trunk lean –", none, true)
            : new Row("Trunk lean " + EvidenceFrames.lean(m.leanDeg()),
                Theme.badge(leanSeverity(m.leanDeg())), true),
        m.lumbarDepthPct() == null
            ? new Row("Lumbar hollow –", none, true)
            : new Row(String.format(Locale.ROOT, "Lumbar hollow %.1f%% of trunk", m.lumbarDepthPct()),
                Theme.badge(config.lumbarSeverity(shown(m.lumbarDepthPct()))), true),
        new Row(String.format(Locale.ROOT, "%.2f s · frame %d", m.timeSeconds(), m.index()), null, false));
    return drawRows(g, rows, s);
  }

  /** Rows of text in the top left corner's panel, strong ones with a coloured dot; returns the panel's bounds. */
  private Rectangle2D drawRows(Graphics2D g, List<Row> rows, double s) {
    Font bold = new Font(FONT, Font.BOLD, size(15, s));
    Font small = new Font(FONT, Font.PLAIN, size(12, s));
    double pad = 8 * s;
    double swatch = 10 * s;
    double gap = 4 * s;
    double width = g.getFontMetrics(bold).stringWidth(WIDEST_READOUT) + swatch + gap * 1.5;
    double height = pad;
    for (Row r : rows) {
      FontMetrics fm = g.getFontMetrics(r.strong() ? bold : small);
      width = Math.max(width, fm.stringWidth(r.text()) + (r.color() == null ? 0 : swatch + gap * 1.5));
      height += fm.getAscent() + fm.getDescent() + gap;
    }
    double x = 10 * s;
    double y = 10 * s;
    Rectangle2D bounds = new Rectangle2D.Double(x, y, width + 2 * pad, height + pad - gap);
    panel(g, x, y, bounds.getWidth(), bounds.getHeight(), s);
    double baseline = y + pad;
    for (Row r : rows) {
      Font f = r.strong() ? bold : small;
      FontMetrics fm = g.getFontMetrics(f);
      baseline += fm.getAscent();
      double tx = x + pad;
      if (r.color() != null) {
        double cy = baseline - (fm.getAscent() - fm.getDescent()) / 2.0;
        g.setColor(r.color());
        g.fill(new Ellipse2D.Double(tx, cy - swatch / 2, swatch, swatch));
        tx += swatch + gap * 1.5;
      }
      g.setFont(f);
      g.setColor(r.strong() ? PANEL_TEXT : PANEL_MUTED);
      g.drawString(r.text(), (float) tx, (float) baseline);
      baseline += fm.getDescent() + gap;
    }
    return bounds;
  }

  private record Row(String text, Color color, boolean strong) {}

  /**
   * What the lines and colours mean, one per row: at the top right, or below the readout where the frame is too
   * narrow for both side by side (portrait video).
   */
  private void drawLegend(Graphics2D g, int widthPx, Rectangle2D readout, boolean lumbar, double s) {
    Font font = new Font(FONT, Font.PLAIN, size(11.5, s));
    FontMetrics fm = g.getFontMetrics(font);
    List<String> named = new java.util.ArrayList<>(List.of("near side (" + nearSide.id() + ")",
        "far side (" + nearSide.other().id() + ")", "true vertical"));
    List<Color> keyed = new java.util.ArrayList<>(List.of(NEAR_SIDE, FAR_SIDE, VERTICAL));
    if (lumbar) {
      // Drawn solid in the vertical's white: named, so that it is not taken for the vertical.
      named.add("buttocks to upper back; hollow");
      keyed.add(BACK_LINE);
    }
    String[] lines = named.toArray(String[]::new);
    Color[] colors = keyed.toArray(Color[]::new);
    String leanScale = String.format(Locale.ROOT, "trunk lean <%s°, %s–%s°, ≥%s°", number(config.leanWatchDeg()),
        number(config.leanWatchDeg()), number(config.leanExcessiveDeg()), number(config.leanExcessiveDeg()));
    // A lumbar hollow without a baseline is drawn grey and has no scale.
    String[] scales = !config.lumbarJudged() ? new String[] {leanScale} : new String[] {leanScale,
        String.format(Locale.ROOT, "lumbar hollow <%s%%, %s–%s%%, ≥%s%%", number(config.lumbarWatchAtPct()),
            number(config.lumbarWatchAtPct()), number(config.lumbarExcessiveAtPct()),
            number(config.lumbarExcessiveAtPct()))};
    double pad = 7 * s;
    double gap = 6 * s;
    double dotPx = fm.getAscent() * 0.7;
    double key = 3 * dotPx + 2 * (gap / 2); // the widest key: three severity dots
    double rowH = fm.getAscent() + fm.getDescent() + 2 * s;
    double textW = 0;
    for (String t : lines) {
      textW = Math.max(textW, fm.stringWidth(t));
    }
    for (String t : scales) {
      textW = Math.max(textW, fm.stringWidth(t));
    }
    double w = 2 * pad + key + gap + textW;
    double h = 2 * pad + (lines.length + scales.length) * rowH;
    double margin = 10 * s;
    boolean beside = widthPx - margin - w >= readout.getMaxX() + margin;
    double x = beside ? widthPx - margin - w : readout.getX();
    double y = beside ? readout.getY() : readout.getMaxY() + margin / 2;
    panel(g, x, y, w, h, s);

    double mid = y + pad + rowH / 2;
    double keyX = x + pad;
    double textX = keyX + key + gap;
    for (int i = 0; i < lines.length; i++) {
      Line2D sample = new Line2D.Double(keyX, mid, keyX + key, mid);
      if (i == VERTICAL_ROW) {
        g.setColor(VERTICAL);
        g.setStroke(dashed(2 * s, 5 * s));
        g.draw(sample);
      } else {
        outlined(g, sample, colors[i], (float) (3 * s), s);
      }
      text(g, lines[i], font, textX, mid, PANEL_TEXT);
      mid += rowH;
    }
    for (String scale : scales) {
      double cx = keyX;
      for (Severity sev : List.of(Severity.OK, Severity.WATCH, Severity.EXCESSIVE)) {
        g.setColor(Theme.badge(sev));
        g.fill(new Ellipse2D.Double(cx, mid - dotPx / 2, dotPx, dotPx));
        cx += dotPx + gap / 2;
      }
      text(g, scale, font, textX, mid, PANEL_MUTED);
      mid += rowH;
    }
  }

  private static Stroke dashed(double widthPx, double dashPx) {
    return new BasicStroke((float) widthPx, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
        new float[] {(float) dashPx, (float) (0.7 * dashPx)}, 0);
  }

  /** Text whose middle sits at height {@code midY}. */
  private static void text(Graphics2D g, String text, Font font, double x, double midY, Color color) {
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    g.setColor(color);
    g.drawString(text, (float) x, (float) (midY + (fm.getAscent() - fm.getDescent()) / 2.0));
  }

  private Severity leanSeverity(double leanDeg) {
    return config.leanSeverity(shown(leanDeg));
  }

  /** A value as the frame shows it, to one decimal: its colour then agrees with the number next to it. */
  private static double shown(double value) {
    return Math.round(value * 10) / 10.0;
  }


  /** Direction of an image vector as Java 2D arcs measure it: degrees counter-clockwise on screen from +x. */
  private static double screenAngleDeg(double dx, double dy) {
    return Math.toDegrees(Math.atan2(-dy, dx));
  }

  private static double normalizedDeg(double deg) {
    double d = deg % 360;
    return d > 180 ? d - 360 : d <= -180 ? d + 360 : d;
  }

  /** A shape stroked in colour over a dark halo, so it stands out on light and dark footage alike. */
  private static void outlined(Graphics2D g, Shape shape, Color color, float width, double s) {
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke(width + (float) (2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
    g.setColor(color);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
  }

  private static void dot(Graphics2D g, Point2D p, double radius, Color color, double s) {
    Ellipse2D e = new Ellipse2D.Double(p.getX() - radius, p.getY() - radius, 2 * radius, 2 * radius);
    g.setColor(color);
    g.fill(e);
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke((float) (1.2 * s)));
    g.draw(e);
  }

  private static void panel(Graphics2D g, double x, double y, double w, double h, double s) {
    g.setColor(PANEL);
    g.fill(new RoundRectangle2D.Double(x, y, w, h, 8 * s, 8 * s));
  }

  /** Text on a small dark panel with a coloured rim. */
  private static void label(Graphics2D g, String text, Font font, double x, double y, double pad, Color rim,
      double s) {
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    double w = fm.stringWidth(text) + 2 * pad;
    double h = fm.getAscent() + fm.getDescent() + pad;
    RoundRectangle2D box = new RoundRectangle2D.Double(x, y, w, h, 6 * s, 6 * s);
    g.setColor(PANEL);
    g.fill(box);
    g.setColor(rim);
    g.setStroke(new BasicStroke((float) (1.5 * s)));
    g.draw(box);
    g.setColor(PANEL_TEXT);
    g.drawString(text, (float) (x + pad), (float) (y + pad / 2 + fm.getAscent()));
  }
}
