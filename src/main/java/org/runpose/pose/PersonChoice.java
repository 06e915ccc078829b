package org.runpose.pose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Which of several people a clip is about, decided from the whole clip rather than its first frame: the survey
 * frames link each person's sightings into a track, and the person seen longest from the side with the feet in
 * view is the one to analyse. A jumping bystander facing the camera, or a passer-by, loses to the walker or runner
 * filmed side-on.
 */
final class PersonChoice {

  /** A sighting continues a track when it lies within this many ROI sizes of the track's predicted position. */
  static final double SAME_PERSON_SIZES = 1.0;
  /** The chosen person must suit the analysis this much better than the one followed to be worth a second pass. */
  static final double CLEARLY_BETTER = 1.5;

  private PersonChoice() {}

  /** One person's sightings, in time order. */
  record Track(List<Sighting> sightings) {
    double suitability() {
      return sightings.stream().mapToDouble(Sighting::suitability).sum();
    }

    long followedCount() {
      return sightings.stream().filter(Sighting::followed).count();
    }

    Sighting last() {
      return sightings.get(sightings.size() - 1);
    }

    /** Where the person should be at {@code t}, from the last two sightings' motion. */
    double[] predicted(long t) {
      Sighting b = last();
      if (sightings.size() < 2) {
        return new double[] {b.roi().centerXPx(), b.roi().centerYPx()};
      }
      Sighting a = sightings.get(sightings.size() - 2);
      double dt = (double) (t - b.timestampMicros()) / Math.max(1, b.timestampMicros() - a.timestampMicros());
      return new double[] {b.roi().centerXPx() + dt * (b.roi().centerXPx() - a.roi().centerXPx()),
          b.roi().centerYPx() + dt * (b.roi().centerYPx() - a.roi().centerYPx())};
    }
  }

  /** The sightings linked into one track per person, in order of first appearance. */
  static List<Track> tracks(List<Sighting> sightings) {
    Map<Long, List<Sighting>> byTime = sightings.stream()
        .collect(Collectors.groupingBy(Sighting::timestampMicros, TreeMap::new, Collectors.toList()));
    List<List<Sighting>> tracks = new ArrayList<>();
    for (var entry : byTime.entrySet()) {
      List<List<Sighting>> taken = new ArrayList<>();
      List<Sighting> here = new ArrayList<>(entry.getValue());
      // The most suitable first, so two people close together do not swap tracks over a minor sighting.
      here.sort(Comparator.comparingDouble((Sighting x) -> x.suitability()).reversed());
      for (Sighting s : here) {
        List<Sighting> best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (List<Sighting> t : tracks) {
          if (taken.contains(t)) {
            continue;
          }
          double[] p = new Track(t).predicted(entry.getKey());
          double d = Math.hypot(p[0] - s.roi().centerXPx(), p[1] - s.roi().centerYPx());
          if (d <= SAME_PERSON_SIZES * Math.max(s.roi().sizePx(), new Track(t).last().roi().sizePx())
              && d < bestDistance) {
            best = t;
            bestDistance = d;
          }
        }
        if (best == null) {
          best = new ArrayList<>();
          tracks.add(best);
        }
        best.add(s);
        taken.add(best);
      }
    }
    return tracks.stream().map(Track::new).toList();
  }

  /**
   * The person to analyse when it is not the one followed: null when the survey saw one person, or the one
   * followed suits the analysis about as well as anyone.
   */
  static PersonTarget better(List<Sighting> sightings) {
    List<Track> tracks = tracks(sightings);
    if (tracks.size() < 2) {
      return null;
    }
    Track followed = tracks.stream().max(Comparator.comparingLong(Track::followedCount)).orElseThrow();
    Track best = tracks.stream().max(Comparator.comparingDouble(Track::suitability)).orElseThrow();
    if (best == followed || !(best.suitability() > CLEARLY_BETTER * followed.suitability())) {
      return null;
    }
    return new PersonTarget(best.sightings());
  }
}
