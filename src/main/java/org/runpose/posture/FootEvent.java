package org.runpose.posture;

import org.runpose.gait.GaitEvent;
import org.runpose.gait.Side;

/**
 * A foot contact or toe-off as found in the video.
 *
 * @param side which foot
 * @param kind contact or toe-off
 * @param frame the video frame at or just after the event
 * @param timeSeconds time of the event, between frames
 */
public record FootEvent(Side side, GaitEvent.Kind kind, int frame, double timeSeconds) {}
