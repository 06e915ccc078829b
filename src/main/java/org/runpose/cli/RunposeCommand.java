package org.runpose.cli;

import org.runpose.RunposeVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code runpose} command; each pipeline job is a subcommand. */
@Command(
    name = "runpose",
    mixinStandardHelpOptions = true,
    versionProvider = RunposeCommand.VersionProvider.class,
    description = "Checks a runner's posture from video and a training log against load rules.",
    subcommands = {CommandLine.HelpCommand.class, TrainingCommand.class})
public final class RunposeCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine newCommandLine() {
    return new CommandLine(new RunposeCommand());
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"runpose " + RunposeVersion.get().runpose()};
    }
  }
}
