package org.runpose.pose;

import java.util.List;

/**
 * The person to follow, as the survey saw them: where they are at any time between their sightings (and a little
 * before and after), so the tracker can pick them among others and let go of anyone else.
 */
final class PersonTarget {

  /** How long before the first and after the last sighting the person still counts as in view. */
  static final long MARGIN_MICROS = 500_000;

  private final List<Sighting> sightings;

  PersonTarget(List<Sighting> sightings) {
    if (sightings.isEmpty()) {
      throw new IllegalArgumentException("a target needs at least one sighting");
    }
    this.sightings = List.copyOf(sightings);
  }

  /** The person's expected region at {@code t}, interpolated between sightings; null when out of view. */
  Roi at(long t) {
    Sighting first = sightings.get(0);
    Sighting last = sightings.get(sightings.size() - 1);
    if (t < first.timestampMicros() - MARGIN_MICROS || t > last.timestampMicros() + MARGIN_MICROS) {
      return null;
    }
    if (t <= first.timestampMicros()) {
      return first.roi();
    }
    for (int i = 1; i < sightings.size(); i++) {
      Sighting b = sightings.get(i);
      if (t <= b.timestampMicros()) {
        Sighting a = sightings.get(i - 1);
        double f = (double) (t - a.timestampMicros()) / (b.timestampMicros() - a.timestampMicros());
        return new Roi(a.roi().centerXPx() + f * (b.roi().centerXPx() - a.roi().centerXPx()),
            a.roi().centerYPx() + f * (b.roi().centerYPx() - a.roi().centerYPx()),
            a.roi().sizePx() + f * (b.roi().sizePx() - a.roi().sizePx()), b.roi().rotationRad());
      }
    }
    return last.roi();
  }
}
