package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.runpose.gait.GaitPattern;
import org.runpose.posture.PostureAnalysis;
import org.runpose.posture.SyntheticAnalyses;

class PostureChartsTest {

  @Test
  void manyStepsStandTheirLabelsUprightSoNoneIsCutToDots() {
    PostureAnalysis few = SyntheticAnalyses.leaning(4);
    PostureAnalysis many = SyntheticAnalyses.tiring();
    assertThat(few.steps()).hasSizeLessThanOrEqualTo(PostureCharts.MAX_LEVEL_STEP_LABELS);
    assertThat(many.steps()).hasSizeGreaterThan(PostureCharts.MAX_LEVEL_STEP_LABELS);
    assertThat(labels(PostureCharts.leanPerStep(few).getCategoryPlot())).isEqualTo(CategoryLabelPositions.STANDARD);
    assertThat(labels(PostureCharts.leanPerStep(many).getCategoryPlot())).isEqualTo(CategoryLabelPositions.UP_90);
    assertThat(labels(PostureCharts.stepTiming(many).getCategoryPlot())).isEqualTo(CategoryLabelPositions.UP_90);
  }

  @Test
  void theLeanAxisHoldsEveryMomentOfEveryStep() {
    PostureAnalysis a = SyntheticAnalyses.tiring();
    double highest = a.steps().stream().mapToDouble(s -> Math.max(s.leanContactDeg(),
        Math.max(s.leanMidStanceDeg(), s.leanToeOffDeg()))).max().orElseThrow();
    assertThat(PostureCharts.leanPerStep(a).getCategoryPlot().getRangeAxis().getUpperBound())
        .isGreaterThan(highest);
  }

  @Test
  void aWalkersStepsShowTheirDoubleSupportNotAFlight() {
    PostureAnalysis walking = SyntheticAnalyses.walking();
    assertThat(walking.gait().pattern()).isEqualTo(GaitPattern.WALKING);
    CategoryDataset data = PostureCharts.stepTiming(walking).getCategoryPlot().getDataset();
    assertThat(data.getRowKeys()).containsExactly("stance (foot on the ground)", "double support (both feet down)");
    for (int step = 0; step < data.getColumnCount(); step++) {
      assertThat(data.getValue(1, step).doubleValue()).isGreaterThan(0);
    }
  }

  private static CategoryLabelPositions labels(CategoryPlot plot) {
    return plot.getDomainAxis().getCategoryLabelPositions();
  }
}
