package org.runpose.posture;

/** Body proportions used to turn pixels into centimetres when the runner's height is known. */
final class Anthropometry {

  /**
   * Hip joint to ankle joint as a fraction of standing height: greater trochanter height 0.530 minus ankle
   * height 0.039 (Winter, Biomechanics and Motor Control of Human Movement, segment lengths).
   */
  static final double LEG_FRACTION_OF_HEIGHT = 0.491;

  private Anthropometry() {}
}
