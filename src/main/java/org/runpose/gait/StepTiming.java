package org.runpose.gait;

/**
 * The timing of one step as the foot events give it: a foot lands, leaves the ground, and the other foot lands.
 *
 * @param contactSeconds the foot's contact
 * @param toeOffSeconds the same foot's toe-off
 * @param nextContactSeconds the other foot's next contact
 * @param hipsLowAtMidStance whether the hips were below their mean over the step half-way through the stance (a
 *     running spring compresses there, a walking leg vaults the body over it); null when not measured
 */
public record StepTiming(
    double contactSeconds, double toeOffSeconds, double nextContactSeconds, Boolean hipsLowAtMidStance) {

  public StepTiming {
    if (!(contactSeconds < toeOffSeconds) || !(contactSeconds < nextContactSeconds)) {
      throw new IllegalArgumentException("a step's toe-off and next contact come after its contact: "
          + contactSeconds + ", " + toeOffSeconds + ", " + nextContactSeconds);
    }
  }

  public double stanceSeconds() {
    return toeOffSeconds - contactSeconds;
  }

  public double stepSeconds() {
    return nextContactSeconds - contactSeconds;
  }

  /** Toe-off to the other foot's contact; negative while both feet are on the ground (walking). */
  public double flightSeconds() {
    return nextContactSeconds - toeOffSeconds;
  }
}
