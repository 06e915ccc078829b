package org.runpose.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;
import org.runpose.Severity;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;

/** The shared look of runpose charts, and their drawing as vectors or as a sharp PNG. */
public final class Charts {
  private Charts() {}

  /** Logical font: the PDF maps it to Helvetica, the PNG to the system's sans-serif. */
  private static final String FONT = Font.SANS_SERIF;

  private static final StandardChartTheme THEME = theme();

  private static StandardChartTheme theme() {
    StandardChartTheme t = new StandardChartTheme("runpose");
    t.setExtraLargeFont(new Font(FONT, Font.BOLD, 14));
    t.setLargeFont(new Font(FONT, Font.BOLD, 11));
    t.setRegularFont(new Font(FONT, Font.PLAIN, 10));
    t.setSmallFont(new Font(FONT, Font.PLAIN, 9));
    t.setTitlePaint(Theme.INK);
    t.setSubtitlePaint(Theme.MUTED);
    t.setLegendItemPaint(Theme.INK);
    t.setAxisLabelPaint(Theme.MUTED);
    t.setTickLabelPaint(Theme.MUTED);
    t.setChartBackgroundPaint(Color.WHITE);
    t.setLegendBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setPlotOutlinePaint(Theme.RULE);
    t.setDomainGridlinePaint(Theme.RULE);
    t.setRangeGridlinePaint(Theme.RULE);
    t.setAxisOffset(RectangleInsets.ZERO_INSETS);
    t.setShadowVisible(false);
    t.setBarPainter(new StandardBarPainter());
    return t;
  }

  /** Gives a chart the runpose look; call after building it and before styling its series. */
  public static JFreeChart style(JFreeChart chart) {
    THEME.apply(chart);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    styleGrid(chart.getPlot());
    return chart;
  }

  private static void styleGrid(Plot plot) {
    BasicStroke thin = new BasicStroke(0.5f);
    if (plot instanceof CombinedDomainCategoryPlot combined) {
      for (Object sub : combined.getSubplots()) { // a raw List in JFreeChart 1.5
        styleGrid((Plot) sub);
      }
    } else if (plot instanceof CategoryPlot p) {
      p.setRangeGridlineStroke(thin);
      p.setOutlineVisible(false);
    } else if (plot instanceof XYPlot p) {
      p.setRangeGridlineStroke(thin);
      p.setDomainGridlineStroke(thin);
      p.setOutlineVisible(false);
    }
  }

  /** Draws the chart as vectors onto any Graphics2D, e.g. a PDF template's. */
  public static void draw(JFreeChart chart, Graphics2D g, double width, double height) {
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
  }

  /** The chart as a PNG of {@code scale} device pixels per CSS pixel, for sharp screens. */
  public static byte[] png(JFreeChart chart, int width, int height, int scale) {
    BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.scale(scale, scale);
      draw(chart, g, width, height);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding to memory failed", e);
    }
    return out.toByteArray();
  }

  /** Quality of the stills embedded in reports: frames of a video, where JPEG is a tenth of the PNG size. */
  private static final float JPEG_QUALITY = 0.88f;

  /** A still as JPEG bytes, scaled down to at most {@code maxWidthPx} wide. */
  public static byte[] jpeg(BufferedImage image, int maxWidthPx) {
    BufferedImage still = image;
    if (image.getWidth() > maxWidthPx) {
      int h = Math.round((float) image.getHeight() * maxWidthPx / image.getWidth());
      still = new BufferedImage(maxWidthPx, h, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = still.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, maxWidthPx, h, null);
      } finally {
        g.dispose();
      }
    } else if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      still = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = still.createGraphics();
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.write(null, new IIOImage(still, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding to memory failed", e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** A gauge as a chart: the scale in its three colours, and the value as a marker with its number. */
  public static JFreeChart gauge(ReportDocument.Gauge gauge) {
    NumberAxis scale = new NumberAxis();
    scale.setRange(gauge.min(), gauge.max());
    NumberAxis unused = new NumberAxis();
    unused.setVisible(false);
    // The renderer draws the markers, so the plot needs one even without data.
    XYPlot plot = new XYPlot(new XYSeriesCollection(), scale, unused, new XYLineAndShapeRenderer());
    plot.setRangeGridlinesVisible(false);
    plot.setDomainGridlinesVisible(false);
    zone(plot, gauge.min(), gauge.watchAt(), Severity.OK);
    zone(plot, gauge.watchAt(), gauge.excessiveAt(), Severity.WATCH);
    zone(plot, gauge.excessiveAt(), gauge.max(), Severity.EXCESSIVE);
    double shown = Math.max(gauge.min(), Math.min(gauge.max(), gauge.value()));
    if (gauge.previous() != null) {
      previous(plot, gauge, shown, unused);
    }
    ValueMarker value = new ValueMarker(shown, Theme.INK, new BasicStroke(2.5f));
    value.setLabel(String.format(Locale.ROOT, "%.1f%s", gauge.value(), gauge.unit()));
    value.setLabelFont(new Font(FONT, Font.BOLD, 11));
    value.setLabelPaint(Theme.INK);
    value.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    boolean left = gauge.previous() == null ? shown > (gauge.min() + gauge.max()) / 2
        : labelLeft(gauge, shown, gauge.previous());
    value.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    value.setLabelTextAnchor(left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
    value.setLabelOffset(new RectangleInsets(2, 5, 2, 5));
    plot.addDomainMarker(value, Layer.FOREGROUND);
    JFreeChart chart = style(new JFreeChart(null, null, plot, false));
    chart.setPadding(new RectangleInsets(0, 2, 0, 10));
    scale.setTickLabelFont(new Font(FONT, Font.PLAIN, 9));
    return chart;
  }

  /**
   * The earlier visit's value as a grey dashed marker with its number below, and an arrow from it to the current
   * value, so the direction of the change reads before the numbers.
   */
  private static void previous(XYPlot plot, ReportDocument.Gauge gauge, double shown, NumberAxis vertical) {
    double was = Math.max(gauge.min(), Math.min(gauge.max(), gauge.previous()));
    ValueMarker marker = new ValueMarker(was, Theme.MUTED,
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 2f}, 0f));
    marker.setLabel(String.format(Locale.ROOT, "%.1f%s", gauge.previous(), gauge.unit()));
    marker.setLabelFont(new Font(FONT, Font.PLAIN, 10));
    marker.setLabelPaint(Theme.INK);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    boolean left = labelLeft(gauge, was, gauge.value());
    marker.setLabelAnchor(left ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
    marker.setLabelTextAnchor(left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
    marker.setLabelOffset(new RectangleInsets(2, 5, 2, 5));
    plot.addDomainMarker(marker, Layer.FOREGROUND);
    // An arrow only when the markers stand apart; a shorter one would be all head.
    if (Math.abs(shown - was) > 0.04 * (gauge.max() - gauge.min())) {
      vertical.setRange(0, 1);
      plot.addAnnotation(new XYLineAnnotation(was, 0.5, shown, 0.5, new BasicStroke(1.5f), Theme.INK));
      XYPointerAnnotation head = new XYPointerAnnotation("", shown, 0.5, shown > was ? Math.PI : 0);
      head.setTipRadius(2);
      head.setBaseRadius(2);
      head.setArrowLength(7);
      head.setArrowWidth(3.5);
      head.setArrowPaint(Theme.INK);
      head.setArrowStroke(new BasicStroke(1.5f));
      plot.addAnnotation(head);
    }
  }

  /** A marker's number goes on the side away from the other marker, unless it would run off the scale. */
  private static boolean labelLeft(ReportDocument.Gauge gauge, double at, double other) {
    double room = 0.12 * (gauge.max() - gauge.min());
    if (at - gauge.min() < room) {
      return false;
    }
    return gauge.max() - at < room || at < other;
  }

  private static void zone(XYPlot plot, double from, double to, Severity severity) {
    Color c = Theme.badge(severity);
    plot.addDomainMarker(new IntervalMarker(from, to, new Color(c.getRed(), c.getGreen(), c.getBlue(), 0x70)),
        Layer.BACKGROUND);
  }
}
