package org.runpose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.runpose.BadInputException;
import org.runpose.training.DistanceUnit;
import org.runpose.training.Provenance;
import org.runpose.training.TrainingAnalysis;
import org.runpose.training.TrainingLog;
import org.runpose.training.TrainingLogReader;
import org.runpose.training.TrainingOutputs;
import org.runpose.training.TrainingRulesConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code runpose bench training LOG}: how long reading, judging and writing a training log takes, and the memory it
 * needs; the outputs go to a scratch folder that is deleted.
 */
@Command(
    name = "training",
    mixinStandardHelpOptions = true,
    description = "Measures how long a training log takes to read, judge and write, and the peak memory.")
final class TrainingBenchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "LOG", arity = "1..*", description = "Training log files (CSV, GPX, FIT) or folders.")
  List<Path> logs;

  @Option(names = "--runs", defaultValue = "3",
      description = "Timed runs after one untimed (default: ${DEFAULT-VALUE}).")
  int runs;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws BadInputException, IOException {
    if (runs <= 0) {
      throw new BadInputException("--runs must be > 0");
    }
    double[] readS = new double[runs];
    double[] judgeS = new double[runs];
    double[] writeS = new double[runs];
    TrainingAnalysis analysis = null;
    Path scratch = Files.createTempDirectory("runpose-bench-");
    try {
      for (int i = -1; i < runs; i++) {
        long t0 = System.nanoTime();
        TrainingLog log = new TrainingLogReader(DistanceUnit.KM, ZoneOffset.UTC).read(logs);
        long t1 = System.nanoTime();
        analysis = TrainingAnalysis.of(log, TrainingRulesConfig.defaults(), DistanceUnit.KM);
        long t2 = System.nanoTime();
        Provenance p = new Provenance("bench", "bench", log.inputs(), DistanceUnit.KM, "UTC",
            TrainingRulesConfig.defaults());
        TrainingOutputs.write(scratch.resolve("run" + i), analysis, p);
        long t3 = System.nanoTime();
        if (i >= 0) {
          readS[i] = (t1 - t0) / 1e9;
          judgeS[i] = (t2 - t1) / 1e9;
          writeS[i] = (t3 - t2) / 1e9;
        }
      }
    } finally {
      BenchCommand.deleteTree(scratch);
    }
    PrintWriter out = spec.commandLine().getOut();
    int rows = analysis.log().runs().size() + analysis.log().skipped().size();
    double total = median(sum(readS, judgeS, writeS));
    out.printf("runpose bench training: %d rows (%d runs, %d weeks), %d timed runs after 1 untimed, %d CPU cores%n",
        rows, analysis.log().runs().size(), analysis.weeks().size(), runs,
        Runtime.getRuntime().availableProcessors());
    out.printf("read                : median %.2f s%n", median(readS));
    out.printf("judge               : median %.2f s%n", median(judgeS));
    out.printf("write (4 files)     : median %.2f s%n", median(writeS));
    out.printf("total               : median %.2f s (%.0f rows/s)%n", total, rows / total);
    out.printf("peak memory         : resident %s, Java heap %.0f MB (max heap %.0f MB)%n",
        BenchCommand.peakResident(), BenchCommand.peakHeapMb(), Runtime.getRuntime().maxMemory() / 1024.0 / 1024.0);
    return 0;
  }

  private static double[] sum(double[] a, double[] b, double[] c) {
    double[] s = new double[a.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = a[i] + b[i] + c[i];
    }
    return s;
  }

  private static double median(double[] values) {
    return BenchCommand.percentile(values, 50);
  }
}
