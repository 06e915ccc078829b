package org.runpose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpTextTest {

  /** picocli formats every help text as a format string and warns on stderr when one is not (a bare '%'). */
  @Test
  void everyCommandsHelpRendersWithoutWarnings() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      render(RunposeCommand.newCommandLine());
    } finally {
      System.setErr(stderr);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static void render(CommandLine cl) {
    assertThat(cl.getUsageMessage()).isNotBlank();
    cl.getSubcommands().values().forEach(HelpTextTest::render);
  }
}
