package org.runpose.posture;

/**
 * How the runner was filmed, as runpose understood it.
 *
 * @param direction running direction in the image
 * @param directionSource {@code video} when decided from the footage, {@code user} when given
 * @param rollDeg slope of the ground line used as the true horizontal, degrees
 * @param rollSource {@code scene verticals} (the scene's upright edges near the runner), {@code foot contacts} (the
 *     soles in stance), {@code user}, or {@code not estimated} (then 0 is used)
 * @param shoulderSpreadRatio median left-right spread of the shoulders along the running direction, per trunk
 *     length
 * @param hipSpreadRatio the same for the hips
 * @param sideView whether the spreads fit a side view
 */
public record ViewCheck(
    Direction direction,
    String directionSource,
    double rollDeg,
    String rollSource,
    double shoulderSpreadRatio,
    double hipSpreadRatio,
    boolean sideView) {}
