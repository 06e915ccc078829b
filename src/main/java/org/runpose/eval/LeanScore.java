package org.runpose.eval;

/**
 * Median trunk lean against the truth, in absolute terms and as a change between clips filmed the same way.
 *
 * @param trueDeg true lean in the image, forward positive
 * @param measuredDeg runpose's median lean; null when it measured none
 * @param errorDeg measured minus true
 * @param referenceClip the straightest clip of the same camera setup that the change is taken against; null when
 *     the lean was not measured
 * @param relativeErrorDeg this clip's error minus the reference clip's: the error of the lean change between the
 *     two clips (0 for the reference itself)
 */
public record LeanScore(
    double trueDeg, Double measuredDeg, Double errorDeg, String referenceClip, Double relativeErrorDeg) {

  public LeanScore {
    if (!Double.isFinite(trueDeg) || (measuredDeg == null) != (errorDeg == null)
        || (referenceClip == null) != (relativeErrorDeg == null)) {
      throw new IllegalArgumentException("a finite truth; an error exactly with a measure, and with a reference");
    }
  }

  static LeanScore of(double trueDeg, Double measuredDeg) {
    return new LeanScore(trueDeg, measuredDeg, measuredDeg == null ? null : measuredDeg - trueDeg, null, null);
  }

  LeanScore against(String clip, double referenceErrorDeg) {
    return new LeanScore(trueDeg, measuredDeg, errorDeg, clip, errorDeg - referenceErrorDeg);
  }
}
