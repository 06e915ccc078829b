package org.runpose.eval;

/**
 * Cadence against the truth.
 *
 * @param trueStepsPerMin the motion's cadence
 * @param measuredStepsPerMin runpose's; null when too few contacts were found
 * @param errorStepsPerMin measured minus true
 */
public record CadenceScore(double trueStepsPerMin, Double measuredStepsPerMin, Double errorStepsPerMin) {

  public CadenceScore {
    if (!(trueStepsPerMin > 0) || (measuredStepsPerMin == null) != (errorStepsPerMin == null)) {
      throw new IllegalArgumentException("a positive truth, and an error exactly with a measure");
    }
  }

  static CadenceScore of(double trueStepsPerMin, Double measuredStepsPerMin) {
    return new CadenceScore(trueStepsPerMin, measuredStepsPerMin,
        measuredStepsPerMin == null ? null : measuredStepsPerMin - trueStepsPerMin);
  }
}
