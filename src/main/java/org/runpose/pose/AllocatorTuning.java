package org.runpose.pose;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Keeps glibc's allocator from handing the networks' activation buffers back to the operating system after every
 * run. By default buffers of a few megabytes are mapped and unmapped, or trimmed off the heap, on each forward
 * pass, and touching them again costs page faults: measured on 2 cores, the landmark model took 38-54 ms per
 * frame that way and 20-30 ms with these settings, for about 90 MB more resident memory.
 */
final class AllocatorTuning {

  private static final int M_TRIM_THRESHOLD = -1;
  private static final int M_MMAP_THRESHOLD = -3;
  /** glibc's ceiling for the mmap threshold on 64-bit systems. */
  private static final int MMAP_THRESHOLD_BYTES = 32 << 20;
  private static final int TRIM_THRESHOLD_BYTES = 1 << 30;

  private AllocatorTuning() {}

  private interface CLibrary extends Library {
    int mallopt(int param, int value);
  }

  /** Applies the settings (again, harmlessly, on later calls); returns whether the C library took them. */
  static boolean apply() {
    if (!Platform.isLinux()) {
      return false;
    }
    try {
      CLibrary c = Native.load("c", CLibrary.class);
      return c.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1
          && c.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES) == 1;
    } catch (UnsatisfiedLinkError e) {
      // Not glibc (musl has no mallopt): the default allocator is slower but correct.
      return false;
    }
  }
}
