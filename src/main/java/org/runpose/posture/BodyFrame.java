package org.runpose.posture;

import java.util.Objects;

/**
 * Image pixels expressed along the runner's true axes: {@code forward} along the ground in the running direction
 * and {@code up} along the true vertical, both in pixels. The camera may be rolled: the ground line then slopes
 * in the image by {@code rollDeg}.
 *
 * @param direction which way the runner faces
 * @param rollDeg slope of the ground line in the image, degrees, positive when it rises toward the image right
 */
public record BodyFrame(Direction direction, double rollDeg) {

  public BodyFrame {
    Objects.requireNonNull(direction, "direction");
    if (!(Math.abs(rollDeg) < 45)) {
      throw new IllegalArgumentException("camera roll must be under 45 degrees either way: " + rollDeg);
    }
  }

  /** Distance along the running direction, pixels. */
  public double forward(double xPx, double yPx) {
    double r = Math.toRadians(rollDeg);
    return direction.sign() * (xPx * Math.cos(r) - yPx * Math.sin(r));
  }

  /** Height along the true vertical, pixels (image y points down, this points up). */
  public double up(double xPx, double yPx) {
    double r = Math.toRadians(rollDeg);
    return -xPx * Math.sin(r) - yPx * Math.cos(r);
  }

  /**
   * Angle of the segment {@code from -> to} from the true vertical, degrees, positive when {@code to} is ahead of
   * {@code from} in the running direction.
   */
  public double angleFromVerticalDeg(double fromX, double fromY, double toX, double toY) {
    double df = forward(toX, toY) - forward(fromX, fromY);
    double du = up(toX, toY) - up(fromX, fromY);
    return Math.toDegrees(Math.atan2(df, du));
  }

  /**
   * Inclination of the line from the heel to the toe against the ground, degrees, positive when the toe is higher
   * than the heel (the foot's front lifted, as in a heel-first landing).
   */
  public double footInclinationDeg(double heelX, double heelY, double toeX, double toeY) {
    return Math.toDegrees(Math.atan2(up(toeX, toeY) - up(heelX, heelY), forward(toeX, toeY) - forward(heelX, heelY)));
  }

  /**
   * Inclination of the shank (knee to ankle) from the true vertical, degrees, positive when the ankle is ahead of the
   * knee in the running direction, as clinicians give the tibia angle at initial contact.
   */
  public double shankInclinationDeg(double kneeX, double kneeY, double ankleX, double ankleY) {
    return -angleFromVerticalDeg(ankleX, ankleY, kneeX, kneeY);
  }
}
