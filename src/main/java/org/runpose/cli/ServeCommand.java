package org.runpose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.runpose.BadInputException;
import org.runpose.web.ModelAnalyzer;
import org.runpose.web.WebApp;
import org.runpose.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code runpose serve}: the web app, on this computer. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the runpose web app: add runners, upload their videos (a phone's camera too), follow each analysis,"
          + " read the report with the measures drawn on the video, compare visits and check training logs.",
      "Everything stays on this computer, in the data folder. Stop it with Ctrl+C."
    })
final class ServeCommand implements Callable<Integer> {

  /** How long Ctrl+C waits for the server to close. */
  private static final int CLOSE_SECONDS = 10;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default: 7070).")
  int port;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: 127.0.0.1, this computer only). 0.0.0.0 lets a phone on the"
          + " same network upload; every request then needs the access token printed at start.")
  String host;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "runpose-data",
      description = "Folder for the database, the videos and the reports (default: runpose-data).")
  Path data;

  @Option(names = "--max-upload", paramLabel = "MB", defaultValue = "2000",
      description = "Largest video accepted, in MB (default: 2000).")
  long maxUploadMb;

  @Mixin ModelOptions model;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BadInputException, IOException, InterruptedException {
    if (maxUploadMb < 1) {
      throw new BadInputException("--max-upload " + maxUploadMb + ": give the largest video to accept in MB, at"
          + " least 1.");
    }
    WebConfig config;
    try {
      config = new WebConfig(host, port, data, maxUploadMb * 1_000_000L,
          WebConfig.isLoopback(host) ? null : org.runpose.web.WebApp.newToken());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("Invalid setting: " + e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    try (ModelAnalyzer analyzer = model.analyzer(); WebApp app = start(config, analyzer)) {
      PrintWriter out = spec.commandLine().getOut();
      out.printf("runpose serve: data in %s; Ctrl+C stops it. Open%n", data.toAbsolutePath().normalize());
      app.addresses().forEach(a -> out.println("  " + a));
      if (config.token() != null) {
        out.println("The access token in the address is needed from every device; keep it to the people you"
            + " share the server with.");
      }
      out.flush();
      // Ctrl+C: the server is closed here (an analysis under way is marked interrupted) before the JVM ends.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stopped.countDown();
        try {
          closed.await(CLOSE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "runpose-serve-stop"));
      stopped.await();
    } catch (SQLException e) {
      throw new IOException(data + ": the database could not be opened (" + e.getMessage() + "). Choose another"
          + " folder with --data.", e);
    } finally {
      closed.countDown();
    }
    return 0;
  }

  private static WebApp start(WebConfig config, ModelAnalyzer analyzer) throws IOException, SQLException {
    try {
      return WebApp.start(config, analyzer);
    } catch (RuntimeException e) {
      // Jetty reports a taken port or an unknown address as an unchecked exception.
      throw new IOException(config.host() + ":" + config.port() + ": the server could not start (" + e.getMessage()
          + "). Choose another port with --port, or stop the program using this one.", e);
    }
  }
}
