package org.runpose;

/**
 * Base of runpose's domain exceptions. The message is written for the user: which file, what is wrong and
 * what to do, in one line.
 */
public class RunposeException extends Exception {

  private static final long serialVersionUID = 1L;

  public RunposeException(String message) {
    super(message);
  }

  public RunposeException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Process exit code for this kind of failure. */
  public int exitCode() {
    return 1;
  }
}
