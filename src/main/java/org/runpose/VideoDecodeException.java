package org.runpose;

/** A video that opened could not be decoded further: corrupt or truncated data. Never an end of stream. */
public class VideoDecodeException extends RunposeException {

  private static final long serialVersionUID = 1L;

  public VideoDecodeException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 3;
  }
}
