package org.runpose;

/** The pose model could not be loaded or run: missing or damaged model file, native runtime failure. */
public class PoseModelException extends RunposeException {

  private static final long serialVersionUID = 1L;

  public PoseModelException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 4;
  }
}
