package org.runpose.pose;

import java.util.Optional;
import org.runpose.video.VideoFrame;

/**
 * One frame's result with what does not go into the keypoint file.
 *
 * @param video the decoded frame the pose was found in
 * @param frame the pose
 * @param roi the region the landmark model looked at, if any
 * @param mask the person mask, when masks are kept and a pose was found
 */
public record PoseEstimate(VideoFrame video, PoseFrame frame, Optional<Roi> roi, Optional<SegmentationMask> mask) {}
