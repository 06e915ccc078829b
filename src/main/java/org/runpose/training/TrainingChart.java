package org.runpose.training;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.ExtendedCategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryMarker;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.runpose.report.Charts;
import org.runpose.Severity;
import org.runpose.report.Theme;

/**
 * Weekly distance (easy running and speed work stacked) above the longest run's share of each week,
 * with the weeks that broke a rule shaded in their traffic-light colour.
 */
final class TrainingChart {
  private TrainingChart() {}

  /** Beyond this many weeks the date under each week label would crowd the axis. */
  private static final int MAX_WEEKS_WITH_DATES = 26;

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  /** A week on the chart's axis: unique by its Monday, labelled by its ISO week number. */
  private record WeekKey(LocalDate monday, String label) implements Comparable<WeekKey> {
    @Override
    public int compareTo(WeekKey o) {
      return monday.compareTo(o.monday);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The weeks from {@code from} on. */
  static JFreeChart of(TrainingAnalysis a, int from) {
    DistanceUnit u = a.unit();
    List<WeekSummary> weeks = a.weeks().subList(from, a.weeks().size());
    DefaultCategoryDataset volume = new DefaultCategoryDataset();
    DefaultCategoryDataset share = new DefaultCategoryDataset();
    ExtendedCategoryAxis axis = new ExtendedCategoryAxis(null);
    double maxShare = 0;
    for (WeekSummary w : weeks) {
      WeekKey key = new WeekKey(w.weekStart(), "W" + w.isoWeek().substring(6));
      volume.addValue(u.fromKm(w.distanceKm() - w.speedWorkKm()), "Easy running", key);
      volume.addValue(u.fromKm(w.speedWorkKm()), "Speed work", key);
      // One run is 100% of its week by definition: leave a gap rather than a misleading spike.
      share.addValue(w.runs() > 1 ? w.longestRunShare() * 100 : null, "Longest run, % of week", key);
      maxShare = Math.max(maxShare, w.runs() > 1 ? w.longestRunShare() * 100 : 0);
      if (weeks.size() <= MAX_WEEKS_WITH_DATES) {
        axis.addSubLabel(key, SHORT.format(w.weekStart()));
      }
    }

    StackedBarRenderer bars = new StackedBarRenderer();
    bars.setMaximumBarWidth(0.06);
    CategoryPlot top = new CategoryPlot(volume, null, new NumberAxis("Distance (" + u + ")"), bars);

    LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
    line.setSeriesStroke(0, new BasicStroke(1.5f));
    NumberAxis percent = new NumberAxis("Longest run (%)");
    double limit = a.config().maxLongRunShare() * 100;
    percent.setRange(0, Math.max(limit * 2, maxShare * 1.15));
    CategoryPlot bottom = new CategoryPlot(share, null, percent, line);
    ValueMarker limitLine = new ValueMarker(limit, Theme.badge(Severity.EXCESSIVE),
        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    limitLine.setLabel("limit " + Format.percent(a.config().maxLongRunShare()));
    limitLine.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    limitLine.setLabelPaint(Theme.badge(Severity.EXCESSIVE));
    limitLine.setLabelBackgroundColor(Color.WHITE);
    limitLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    limitLine.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    bottom.addRangeMarker(limitLine);

    for (int i = 0; i < weeks.size(); i++) {
      Color tint = Theme.tint(a.worstOfWeek(from + i));
      if (tint != null) {
        WeekKey key = (WeekKey) volume.getColumnKey(i);
        for (CategoryPlot p : List.of(top, bottom)) {
          CategoryMarker band = new CategoryMarker(key, tint, new BasicStroke(1f));
          band.setDrawAsLine(false);
          p.addDomainMarker(band, Layer.BACKGROUND);
        }
      }
    }

    CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(axis);
    plot.setGap(8);
    plot.add(top, 3);
    plot.add(bottom, 2);
    if (weeks.size() > MAX_WEEKS_WITH_DATES) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    }
    axis.setCategoryMargin(0.15);
    JFreeChart chart = Charts.style(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    // After the theme, which resets series paints.
    bars.setSeriesPaint(0, Theme.ACCENT);
    bars.setSeriesPaint(1, Theme.SECOND);
    line.setSeriesPaint(0, Theme.INK);
    axis.setSubLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
    axis.setSubLabelPaint(Theme.MUTED);
    return chart;
  }
}
