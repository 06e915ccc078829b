package org.runpose.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * What every request passes before a page handles it: the access token when the app listens beyond this computer,
 * the CSRF token on every request that changes something, the upload size, and the security headers.
 */
final class Guard {

  static final String CSRF_FIELD = "csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String CSRF_COOKIE = "runpose_csrf";
  private static final String TOKEN_COOKIE = "runpose_token";
  private static final String TOKEN_PARAM = "token";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

  /** The app's own pages: scripts, styles, images and media from this server only, no inline script. */
  static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none';"
      + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** The reports runpose writes are self-contained: inline styles and embedded pictures, nothing else. */
  static final String DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
      + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** What a form adds to the file it carries: its other fields and the multipart boundaries. */
  static final long FORM_OVERHEAD_BYTES = 1_000_000;

  private final String token;
  private final long maxUploadBytes;

  Guard(String token, long maxUploadBytes) {
    this.token = token;
    this.maxUploadBytes = maxUploadBytes;
  }

  /** A random token: 128 bits, hex. */
  static String newToken() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** Runs before every handler; ends the request with its status and message when it may not go on. */
  void check(Context ctx) {
    ctx.header("Content-Security-Policy", PAGE_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    if (token == null ? !localHost(ctx) : !authorised(ctx)) {
      return;
    }
    String csrf = ctx.cookie(CSRF_COOKIE);
    if (csrf == null || csrf.length() != 32) {
      csrf = newToken();
      ctx.cookie(cookie(CSRF_COOKIE, csrf));
    }
    ctx.attribute(CSRF_FIELD, csrf);
    if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
      return;
    }
    long length = ctx.req().getContentLengthLong();
    if (length > maxUploadBytes + FORM_OVERHEAD_BYTES) {
      Requests.fail(ctx, HttpStatus.CONTENT_TOO_LARGE, "The file is too large: this server takes uploads up to "
          + Pages.bytes(maxUploadBytes) + " (start it with --max-upload to allow more), or trim the video to the"
          + " running part first.");
      return;
    }
    String sent = ctx.header(CSRF_HEADER);
    if (sent == null) {
      sent = ctx.formParam(CSRF_FIELD);
    }
    if (!same(sent, csrf)) {
      Requests.fail(ctx, HttpStatus.FORBIDDEN, "This form was not sent from a runpose page of this server (its"
          + " security token is missing or out of date). Reload the page and try again.");
    }
  }

  /**
   * Without a token the server answers only requests addressed to this computer by its own name: a web page from
   * elsewhere whose name was made to point here (DNS rebinding) is refused, and cannot read or change anything.
   */
  private static boolean localHost(Context ctx) {
    String host = ctx.header("Host");
    String name = host == null ? "" : host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']')))
        : host.replaceFirst(":\\d*$", "");
    if (name.equalsIgnoreCase("localhost") || name.equals("::1") || LOOPBACK_V4.matcher(name).matches()) {
      return true;
    }
    Requests.fail(ctx, HttpStatus.MISDIRECTED_REQUEST, "This runpose server answers only at the address it printed"
        + " (127.0.0.1 or localhost), not at " + host + ". To open it from another device, start it with --host.");
    return false;
  }

  /** The token: from the address once (then kept in a cookie), or a cookie, or an Authorization header. */
  private boolean authorised(Context ctx) {
    String given = ctx.queryParam(TOKEN_PARAM);
    if (given != null && same(given, token)) {
      ctx.cookie(cookie(TOKEN_COOKIE, token));
      ctx.redirect(ctx.path(), HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
      return false;
    }
    String auth = ctx.header("Authorization");
    if (same(ctx.cookie(TOKEN_COOKIE), token)
        || (auth != null && auth.startsWith("Bearer ") && same(auth.substring(7), token))) {
      return true;
    }
    Requests.fail(ctx, HttpStatus.UNAUTHORIZED, "This runpose server needs its access token: open the address it"
        + " printed when it started (it ends in ?token=...).");
    return false;
  }

  private static Cookie cookie(String name, String value) {
    Cookie c = new Cookie(name, value);
    c.setHttpOnly(true);
    c.setSameSite(SameSite.STRICT);
    c.setPath("/");
    return c;
  }

  /** Compares in constant time, so the time taken does not tell how much of a guess was right. */
  static boolean same(String given, String expected) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }
}
