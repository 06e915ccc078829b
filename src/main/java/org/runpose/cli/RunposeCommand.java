package org.runpose.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.runpose.RunposeException;
import org.runpose.RunposeVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code runpose} command; each pipeline job is a subcommand. */
@Command(
    name = "runpose",
    mixinStandardHelpOptions = true,
    versionProvider = RunposeCommand.VersionProvider.class,
    description = "Checks a runner's posture from video and a training log against load rules.",
    subcommands = {
      AnalyzeCommand.class,
      CompareCommand.class,
      KeypointsCommand.class,
      TrainingCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
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
    CommandLine cl = new CommandLine(new RunposeCommand());
    cl.setExecutionExceptionHandler(RunposeCommand::handleError);
    cl.setParameterExceptionHandler(RunposeCommand::handleUsageError);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /**
   * A mistyped command line: what is wrong, a file name that was taken for an option, and where the help is; not the
   * whole help, which would bury the one line that matters.
   */
  private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("runpose: " + e.getMessage());
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
      for (String arg : unmatched.getUnmatched()) {
        String hint = fileTakenForOption(arg, Path.of(""));
        if (hint == null) {
          hint = secondInput(arg, cl.getCommandSpec().name(), Path.of(""));
        }
        if (hint != null) {
          err.println("runpose: " + hint);
        }
      }
      CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
    }
    String name = cl.getCommandSpec().qualifiedName(" ");
    err.println(cl.getParent() == null ? "See 'runpose --help'." : "See '" + name.replaceFirst("^runpose ",
        "runpose help ") + "'.");
    return cl.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * What to do with a second video or keypoints file given to a command that reads one, when {@code arg} is a file
   * in {@code workingDir}; else null.
   */
  static String secondInput(String arg, String command, Path workingDir) {
    try {
      if (!List.of("analyze", "keypoints").contains(command) || !Files.isRegularFile(workingDir.resolve(arg))) {
        return null;
      }
    } catch (InvalidPathException e) {
      return null;
    }
    return "'" + arg + "' is a second input: 'runpose " + command + "' reads one video"
        + (command.equals("analyze") ? " (or saved keypoints with --from), or one folder of videos: give the folder"
            + " that holds the videos, or analyse each on its own." : ". Make the keypoints of each video in turn.");
  }

  /** How to name a file whose name starts with '-', when {@code arg} is one in {@code workingDir}; else null. */
  static String fileTakenForOption(String arg, Path workingDir) {
    try {
      if (!arg.startsWith("-") || !Files.exists(workingDir.resolve(arg))) {
        return null;
      }
    } catch (InvalidPathException e) {
      return null;
    }
    return "'" + arg + "' is a file, not an option: write ./" + arg + ", or put -- before it.";
  }

  /** Known failures print one line for the user; anything else is a bug and keeps its stack trace. */
  private static int handleError(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    if (e instanceof RunposeException re) {
      cl.getErr().println("runpose: " + re.getMessage());
      return re.exitCode();
    }
    if (e instanceof java.io.IOException io) {
      cl.getErr().println("runpose: " + io.getMessage());
      return 1;
    }
    cl.getErr().println("runpose: internal error, please report it with this trace:");
    e.printStackTrace(cl.getErr());
    return 70;
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"runpose " + RunposeVersion.get().runpose()};
    }
  }
}
