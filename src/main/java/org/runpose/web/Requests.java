package org.runpose.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every handler of the web app reads from a request and answers with: form fields, uploads, pages, files. */
final class Requests {
  /** A runner's or a visit's page, at the start of a path. */
  private static final Pattern FROM = Pattern.compile("/(runners|visits)/[0-9a-f]{32}");

  /** Media types of the files runpose writes, by extension. */
  private static final Map<String, String> TYPES = Map.of("json", "application/json", "csv",
      "text/csv; charset=utf-8", "html", "text/html; charset=utf-8", "pdf", "application/pdf", "jpg", "image/jpeg",
      "png", "image/png");

  private Requests() {}

  static String csrf(Context ctx) {
    return ctx.attribute(Guard.CSRF_FIELD);
  }

  /** A form's text, trimmed, at most {@code max} characters, without control characters. */
  static String text(String s, int max) {
    String t = s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
    return t.length() <= max ? t : t.substring(0, max);
  }

  /**
   * A client's file name, for display only: the last part of whatever path a browser sent, without control
   * characters.
   */
  static String displayName(String sent) {
    String s = sent == null ? "" : sent;
    s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    s = text(s, 200);
    return s.isEmpty() || s.equals(".") || s.equals("..") ? "video" : s;
  }

  /** A visit's date from its form field: today when left empty. */
  static LocalDate date(String s) {
    if (s == null || s.isBlank()) {
      return LocalDate.now();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "The date of the visit " + text(s, 40) + " is not a date: give it"
          + " as year-month-day, e.g. " + LocalDate.now() + ".");
    }
    // A day of slack for a browser a time zone ahead of the server.
    if (date.isAfter(LocalDate.now().plusDays(1)) || date.getYear() < EARLIEST_YEAR) {
      throw new Refusal(HttpStatus.BAD_REQUEST, "The date of the visit " + text(s, 40) + " is not the day a video"
          + " was filmed: give a date from " + EARLIEST_YEAR + " to today, as year-month-day.");
    }
    return date;
  }

  /** Before phones filmed video, and long before anyone filmed with runpose in mind. */
  private static final int EARLIEST_YEAR = 1990;

  /** The uploaded file in {@code field}; the request is refused with {@code missing} when none was sent. */
  static UploadedFile uploaded(Context ctx, String field, String missing) {
    UploadedFile upload = ctx.uploadedFile(field);
    if (upload == null) {
      throw new Refusal(HttpStatus.BAD_REQUEST, missing);
    }
    if (upload.size() == 0) {
      throw new Refusal(HttpStatus.BAD_REQUEST, displayName(upload.filename()) + ": the file is empty (0 bytes)."
          + " Choose the file again; if it was sent from a phone, let it finish saving first.");
    }
    return upload;
  }

  static void save(UploadedFile upload, Path target) throws IOException {
    try (InputStream in = upload.content()) {
      Files.copy(in, target);
    }
  }

  /** A file runpose wrote; its reports are self-contained pages, served under a policy that allows nothing else. */
  static void sendOutput(Context ctx, Path dir, String name) throws IOException {
    Path file = DataFolder.output(dir, name).orElseThrow(() -> Refusal.notFound("There is no file " + name + " here."));
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if ("html".equals(extension)) {
      ctx.header("Content-Security-Policy", Guard.DOCUMENT_POLICY);
    }
    ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream"))
        .result(Files.readAllBytes(file));
  }

  static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  /** Ends a request with a page saying what is wrong and what to do. */
  static void fail(Context ctx, HttpStatus status, String message) {
    html(ctx.status(status), Pages.error(status.getCode(), message, back(ctx.path())));
    ctx.skipRemainingHandlers();
  }

  /**
   * The page a refused request came from, "/runners/ID" or "/visits/ID" when it went further (a form on it), or the
   * list of runners: a page refused itself is no page to go back to.
   */
  static String back(String path) {
    Matcher m = FROM.matcher(path);
    return m.lookingAt() && m.end() < path.length() ? m.group() : "/";
  }
}
