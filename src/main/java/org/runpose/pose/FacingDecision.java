package org.runpose.pose;

/**
 * Which way the runner faces in the landmark crop, and so whether the crop is shown to the model mirrored.
 *
 * <p>The decision rests on evidence gathered over frames, never on one frame: each found pose gives one vote
 * per cue (each foot's toe ahead of its heel, the nose ahead of the ears), the votes add up in a sum capped at
 * {@link #MAX_EVIDENCE}, a facing is taken once the sum reaches {@link #DECIDE_VOTES} either way, and it is
 * kept until the sum reaches the same margin on the other side. A foot pointing back in late swing is one vote
 * against two, so it cannot turn the decision; a person who really turns round is followed within about a dozen
 * frames. Until the first decision the crop is shown as it is.
 */
final class FacingDecision {

  /** One frame whose three cues agree is enough to decide; the first frames are then read the accurate way. */
  static final int DECIDE_VOTES = 3;
  /** About ten frames of agreeing cues: turning a settled decision takes as many against, and a few more. */
  static final int MAX_EVIDENCE = 30;

  private int evidence;
  private boolean facingLeft;

  /**
   * Adds one frame's votes.
   *
   * @param vote cues saying the runner faces the crop's right minus those saying left
   * @return whether the facing changed
   */
  boolean add(int vote) {
    evidence = Math.max(-MAX_EVIDENCE, Math.min(MAX_EVIDENCE, evidence + vote));
    boolean was = facingLeft;
    if (evidence >= DECIDE_VOTES) {
      facingLeft = false;
    } else if (evidence <= -DECIDE_VOTES) {
      facingLeft = true;
    }
    return facingLeft != was;
  }

  /** Whether the runner faces the crop's left, as far as the evidence so far tells. */
  boolean facingLeft() {
    return facingLeft;
  }
}
