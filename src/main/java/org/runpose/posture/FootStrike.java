package org.runpose.posture;

/**
 * Which part of the foot lands first, from the foot strike angle with the bands of Altman and Davis (2012, Gait
 * Posture 35:298), who validated them against the pressure under the foot: above 8.0° the heel lands first, below
 * -1.6° the forefoot, in between the foot lands flat.
 */
public enum FootStrike {
  REARFOOT("rearfoot (heel first)"),
  MIDFOOT("midfoot (flat)"),
  FOREFOOT("forefoot (ball first)");

  /** Foot strike angle above which the heel lands first. */
  public static final double REARFOOT_ABOVE_DEG = 8.0;
  /** Foot strike angle below which the forefoot lands first. */
  public static final double FOREFOOT_BELOW_DEG = -1.6;

  private final String label;

  FootStrike(String label) {
    this.label = label;
  }

  public static FootStrike of(double footStrikeDeg) {
    if (!Double.isFinite(footStrikeDeg)) {
      throw new IllegalArgumentException("foot strike angle must be finite: " + footStrikeDeg);
    }
    return footStrikeDeg > REARFOOT_ABOVE_DEG ? REARFOOT : footStrikeDeg < FOREFOOT_BELOW_DEG ? FOREFOOT : MIDFOOT;
  }

  /** How the report names it. */
  public String label() {
    return label;
  }
}
