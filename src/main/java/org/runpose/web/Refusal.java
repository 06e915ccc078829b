package org.runpose.web;

import io.javalin.http.HttpStatus;

/** A request refused with its status and the message saying why and what to do. */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final HttpStatus status;

  Refusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  /** A runner, visit or file that is not there. */
  static Refusal notFound(String message) {
    return new Refusal(HttpStatus.NOT_FOUND, message);
  }
}
