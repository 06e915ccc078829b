package org.runpose.training;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The unit a runner logs and reads distances in; runpose computes in kilometres throughout. */
public enum DistanceUnit {
  KM("km", 1.0),
  MI("mi", 1.609344);

  private final String label;
  private final double km;

  DistanceUnit(String label, double km) {
    this.label = label;
    this.km = km;
  }

  @JsonValue
  public String label() {
    return label;
  }

  public double toKm(double distance) {
    return distance * km;
  }

  public double fromKm(double distanceKm) {
    return distanceKm / km;
  }

  /** Accepts {@code km} or {@code mi} (also {@code miles}), case-insensitive. */
  public static DistanceUnit parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers" -> KM;
      case "mi", "mile", "miles" -> MI;
      default -> throw new IllegalArgumentException("unknown unit '" + text + "': use km or mi");
    };
  }

  @Override
  public String toString() {
    return label;
  }
}
