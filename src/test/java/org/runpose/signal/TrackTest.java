package org.runpose.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackTest {

  @Test
  void copiesWhatComesInAndWhatGoesOut() {
    double[] t = {0, 0.1, 0.2};
    double[] x = {1, Double.NaN, 3};
    Track track = new Track(t, x);
    t[1] = 5;
    x[0] = 9;
    track.values()[2] = 7;
    track.timesSeconds()[0] = -1;
    assertThat(track.timesSeconds()).containsExactly(0, 0.1, 0.2);
    assertThat(track.values()).containsExactly(1, Double.NaN, 3);
    assertThat(track.size()).isEqualTo(3);
    assertThat(track.timeSeconds(2)).isEqualTo(0.2);
    assertThat(track.isMissing(1)).isTrue();
    assertThat(track.isMissing(0)).isFalse();
  }

  @Test
  void withValuesKeepsTheTimes() {
    Track track = new Track(new double[] {0, 1}, new double[] {1, 2}).withValues(new double[] {3, 4});
    assertThat(track.timesSeconds()).containsExactly(0, 1);
    assertThat(track.values()).containsExactly(3, 4);
  }

  @Test
  void rejectsTimesThatDoNotIncreaseOrAreNotFinite() {
    assertThatThrownBy(() -> new Track(new double[] {0, 0.1, 0.1}, new double[3]))
        .hasMessageContaining("increase strictly");
    assertThatThrownBy(() -> new Track(new double[] {0, 0.2, 0.1}, new double[3]))
        .hasMessageContaining("increase strictly");
    assertThatThrownBy(() -> new Track(new double[] {0, Double.NaN}, new double[2]))
        .hasMessageContaining("not finite");
  }

  @Test
  void rejectsMismatchedLengthsAndInfiniteValues() {
    assertThatThrownBy(() -> new Track(new double[] {0, 1}, new double[1])).hasMessageContaining("2 times but 1");
    assertThatThrownBy(() -> new Track(new double[] {0, 1}, new double[] {0, Double.NEGATIVE_INFINITY}))
        .hasMessageContaining("infinite");
  }

  @Test
  void anEmptyTrackIsValid() {
    assertThat(new Track(new double[0], new double[0]).size()).isZero();
  }
}
