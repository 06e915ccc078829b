package org.runpose.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * How {@code runpose serve} runs.
 *
 * @param host the address to listen on: the loopback address keeps the app to this computer
 * @param port the port, 0 for any free one
 * @param data the folder holding the database, videos and analyses
 * @param maxUploadBytes the largest upload accepted
 * @param token the access token every request must carry when listening beyond loopback, else null
 */
public record WebConfig(String host, int port, Path data, long maxUploadBytes, String token) {

  /** 2 GB: a few minutes of 4K phone video. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 2L * 1000 * 1000 * 1000;

  public WebConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port " + port + ": give a port from 1 to 65535 (or 0 for any free one)");
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("--max-upload " + maxUploadBytes + ": give a size above 0");
    }
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException("--host " + host + ": listening beyond this computer needs an access"
          + " token");
    }
  }

  /** Whether {@code host} is only reachable from this computer. */
  public static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
