package org.runpose.cli;

import java.nio.file.Path;
import org.runpose.web.ModelAnalyzer;
import org.runpose.PoseModelException;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.ModelVariant;
import picocli.CommandLine.Option;

/** Options shared by every command that runs the pose model. */
final class ModelOptions {

  @Option(
      names = "--model",
      defaultValue = "full",
      paramLabel = "full|lite",
      description = "Landmark model: full (default, accurate) or lite (smaller; on 2 cores not faster).")
  ModelVariant variant;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Folder holding the model files (default: the models folder of this runpose installation).")
  Path modelsDir;

  BlazePoseModel load() throws PoseModelException {
    return BlazePoseModel.load(modelsDir(), variant);
  }

  /** The analysis the web app runs, loading this model on its first job. */
  ModelAnalyzer analyzer() {
    return new ModelAnalyzer(modelsDir(), variant);
  }

  private Path modelsDir() {
    if (modelsDir != null) {
      return modelsDir;
    }
    return Path.of(System.getProperty("runpose.models", "models"));
  }
}
