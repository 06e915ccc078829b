package org.runpose.web;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.runpose.RunposeException;
import org.runpose.posture.AnalysisConfig;
import org.runpose.posture.PostureAnalysis;
import org.runpose.web.Store.JobState;

/**
 * The analysis queue: one worker, so the pose model is loaded once and the two cores go to one video at a time.
 * Progress is kept in memory for the live view and written to the database now and then, so a page opened later
 * shows it too.
 */
final class Jobs implements AutoCloseable {

  /**
   * Analyses one video into a folder with the given settings, reading every frame or at most 30 a second, calling
   * {@code onFrame} for every frame.
   */
  @FunctionalInterface
  interface Analyzer {
    PostureAnalysis analyze(Path video, Path dir, Settings settings, Runnable onFrame)
        throws RunposeException, IOException;
  }

  /**
   * What a visit is analysed with, read when its analysis starts.
   *
   * @param config the analysis settings (the slow-motion factor, the lumbar baseline)
   * @param everyFrame whether every frame of a video faster than 30 frames/s is read
   * @param videoName the name the video was uploaded as, which its outputs give rather than the stored file's
   */
  record Settings(AnalysisConfig config, boolean everyFrame, String videoName) {}

  /** The settings of a visit. */
  @FunctionalInterface
  interface VisitSettings {
    Settings of(String visitId) throws SQLException, IOException;
  }

  /** A job's state as the progress view shows it. */
  record Progress(String visitId, JobState state, long framesDone, long framesTotal, Double secondsLeft,
      String error) {
    int percent() {
      return framesTotal <= 0 ? 0 : (int) Math.min(100, 100 * framesDone / framesTotal);
    }
  }

  /** Weight of the latest frame in the running average of the time a frame takes (about the last 30 frames). */
  private static final double RATE_WEIGHT = 1 / 30.0;

  /** How long closing waits for the analysis under way to stop: within the time a stopping server is given. */
  private static final int CLOSE_SECONDS = 8;

  /** Frames between two writes of the progress to the database. */
  private static final int STORE_EVERY_FRAMES = 50;

  private final Store store;
  private final DataFolder files;
  private final Analyzer analyzer;
  private final VisitSettings settings;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "runpose-analysis");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Progress> live = new ConcurrentHashMap<>();
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;
  private final Map<String, Set<Consumer<Progress>>> watchers = new ConcurrentHashMap<>();

  Jobs(Store store, DataFolder files, Analyzer analyzer, VisitSettings settings) {
    this.store = store;
    this.files = files;
    this.analyzer = analyzer;
    this.settings = settings;
  }

  /**
   * Queues the analysis of a visit's video of about {@code videoFrames} frames. The analysis reads them twice: the
   * pose pass, then the pass that draws the stills; progress counts both.
   */
  void submit(String visitId, long videoFrames) {
    worker.submit(() -> run(visitId, 2 * videoFrames));
  }

  /** Stops a job: a queued one never starts, a running one stops at its next frame and writes nothing. */
  void cancel(String visitId) {
    cancelled.add(visitId);
  }

  /** The live state of a running job, if it is running in this server. */
  Progress live(String visitId) {
    return live.get(visitId);
  }

  /** Calls {@code watcher} with every change of the visit's job until {@link #unwatch}. */
  void watch(String visitId, Consumer<Progress> watcher) {
    watchers.computeIfAbsent(visitId, k -> ConcurrentHashMap.newKeySet()).add(watcher);
  }

  void unwatch(String visitId, Consumer<Progress> watcher) {
    Set<Consumer<Progress>> set = watchers.get(visitId);
    if (set != null) {
      set.remove(watcher);
    }
  }

  private void run(String visitId, long frames) {
    try {
      if (cancelled.remove(visitId)) {
        finish(visitId, JobState.CANCELLED, "Cancelled before it started.", List.of());
        return;
      }
      if (store.job(visitId).map(j -> j.state() != JobState.QUEUED).orElse(true)) {
        return; // deleted, or ended while it waited
      }
      store.jobStarted(visitId, frames);
      AtomicLong done = new AtomicLong();
      // Seconds a frame takes lately: the first frames (model warm-up) and the faster second pass weigh less.
      double[] secondsPerFrame = {Double.NaN};
      long[] last = {System.nanoTime()};
      publish(new Progress(visitId, JobState.RUNNING, 0, frames, null, null));
      Runnable onFrame = () -> {
        if (stopping || cancelled.contains(visitId)) {
          throw new CancellationException();
        }
        long n = done.incrementAndGet();
        long now = System.nanoTime();
        double dt = (now - last[0]) / 1e9;
        last[0] = now;
        secondsPerFrame[0] = Double.isNaN(secondsPerFrame[0]) ? dt : secondsPerFrame[0] + RATE_WEIGHT * (dt
            - secondsPerFrame[0]);
        // The stills pass only decodes and draws, a small part of the pose pass's time: while the pose pass runs, the
        // time left is that of its own frames.
        long toCount = n < frames / 2 ? frames / 2 - n : frames - n;
        Double left = n < 10 ? null : secondsPerFrame[0] * Math.max(0, toCount);
        publish(new Progress(visitId, JobState.RUNNING, Math.min(n, frames), frames, left, null));
        if (n % STORE_EVERY_FRAMES == 0) {
          storeProgress(visitId, Math.min(n, frames));
        }
      };
      PostureAnalysis analysis = analyzer.analyze(files.video(visitId), files.analysis(visitId),
          settings.of(visitId), onFrame);
      finish(visitId, JobState.DONE, null, analysis.flags());
    } catch (CancellationException e) {
      if (stopping) {
        finish(visitId, JobState.FAILED, Store.INTERRUPTED, List.of());
      } else {
        finish(visitId, JobState.CANCELLED, "Cancelled; nothing was written.", List.of());
      }
    } catch (RunposeException | IOException e) {
      finish(visitId, JobState.FAILED, e.getMessage(), List.of());
    } catch (OutOfMemoryError e) {
      finish(visitId, JobState.FAILED, "The video needs more memory than this server has: trim it to the running"
          + " part, or start runpose with more memory (RUNPOSE_JAVA_OPTS=-Xmx4g).", List.of());
    } catch (RuntimeException | SQLException bug) {
      finish(visitId, JobState.FAILED, "Internal error (" + bug + "). Please report it; the other visits are not"
          + " affected.", List.of());
    } finally {
      cancelled.remove(visitId);
    }
  }

  private void storeProgress(String visitId, long framesDone) {
    try {
      store.jobProgress(visitId, framesDone);
    } catch (SQLException e) {
      // Only the progress shown after a restart lags; the job's outcome is stored when it ends.
    }
  }

  private void finish(String visitId, JobState state, String error, List<org.runpose.posture.Flag> flags) {
    try {
      store.jobFinished(visitId, state, error, flags);
    } catch (SQLException e) {
      error = (error == null ? "" : error + " ") + "The result could not be stored: " + e.getMessage();
      state = JobState.FAILED;
    }
    Progress last = live.get(visitId);
    publish(new Progress(visitId, state, last == null ? 0 : last.framesDone(),
        last == null ? 0 : last.framesTotal(), null, error));
    live.remove(visitId);
  }

  private void publish(Progress p) {
    live.put(p.visitId(), p);
    Set<Consumer<Progress>> set = watchers.get(p.visitId());
    if (set != null) {
      set.forEach(w -> w.accept(p));
    }
  }

  /** Waits until every job queued before this call has ended. */
  void awaitIdle() throws InterruptedException, java.util.concurrent.ExecutionException {
    worker.submit(() -> { }).get();
  }

  /**
   * Stops the worker: a running analysis ends at its next frame with nothing written, marked as interrupted; the
   * queued ones stay queued for the next start.
   */
  @Override
  public void close() {
    stopping = true;
    worker.shutdownNow();
    try {
      worker.awaitTermination(CLOSE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
