package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonChoiceTest {

  private static Sighting at(long micros, double x, double y, boolean followed, double suitability) {
    return new Sighting(micros, new Roi(x, y, 200, 0), followed, suitability);
  }

  /**
   * A bystander jumping in place, facing the camera (followed, as the first person found), and a walker crossing the
   * frame from the right, seen side-on.
   */
  private static List<Sighting> bystanderAndWalker() {
    List<Sighting> s = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      long t = k * 500_000L;
      s.add(at(t, 300, 200 + (k % 2) * 30, true, 0.25));
      s.add(at(t, 1500 - 110 * k, 700, false, 0.95));
    }
    return s;
  }

  @Test
  void sightingsBecomeOneTrackPerPersonEvenWhileTheyMove() {
    List<PersonChoice.Track> tracks = PersonChoice.tracks(bystanderAndWalker());
    assertThat(tracks).hasSize(2);
    assertThat(tracks).allMatch(t -> t.sightings().size() == 12);
  }

  @Test
  void theWalkerSeenSideOnIsChosenOverTheBystanderFollowedFirst() {
    PersonTarget target = PersonChoice.better(bystanderAndWalker());
    assertThat(target).isNotNull();
    Roi midway = target.at(750_000);
    assertThat(midway.centerXPx()).isCloseTo(1500 - 165, within(1e-6));
    assertThat(midway.centerYPx()).isCloseTo(700, within(1e-6));
    // Out of view well after the last sighting: nobody is followed in the walker's place.
    assertThat(target.at(5_500_000 + PersonTarget.MARGIN_MICROS + 1)).isNull();
  }

  @Test
  void nothingChangesWhenTheOneFollowedSuitsAsWellAsAnyone() {
    List<Sighting> s = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      s.add(at(k * 500_000L, 400, 500, true, 0.9));
      s.add(at(k * 500_000L, 1400, 500, false, 0.95));
    }
    assertThat(PersonChoice.better(s)).isNull();
    assertThat(PersonChoice.better(List.of(at(0, 400, 500, true, 0.9)))).isNull();
  }
}
