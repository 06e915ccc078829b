package org.runpose.training;

import java.util.Locale;

/** Numbers as runners read them, in the unit they chose. */
public final class Format {
  private Format() {}

  /** "32.4" (one decimal). */
  public static String distance(double distanceKm, DistanceUnit unit) {
    return String.format(Locale.ROOT, "%.1f", unit.fromKm(distanceKm));
  }

  /** "32.4 km". */
  public static String distanceWithUnit(double distanceKm, DistanceUnit unit) {
    return distance(distanceKm, unit) + " " + unit;
  }

  /** "5:12" minutes per unit distance. */
  public static String pace(double secondsPerKm, DistanceUnit unit) {
    long seconds = Math.round(secondsPerKm * unit.toKm(1));
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  /** "1:05:30" or "45:10". */
  public static String duration(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** "1 run", "3 runs". */
  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "38%". */
  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  /** Like {@link #percent(double)}, with a decimal when rounding would hide that it is not the limit. */
  public static String percent(double fraction, double limit) {
    return distinct(fraction, limit, "%.0f%%", "%.1f%%", 100);
  }

  /** Like {@link #change(double)}, with a decimal when rounding would hide that it is not the limit. */
  public static String change(double fraction, double limit) {
    return distinct(fraction, limit, "%+.0f%%", "%+.1f%%", 100);
  }

  /** Like {@link #ratio(double)}, with a third decimal when rounding would hide that it is not the limit. */
  public static String ratio(double ratio, double limit) {
    return distinct(ratio, limit, "%.2f", "%.3f", 1);
  }

  private static String distinct(double value, double limit, String coarse, String fine, double scale) {
    String v = String.format(Locale.ROOT, coarse, value * scale);
    return v.equals(String.format(Locale.ROOT, coarse, limit * scale)) && value != limit
        ? String.format(Locale.ROOT, fine, value * scale) : v;
  }

  /** "+40%" or "-12%". */
  public static String change(double fraction) {
    return String.format(Locale.ROOT, "%+.0f%%", fraction * 100);
  }

  /** "1.42". */
  public static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  /** "1 row or file", "3 rows or files". */
  public static String rowsOrFiles(int n) {
    return n + (n == 1 ? " row or file" : " rows or files");
  }
}
