package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

  @TempDir Path data;

  @Test
  void aPortOutOfRangeIsABadSetting() {
    CliRunner run = CliRunner.run("serve", "--port", "70000", "--data", data.toString());
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--port 70000", "1 to 65535");
  }

  @Test
  void aTakenPortSaysSoAndWhatToDo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRunner run = CliRunner.run("serve", "--port", String.valueOf(taken.getLocalPort()), "--data",
          data.toString());
      assertThat(run.exitCode).isEqualTo(1);
      assertThat(run.err).contains("127.0.0.1:" + taken.getLocalPort(), "could not start", "--port")
          .doesNotContain("Exception");
    }
  }
}
