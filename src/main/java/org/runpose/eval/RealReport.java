package org.runpose.eval;

import java.util.List;

/**
 * The scores on the hand-annotated real recordings, by split: the tuning clips runpose was developed against,
 * and the check clips only scored to report.
 *
 * @param clips one result per labelled clip
 * @param tuning the targets over the tuning clips
 * @param check the targets over the check clips
 */
public record RealReport(List<RealResult> clips, List<Target> tuning, List<Target> check) {

  public RealReport {
    clips = List.copyOf(clips);
    tuning = List.copyOf(tuning);
    check = List.copyOf(check);
  }

  public boolean anyFailed() {
    return clips.stream().anyMatch(RealResult::failed);
  }
}
