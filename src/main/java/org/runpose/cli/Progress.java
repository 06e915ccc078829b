package org.runpose.cli;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A frames progress bar with rate and ETA on stderr, or nothing in quiet mode. */
final class Progress implements AutoCloseable {

  private final ProgressBar bar;
  private final long passFrames;

  private Progress(ProgressBar bar, long passFrames) {
    this.bar = bar;
    this.passFrames = passFrames;
  }

  /**
   * @param expected best guess of the total, 0 when unknown
   * @param passFrames the frames of one more reading of a video, by which the total grows when it runs out (the
   *     pose model reads a clip again when it follows another person)
   */
  static Progress frames(String task, long expected, long passFrames, boolean quiet) {
    if (quiet) {
      return new Progress(null, passFrames);
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(expected > 0 ? expected : -1)
            .setUnit(" frames", 1)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(200)
            .setStyle(ProgressBarStyle.ASCII)
            .setMaxRenderedLength(100)
            .continuousUpdate()
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build();
    return new Progress(bar, passFrames);
  }

  void step() {
    if (bar != null) {
      // Checked before the step: the bar itself raises its total to the count, which would show 100 % throughout.
      if (bar.getMax() > 0 && bar.getCurrent() >= bar.getMax()) {
        bar.maxHint(bar.getMax() + Math.max(1, passFrames));
      }
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.maxHint(bar.getCurrent());
      bar.close();
    }
  }
}
