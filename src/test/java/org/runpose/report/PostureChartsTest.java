package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
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

  private static CategoryLabelPositions labels(CategoryPlot plot) {
    return plot.getDomainAxis().getCategoryLabelPositions();
  }
}
