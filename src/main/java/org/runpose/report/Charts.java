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
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
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
}
