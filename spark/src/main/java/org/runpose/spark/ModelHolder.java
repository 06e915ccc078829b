package org.runpose.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.runpose.PoseModelException;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.ModelVariant;

/**
 * The pose model of an executor: loaded by the first task of each of its task threads and kept for the later ones
 * (a DJL predictor is used by one thread at a time), never per video.
 */
final class ModelHolder {

  /** The model files every runpose model folder holds; shipped with {@code --files}, they land in SparkFiles. */
  private static final String SUMS = "SHA256SUMS";

  private static final ThreadLocal<BlazePoseModel> MODEL = new ThreadLocal<>();
  /** Every model loaded in this JVM, closed when the executor stops. */
  private static final List<BlazePoseModel> LOADED = new ArrayList<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ModelHolder::closeAll, "runpose-models-close"));
  }

  private ModelHolder() {}

  /**
   * The model of this thread.
   *
   * @param modelsDir the model folder on the executors, or null: the files shipped with {@code --files}, else the
   *     {@code runpose.models} property, else {@code models}
   */
  // Synchronized: two threads starting at once would both unpack libtorch.
  static synchronized BlazePoseModel model(String modelsDir) throws PoseModelException {
    BlazePoseModel m = MODEL.get();
    if (m == null) {
      prepareNativeLibraries();
      m = BlazePoseModel.load(modelsDir(modelsDir), ModelVariant.FULL);
      MODEL.set(m);
      LOADED.add(m);
    }
    return m;
  }

  private static synchronized void closeAll() {
    LOADED.forEach(BlazePoseModel::close);
    LOADED.clear();
  }

  /**
   * libtorch is unpacked once per machine, into the folder {@code DJL_CACHE_DIR} names (set it to a local disk with
   * {@code spark.executorEnv} or {@code -D} in {@code spark.executor.extraJavaOptions}); nothing is downloaded.
   */
  private static void prepareNativeLibraries() {
    System.setProperty("ai.djl.offline", "true");
    if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
      System.setProperty("DJL_CACHE_DIR", Path.of(System.getProperty("user.home"), ".cache", "runpose", "djl")
          .toString());
    }
  }

  private static Path modelsDir(String given) {
    if (given != null) {
      return Path.of(given);
    }
    Path shipped = Path.of(SparkFiles.getRootDirectory());
    if (Files.exists(shipped.resolve(SUMS))) {
      return shipped;
    }
    return Path.of(System.getProperty("runpose.models", "models"));
  }
}
