/**
 * Cleaning of keypoint time series before analysis.
 *
 * <p>Entry point: {@code KeypointTracks.from(series).clean(SignalConfig.DEFAULT)}, which repairs left/right label
 * exchanges ({@link org.runpose.signal.SwapRepair}), drops points the model did not see, rejects outliers
 * ({@link org.runpose.signal.HampelFilter}), fills short gaps ({@link org.runpose.signal.GapFilling}) and low-passes
 * ({@link org.runpose.signal.ZeroPhaseLowPass}). The steps also work alone on any {@link org.runpose.signal.Track},
 * such as a joint angle.
 *
 * <p>Conventions: times in seconds from the first frame, frame rate possibly variable; coordinates in image pixels,
 * y down; {@code NaN} marks a missing value; every window and limit is in seconds or hertz, never in frames, so a
 * 30 fps and a 60 fps video of the same run are treated alike.
 */
package org.runpose.signal;
