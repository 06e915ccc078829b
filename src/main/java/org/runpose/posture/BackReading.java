package org.runpose.posture;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.runpose.pose.PoseFrame;

/**
 * What one frame's outline showed of the lower back: the lumbar measure, or why there was none.
 *
 * @param trace the measure with where it was taken, or null
 * @param hidden why the frame gave no measure, or null when it gave one
 * @param armClearanceTrunks with a trace: how far the arm nearest the back's outline stays inside it where the
 *     hollow is measured, in trunk lengths (negative beyond it); an arm on the outline fills the hollow in the mask
 */
public record BackReading(LumbarTrace trace, Hidden hidden, Double armClearanceTrunks) {

  /** Why a frame gave no lumbar measure. */
  public enum Hidden {
    NO_POSE("the runner was not found"),
    TRUNK_TOO_SMALL("the trunk was too small in the picture (under " + Math.round(BackContour.MIN_TRUNK_PX)
        + " pixels from hip to shoulder): film closer, or at a higher resolution"),
    ARM_BEHIND_BACK("an arm swung behind the back"),
    TRUNK_AT_EDGE("the hip or the shoulder was at the edge of the picture, or beyond it"),
    EDGE_NOT_FOUND("the back's outline could not be traced (clothing, background or the edge of the picture)");

    private final String reason;

    Hidden(String reason) {
      this.reason = reason;
    }

    /** In plain language, to complete "in the other frames ...". */
    public String reason() {
      return reason;
    }

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * An arm whose axis comes closer than this to the back's outline, in trunk lengths, lies on it: about an arm's
   * thickness, as the mask's soft edge joins an arm to the back before they touch. With it a neutral rendered back
   * reads 2.4-4.2 %, as with the earlier rule that skipped every frame with an elbow or wrist behind the trunk axis.
   */
  static final double MIN_ARM_CLEARANCE_TRUNKS = 0.14;

  public BackReading {
    if ((trace == null) == (hidden == null) || (trace == null) != (armClearanceTrunks == null)) {
      throw new IllegalArgumentException("a reading has a trace and the arms' clearance, or a reason it has none");
    }
  }

  /** The same reading in an image {@code factor} times the size; the clearance, in trunk lengths, stays. */
  BackReading scaled(double factor) {
    return trace == null ? this : new BackReading(trace.scaled(factor), null, armClearanceTrunks);
  }

  static BackReading shown(LumbarTrace trace, double armClearanceTrunks) {
    return new BackReading(trace, null, armClearanceTrunks);
  }

  static BackReading hidden(Hidden why) {
    return new BackReading(null, why, null);
  }

  /**
   * An elbow nearer than this to the upper back's outline point, in trunk lengths, means that point is the arm's
   * outline: an arm swung back and blurred widens the mask beyond the arm thickness the clearance rule allows. On the
   * real treadmill clip running-form-img5396 such frames read 13-22 %, the others 3-13 %; on the tuning renders,
   * whose arms are sharp, the rule leaves every clip's median within 0.2 points.
   */
  static final double MIN_ELBOW_TO_UPPER_BACK_TRUNKS = 0.2;

  /**
   * The measure where no arm lies on the back's outline, else why there is none.
   *
   * @param pose the keypoints of the frame it was read on, or null when the analysis no longer has them
   */
  public BackReading judged(PoseFrame pose) {
    if (trace == null) {
      return this;
    }
    boolean armOnOutline = armClearanceTrunks < MIN_ARM_CLEARANCE_TRUNKS || pose != null && pose.found()
        && BackContour.elbowToUpperBackTrunks(pose, trace) < MIN_ELBOW_TO_UPPER_BACK_TRUNKS;
    return armOnOutline ? hidden(Hidden.ARM_BEHIND_BACK) : this;
  }
}
