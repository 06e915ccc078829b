package org.runpose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runpose.BadInputException;
import org.runpose.compare.AnalysisInput;
import org.runpose.compare.CompareConfig;
import org.runpose.compare.CompareFiles;
import org.runpose.compare.CompareReport;
import org.runpose.compare.CompareWarning;
import org.runpose.compare.Comparison;
import org.runpose.compare.FindingChange;
import org.runpose.io.OutputFolder;
import org.runpose.io.StagedOutput;
import org.runpose.posture.AnalysisFiles;
import org.runpose.report.PostureReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code runpose compare BEFORE AFTER}: what changed between two analyses of the same runner. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two analyses of the same runner, e.g. two visits to a physical therapist: each finding before and"
          + " after with a verdict (improved, worse, unchanged), every measure's change, and the charts of both"
          + " visits overlaid.",
      "Writes compare.json, compare.html and compare.pdf. Exit code 0 when compared, 2 when an input cannot be"
          + " used, 1 when the report cannot be written."
    })
final class CompareCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "BEFORE",
      description = "The earlier analysis: an analysis.json from 'runpose analyze', or its folder.")
  Path before;

  @Parameters(index = "1", paramLabel = "AFTER", description = "The later analysis, likewise.")
  Path after;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Output folder (default: runpose-out/compare-<before>-<after>, from the labels).")
  Path output;

  @Option(names = "--labels", paramLabel = "BEFORE,AFTER",
      description = "Names of the two visits in the report, e.g. \"12 Mar,2 Apr\" (default: the names of the"
          + " folders holding the analyses, or before and after when those are the same).")
  String labels;

  @Option(names = "--lean-tolerance", paramLabel = "DEG",
      description = "Smallest change of trunk lean that counts as a change (default: 2).")
  Double leanTolerance;

  @Option(names = "--lumbar-tolerance", paramLabel = "POINTS",
      description = "Smallest change of the lumbar hollow, in percentage points, that counts (default: 1).")
  Double lumbarTolerance;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BadInputException, IOException {
    CompareConfig config = config();
    Path first = AnalysisInput.locate(before);
    Path second = AnalysisInput.locate(after);
    List<String> names = labels == null ? defaultLabels(first, second) : parseLabels(labels);
    Comparison c = Comparison.of(AnalysisInput.read(first, names.get(0)), AnalysisInput.read(second, names.get(1)),
        config);
    Path dir = output != null ? output
        : Path.of("runpose-out", "compare-" + fileSafe(names.get(0)) + "-" + fileSafe(names.get(1)));
    OutputFolder.requireWritable(dir);
    List<Path> written;
    try (StagedOutput out = StagedOutput.in(dir)) {
      CompareFiles.stage(out, c, OffsetDateTime.now());
      written = out.commit();
    } catch (IOException e) {
      throw new IOException(dir + ": the comparison could not be written (" + OutputFolder.reason(e)
          + "). Nothing was written; choose another folder with -o.", e);
    }
    printSummary(spec.commandLine().getOut(), c, written);
    return 0;
  }

  private CompareConfig config() throws BadInputException {
    CompareConfig d = CompareConfig.DEFAULT;
    try {
      return new CompareConfig(leanTolerance == null ? d.leanToleranceDeg() : leanTolerance,
          lumbarTolerance == null ? d.lumbarTolerancePct() : lumbarTolerance, d.frameRateRatioWarning());
    } catch (IllegalArgumentException e) {
      throw new BadInputException("Invalid setting: " + e.getMessage());
    }
  }

  /**
   * The folders' names ("12-mar", "run_lean18"), as 'runpose analyze' names its output after the video; a file
   * not called analysis.json goes by its own name. "before" and "after" when the two would be the same.
   */
  static List<String> defaultLabels(Path first, Path second) {
    String a = visitName(first);
    String b = visitName(second);
    return a.isBlank() || b.isBlank() || a.equals(b) ? List.of("before", "after") : List.of(a, b);
  }

  private static String visitName(Path file) {
    Path f = file.toAbsolutePath().normalize();
    String name = f.getFileName().toString();
    if (!name.equals(AnalysisFiles.JSON) || f.getParent() == null || f.getParent().getFileName() == null) {
      return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
    return f.getParent().getFileName().toString();
  }

  static List<String> parseLabels(String given) throws BadInputException {
    String[] parts = given.split(",", -1);
    if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
      throw new BadInputException("--labels " + given + ": give two names separated by one comma, e.g. --labels"
          + " \"12 Mar,2 Apr\".");
    }
    if (parts[0].strip().equals(parts[1].strip())) {
      throw new BadInputException("--labels " + given + ": the two visits need different names.");
    }
    return List.of(parts[0].strip(), parts[1].strip());
  }

  /** A label as part of a folder name: letters, digits, dot, dash and underscore. */
  static String fileSafe(String label) {
    String s = label.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+|_+$", "");
    return s.isEmpty() ? "visit" : s;
  }

  private static void printSummary(PrintWriter out, Comparison c, List<Path> written) {
    out.printf("runpose compare: %s (%s) -> %s (%s)%n", c.before().label(), c.before().file(), c.after().label(),
        c.after().file());
    for (FindingChange f : c.findings()) {
      out.printf("%-13s %s%n", f.verdict().key().toUpperCase(Locale.ROOT), f.summary());
    }
    for (CompareWarning w : c.warnings()) {
      out.println("Warning: " + w.text());
    }
    out.println(CompareReport.ruleSentence(c.config()));
    out.println(PostureReport.NOT_A_DIAGNOSIS);
    written.forEach(p -> out.println("Wrote " + p));
  }
}
