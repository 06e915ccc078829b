package org.runpose.cli;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A frames progress bar with rate and ETA on stderr, or nothing in quiet mode. */
final class Progress implements AutoCloseable {

  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** @param expected best guess of the total, 0 when unknown */
  static Progress frames(String task, long expected, boolean quiet) {
    if (quiet) {
      return new Progress(null);
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
    return new Progress(bar);
  }

  void step() {
    if (bar != null) {
      bar.step();
      if (bar.getMax() > 0 && bar.getCurrent() > bar.getMax()) {
        bar.maxHint(bar.getCurrent());
      }
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
