package org.runpose.eval;

/**
 * The ground line runpose used as the true horizontal, against the camera's.
 *
 * @param trueDeg slope of the true ground line in the image, positive rising toward the image right
 * @param settingDeg the renderer's {@code --roll}, which tilts the ground line the other way ({@code -trueDeg})
 * @param measuredDeg runpose's ground slope
 * @param source how runpose got it ({@code foot contacts}, or {@code not estimated} when it used 0)
 * @param errorDeg measured minus true
 */
public record RollScore(double trueDeg, double settingDeg, double measuredDeg, String source, double errorDeg) {

  public RollScore {
    if (!Double.isFinite(trueDeg) || !Double.isFinite(measuredDeg) || source == null) {
      throw new IllegalArgumentException("finite slopes and a source are required");
    }
  }

  static RollScore of(double trueDeg, double settingDeg, double measuredDeg, String source) {
    return new RollScore(trueDeg, settingDeg, measuredDeg, source, measuredDeg - trueDeg);
  }
}
