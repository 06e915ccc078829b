package org.runpose.video;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.runpose.RunposeException;

/**
 * A clip read as two parts at once, one on the caller's thread and one on a thread of its own, meeting on the whole
 * second nearest the clip's middle. The pose networks and the H.264 encoder both cost their time on one core each;
 * two parts keep both cores of a small machine busy.
 */
public final class ClipParts {

  /** A clip shorter than this is read in one part: a part's own start would be a large share of it. */
  public static final long SPLIT_FROM_MICROS = 4_000_000;
  private static final long SECOND_MICROS = 1_000_000;

  /** One part's work; it ends early, with what it has, once {@code abandoned} is set. */
  @FunctionalInterface
  public interface Part<T> {
    T read(AtomicBoolean abandoned) throws RunposeException;
  }

  /** What the two parts gave. */
  public record Both<A, B>(A first, B second) {}

  private ClipParts() {}

  /**
   * Where the second part of a clip of this duration starts: the whole second nearest its middle, so that anything
   * sampled at intervals dividing a second is sampled as in one pass; {@link Long#MAX_VALUE} (no second part) for a
   * clip shorter than {@link #SPLIT_FROM_MICROS} or of unknown duration.
   */
  public static long splitMicros(long durationMicros) {
    if (durationMicros < SPLIT_FROM_MICROS) {
      return Long.MAX_VALUE;
    }
    return Math.round(durationMicros / 2.0 / SECOND_MICROS) * SECOND_MICROS;
  }

  /**
   * Runs {@code second} on a thread named {@code threadName} and {@code first} on this one. A failure of either sets
   * the flag both are given, so the other stops early, and is thrown once both have ended: a part's thread holds
   * decoders and networks that must be released before anything it uses is.
   */
  public static <A, B> Both<A, B> run(Part<A> first, Part<B> second, String threadName) throws RunposeException {
    AtomicBoolean abandoned = new AtomicBoolean();
    FutureTask<B> task = new FutureTask<>(() -> {
      try {
        return second.read(abandoned);
      } catch (RunposeException | RuntimeException | Error e) {
        abandoned.set(true);
        throw e;
      }
    });
    Thread thread = new Thread(task, threadName);
    thread.setDaemon(true);
    thread.start();
    A a;
    try {
      a = first.read(abandoned);
    } catch (RunposeException | RuntimeException | Error e) {
      abandoned.set(true);
      try {
        await(task);
      } catch (ExecutionException ignored) {
        // The first part's failure is the one reported; the second only stopped because of it.
      }
      throw e;
    }
    try {
      return new Both<>(a, await(task));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RunposeException r) {
        throw r;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("the second part failed", cause);
    }
  }

  /** {@code callback} for the two parts' threads: they call it one at a time (a progress bar is not thread-safe). */
  public static Runnable oneAtATime(Runnable callback) {
    Object lock = new Object();
    return () -> {
      synchronized (lock) {
        callback.run();
      }
    };
  }

  private static <T> T await(FutureTask<T> task) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
