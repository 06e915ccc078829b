package org.runpose.pose;

/**
 * Provenance of the pose model in use.
 *
 * @param variant landmark model variant id ({@code full} or {@code lite})
 * @param detectorFile detector file name
 * @param detectorSha256 SHA-256 of the detector file, hex
 * @param landmarkFile landmark model file name
 * @param landmarkSha256 SHA-256 of the landmark model file, hex
 * @param engine inference engine name and version, e.g. {@code PyTorch 2.7.1}
 * @param djlVersion DJL version
 */
public record ModelInfo(
    String variant,
    String detectorFile,
    String detectorSha256,
    String landmarkFile,
    String landmarkSha256,
    String engine,
    String djlVersion) {}
