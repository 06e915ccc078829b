package org.runpose;

/** The user's input cannot be used: missing file, not a video, no video stream, invalid option value. */
public class BadInputException extends RunposeException {

  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 2;
  }
}
