package org.runpose.report;

import static org.runpose.report.PostureReport.number;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.runpose.Severity;
import org.runpose.gait.GaitPattern;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.FrameMetrics;
import org.runpose.posture.LeanStretch;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.PostureSummary;
import org.runpose.posture.StepMetrics;

/**
 * The charts of a posture report. Each takes one or more labelled analyses, so a before/after comparison draws
 * the same chart with one line per visit.
 */
public final class PostureCharts {
  private PostureCharts() {}

  /** An analysis and the name it goes by in a legend ("before", "12 Mar 2026", ...). */
  public record Labelled(String label, PostureAnalysis analysis) {}

  /** Shading of the time each foot is on the ground. */
  private static final Color LEFT_STANCE = new Color(0xE4, 0xEC, 0xF5);
  private static final Color RIGHT_STANCE = new Color(0xF6, 0xEB, 0xD9);

  /** Line colours, one per analysis: the first in the accent colour, a second in orange, then greys. */
  private static final List<Color> SERIES = List.of(Theme.ACCENT, Theme.SECOND, Theme.MUTED, Theme.INK);
  /** Most steps whose labels ("12 L") fit side by side under a chart of the report's width. */
  static final int MAX_LEVEL_STEP_LABELS = 16;

  /** The moments of a step at which the lean is given. */
  private static final List<String> PHASES = List.of("contact", "mid-stance", "toe-off");

  private static final Font MARKER_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);

  /**
   * Trunk lean over time with the thresholds drawn; with one analysis the stance phases of each foot are shaded, and
   * where the lean did not hold one level, each stretch's level is drawn over it.
   */
  public static JFreeChart leanOverTime(List<Labelled> analyses) {
    JFreeChart chart = overTime(analyses, FrameMetrics::leanDeg, "Trunk lean (°, forward +)", true,
        a -> a.settings().leanWatchDeg(), a -> a.settings().leanExcessiveDeg(), "°");
    if (analyses.size() == 1) {
      for (LeanStretch s : analyses.get(0).analysis().leanStretches()) {
        stretchLevel(chart.getXYPlot(), s);
      }
    }
    return chart;
  }

  /** A stretch of steady lean as a thick line at its level, in its traffic-light colour, labelled with it. */
  private static void stretchLevel(XYPlot plot, LeanStretch s) {
    Color c = Theme.badge(s.severity());
    plot.addAnnotation(new XYLineAnnotation(s.fromSeconds(), s.leanDeg(), s.toSeconds(), s.leanDeg(),
        new BasicStroke(3.5f), c));
    XYTextAnnotation label = new XYTextAnnotation(number(s.leanDeg()) + "°", (s.fromSeconds() + s.toSeconds()) / 2,
        s.leanDeg());
    label.setFont(MARKER_FONT.deriveFont(Font.BOLD, 11f));
    label.setPaint(c);
    label.setBackgroundPaint(new Color(255, 255, 255, 200));
    label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
    plot.addAnnotation(label);
  }

  /** The lumbar hollow depth in every frame that showed the back, with the thresholds. */
  public static JFreeChart lumbarOverTime(List<Labelled> analyses) {
    return overTime(analyses, FrameMetrics::lumbarDepthPct, "Lumbar hollow (% of trunk)", false,
        a -> a.settings().lumbarWatchAtPct(), a -> a.settings().lumbarExcessiveAtPct(), " %");
  }

  private static JFreeChart overTime(List<Labelled> analyses, Function<FrameMetrics, Double> value, String axis,
      boolean joined, Function<PostureAnalysis, Double> watch, Function<PostureAnalysis, Double> excessive,
      String unit) {
    XYSeriesCollection data = new XYSeriesCollection();
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Labelled l : analyses) {
      XYSeries s = new XYSeries(l.label(), false, true);
      for (FrameMetrics f : l.analysis().frames()) {
        Double v = value.apply(f);
        // A gap in the line where the runner or the measure was lost, rather than a line across it.
        s.add(f.timeSeconds(), v);
        if (v != null) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
      data.addSeries(s);
    }
    PostureAnalysis first = analyses.get(0).analysis();
    // A measure not judged (a lumbar hollow without a baseline) has no threshold lines.
    Double w = watch.apply(first);
    Double x = excessive.apply(first);
    double top = x == null ? (Double.isFinite(high) ? high : 1) : x;
    NumberAxis time = new NumberAxis("Time (s)");
    time.setAutoRangeIncludesZero(true);
    NumberAxis values = new NumberAxis(axis);
    values.setAutoRangeIncludesZero(false);
    double span = Double.isFinite(low) ? Math.max(high, top) - Math.min(low, 0) : top;
    values.setRange(Math.min(Double.isFinite(low) ? low : 0, 0) - 0.08 * span,
        Math.max(Double.isFinite(high) ? high : top, top) + 0.12 * span);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(joined, !joined);
    XYPlot plot = new XYPlot(data, time, values, renderer);
    List<LegendItem> bands = analyses.size() == 1 ? shadeStance(plot, first) : List.of();
    if (w != null) {
      plot.addRangeMarker(threshold(w, "watch " + number(w) + unit, Severity.WATCH), Layer.FOREGROUND);
      plot.addRangeMarker(threshold(x, "excessive " + number(x) + unit, Severity.EXCESSIVE), Layer.FOREGROUND);
    }
    JFreeChart chart = Charts.style(new JFreeChart(null, null, plot, true));
    Shape dot = new Ellipse2D.Double(-2, -2, 4, 4);
    LegendItemCollection legend = new LegendItemCollection();
    for (int i = 0; i < analyses.size(); i++) {
      Color c = SERIES.get(Math.min(i, SERIES.size() - 1));
      renderer.setSeriesPaint(i, c);
      renderer.setSeriesStroke(i, new BasicStroke(1.6f));
      renderer.setSeriesShape(i, dot);
      legend.add(new LegendItem(analyses.get(i).label(), null, null, null,
          joined ? new Rectangle(-6, -1, 12, 2) : dot, c));
    }
    bands.forEach(legend::add);
    if (legend.getItemCount() == 1) {
      chart.removeLegend();
    } else {
      plot.setFixedLegendItems(legend);
    }
    return chart;
  }

  /** The stance of each foot as bands behind the data, from the per-frame stance labels. */
  private static List<LegendItem> shadeStance(XYPlot plot, PostureAnalysis a) {
    List<FrameMetrics> frames = a.frames();
    boolean[] seen = new boolean[2];
    int start = 0;
    for (int i = 1; i <= frames.size(); i++) {
      String s = frames.get(start).stance();
      if (i < frames.size() && java.util.Objects.equals(frames.get(i).stance(), s)) {
        continue;
      }
      int foot = "left".equals(s) ? 0 : "right".equals(s) ? 1 : -1;
      if (foot >= 0) {
        double half = i < frames.size() ? (frames.get(i).timeSeconds() - frames.get(i - 1).timeSeconds()) / 2 : 0;
        double from = frames.get(start).timeSeconds() - half;
        double to = frames.get(i - 1).timeSeconds() + half;
        plot.addDomainMarker(new IntervalMarker(from, to, foot == 0 ? LEFT_STANCE : RIGHT_STANCE), Layer.BACKGROUND);
        seen[foot] = true;
      }
      start = i;
    }
    List<LegendItem> legend = new java.util.ArrayList<>();
    if (seen[0]) {
      legend.add(band("left foot on the ground", LEFT_STANCE));
    }
    if (seen[1]) {
      legend.add(band("right foot on the ground", RIGHT_STANCE));
    }
    return legend;
  }

  /** A threshold as a dashed line in its traffic-light colour, labelled at the right end. */
  private static ValueMarker threshold(double at, String label, Severity severity) {
    ValueMarker m = new ValueMarker(at, Theme.badge(severity),
        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    m.setLabel(label);
    m.setLabelFont(MARKER_FONT);
    m.setLabelPaint(Theme.badge(severity));
    m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    return m;
  }

  /**
   * Trunk lean at contact, mid-stance and toe-off of every step, with the thresholds: shows whether the lean
   * comes at a particular moment of the step or is held throughout.
   */
  public static JFreeChart leanPerStep(PostureAnalysis a) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (StepMetrics s : a.steps()) {
      String step = stepLabel(s);
      data.addValue(s.leanContactDeg(), "contact", step);
      data.addValue(s.leanMidStanceDeg(), "mid-stance", step);
      data.addValue(s.leanToeOffDeg(), "toe-off", step);
    }
    BarRenderer bars = new BarRenderer();
    bars.setItemMargin(0.05);
    NumberAxis lean = new NumberAxis("Trunk lean (°, forward +)");
    DoubleSummaryStatistics leans = phaseLeans(a).summaryStatistics();
    boolean any = leans.getCount() > 0;
    lean.setRange(Math.min(0, any ? leans.getMin() : 0) - 1,
        Math.max(any ? leans.getMax() : 0, a.settings().leanExcessiveDeg()) * 1.15 + 1);
    CategoryPlot plot = new CategoryPlot(data, stepAxis(a.steps().size()), lean, bars);
    leanThresholds(plot, a.settings());
    JFreeChart chart = Charts.style(new JFreeChart(null, null, plot, true));
    bars.setSeriesPaint(0, new Color(0x8F, 0xB3, 0xD1));
    bars.setSeriesPaint(1, Theme.ACCENT);
    bars.setSeriesPaint(2, new Color(0x12, 0x3A, 0x55));
    return chart;
  }

  /**
   * The median trunk lean at contact, mid-stance and toe-off, one bar per analysis with its value: shows whether a
   * change between visits came at one moment of the step or throughout.
   */
  public static JFreeChart leanByPhase(List<Labelled> analyses) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double low = 0;
    double high = analyses.get(0).analysis().settings().leanExcessiveDeg();
    for (Labelled l : analyses) {
      PostureSummary s = l.analysis().summary();
      Double[] phases = {s.leanContactDeg(), s.leanMidStanceDeg(), s.leanToeOffDeg()};
      for (int i = 0; i < PHASES.size(); i++) {
        data.addValue(phases[i], l.label(), PHASES.get(i));
        if (phases[i] != null) {
          low = Math.min(low, phases[i]);
          high = Math.max(high, phases[i]);
        }
      }
    }
    BarRenderer bars = new BarRenderer();
    bars.setItemMargin(0.08);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}\u00b0",
        new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(MARKER_FONT);
    bars.setDefaultItemLabelPaint(Theme.INK);
    NumberAxis lean = new NumberAxis("Trunk lean (\u00b0, forward +)");
    lean.setRange(low - 1 - (low < 0 ? 0.1 * (high - low) : 0), high * 1.15 + 1);
    CategoryAxis phase = new CategoryAxis("Moment of the step");
    // Room on the right for the threshold labels, clear of the last bars.
    phase.setUpperMargin(0.14);
    CategoryPlot plot = new CategoryPlot(data, phase, lean, bars);
    PostureAnalysis first = analyses.get(0).analysis();
    leanThresholds(plot, first.settings());
    JFreeChart chart = Charts.style(new JFreeChart(null, null, plot, analyses.size() > 1));
    for (int i = 0; i < analyses.size(); i++) {
      bars.setSeriesPaint(i, SERIES.get(Math.min(i, SERIES.size() - 1)));
    }
    return chart;
  }

  /** Every step's lean at contact, mid-stance and toe-off, where measured. */
  private static java.util.stream.DoubleStream phaseLeans(PostureAnalysis a) {
    return a.steps().stream()
        .flatMap(s -> java.util.stream.Stream.of(s.leanContactDeg(), s.leanMidStanceDeg(), s.leanToeOffDeg()))
        .filter(v -> v != null).mapToDouble(Double::doubleValue);
  }

  private static void leanThresholds(CategoryPlot plot, AnalysisConfig c) {
    plot.addRangeMarker(threshold(c.leanWatchDeg(), "watch " + number(c.leanWatchDeg()) + "\u00b0", Severity.WATCH),
        Layer.FOREGROUND);
    plot.addRangeMarker(threshold(c.leanExcessiveDeg(), "excessive " + number(c.leanExcessiveDeg()) + "\u00b0",
        Severity.EXCESSIVE), Layer.FOREGROUND);
  }

  /** Stance and flight time of every step: a limp or a weaker side shows as a left-right pattern. */
  public static JFreeChart stepTiming(PostureAnalysis a) {
    boolean walking = a.gait().pattern() == GaitPattern.WALKING;
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (StepMetrics s : a.steps()) {
      String step = stepLabel(s);
      data.addValue(s.stanceMs(), "stance (foot on the ground)", step);
      // A step's flight is negative where both feet were down: a walker's double support.
      if (walking) {
        data.addValue(Math.max(0, -s.flightMs()), "double support (both feet down)", step);
      } else {
        data.addValue(Math.max(0, s.flightMs()), "flight (both feet off)", step);
      }
    }
    BarRenderer bars = new BarRenderer();
    bars.setItemMargin(0.05);
    CategoryPlot plot = new CategoryPlot(data, stepAxis(a.steps().size()), new NumberAxis("Time (ms)"), bars);
    JFreeChart chart = Charts.style(new JFreeChart(null, null, plot, true));
    bars.setSeriesPaint(0, Theme.ACCENT);
    bars.setSeriesPaint(1, new Color(0xA9, 0xC4, 0xDA));
    return chart;
  }

  /**
   * The steps' axis. Beyond about a dozen steps their labels no longer fit side by side and JFreeChart cuts each to
   * "...", so they stand upright instead.
   */
  static CategoryAxis stepAxis(int steps) {
    CategoryAxis axis = new CategoryAxis("Step (foot on the ground)");
    if (steps > MAX_LEVEL_STEP_LABELS) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    }
    return axis;
  }

  /** "3 R": the step number and the foot that lands. */
  static String stepLabel(StepMetrics s) {
    return s.number() + " " + s.side().id().substring(0, 1).toUpperCase(Locale.ROOT);
  }

  private static LegendItem band(String label, Paint paint) {
    return new LegendItem(label, null, null, null, new Rectangle(-5, -5, 10, 10), paint, new BasicStroke(0.5f),
        Theme.RULE);
  }

}
