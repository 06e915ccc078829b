package org.runpose.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A browser-like client of the web app for tests: keeps cookies, sends forms and uploads, follows no redirect. */
final class WebClient {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  WebClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The CSRF token the server gave this client (after its first request). */
  String csrf() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("runpose_csrf"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path, String header, String value) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A form, with this client's CSRF token added. */
  HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.putIfAbsent(Guard.CSRF_FIELD, csrf());
    return postRaw(path, all);
  }

  /** A form exactly as given. */
  HttpResponse<String> postRaw(String path, Map<String, String> form) throws IOException, InterruptedException {
    String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The status line and body the server answers to the headers of an upload of {@code contentLength} bytes, before
   * any of the body is sent: what a browser sending a file too large gets.
   */
  String uploadHeadersOnly(String path, long contentLength) throws IOException {
    URI uri = URI.create(base + path);
    return raw("POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost()
        + "\r\nContent-Type: multipart/form-data;"
        + " boundary=b\r\nContent-Length: " + contentLength + "\r\n\r\n");
  }

  /** The answer to a GET of {@code path} sent with {@code host} as its Host header, as a page from that site would. */
  String getAs(String host, String path) throws IOException {
    return raw("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
  }

  private String raw(String head) throws IOException {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      socket.shutdownOutput();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A multipart upload of one file with the given fields (add the CSRF token to them yourself). */
  HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String fileName,
      byte[] content) throws IOException, InterruptedException {
    String boundary = "runposeTestBoundary7d1f";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n"
          + e.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
