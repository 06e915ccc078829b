package org.runpose.training;

/** Input runpose cannot analyse; the message names the file, what is wrong and what to do. */
public class TrainingInputException extends Exception {
  private static final long serialVersionUID = 1L;

  public TrainingInputException(String message) {
    super(message);
  }

  public TrainingInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
