package org.runpose.pose;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runpose.PoseModelException;
import org.runpose.io.Sha256;

/**
 * The BlazePose detector and landmark networks (TorchScript) loaded into DJL's PyTorch engine. Thread-safe for
 * {@link #newTracker}; each tracker holds its own predictors. Closing the model releases the native weights, so
 * close every tracker first.
 */
public final class BlazePoseModel implements AutoCloseable {

  private static final String ENGINE = "PyTorch";
  private static final String EXTENSION = ".pt";
  /**
   * DJL's setting for PyTorch's intra-op threads, read once when the engine starts. runpose's default is one: on
   * 2 cores a second thread did not make the landmark model faster, and it took the core that decodes the next
   * frame. A value set with -D wins.
   */
  private static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";
  private static final String DEFAULT_THREADS = "1";
  /** The models folder's list of its files' SHA-256. */
  static final String MANIFEST = "SHA256SUMS";
  private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64}) [ *](\\S.*)");

  private final ZooModel<float[], float[][]> detector;
  private final ZooModel<float[], float[][]> landmarks;
  private final ModelInfo info;
  private final boolean allocatorTuned;

  private BlazePoseModel(ZooModel<float[], float[][]> detector, ZooModel<float[], float[][]> landmarks,
      ModelInfo info, boolean allocatorTuned) {
    this.detector = detector;
    this.landmarks = landmarks;
    this.info = info;
    this.allocatorTuned = allocatorTuned;
  }

  /**
   * Loads the models from {@code modelsDir}.
   *
   * @throws PoseModelException when a model file is missing or damaged, or the native engine cannot start
   */
  public static BlazePoseModel load(Path modelsDir, ModelVariant variant) throws PoseModelException {
    Path detectorFile = modelsDir.resolve(ModelVariant.DETECTOR + EXTENSION);
    Path landmarkFile = modelsDir.resolve(variant.modelName() + EXTENSION);
    requirePresent(detectorFile);
    requirePresent(landmarkFile);
    Map<String, String> manifest = manifest(modelsDir);
    String detectorSha = checkedSha256(detectorFile, manifest);
    String landmarkSha = checkedSha256(landmarkFile, manifest);
    boolean allocatorTuned = AllocatorTuning.apply();
    if (System.getProperty(THREADS_PROPERTY) == null) {
      System.setProperty(THREADS_PROPERTY, DEFAULT_THREADS);
    }
    ZooModel<float[], float[][]> detector = loadOne(modelsDir, ModelVariant.DETECTOR, 1, 224, 224, 3);
    try {
      ZooModel<float[], float[][]> landmarks = loadOne(modelsDir, variant.modelName(), 1, 256, 256, 3);
      Engine engine = detector.getNDManager().getEngine();
      ModelInfo info =
          new ModelInfo(
              variant.id(),
              detectorFile.getFileName().toString(),
              detectorSha,
              landmarkFile.getFileName().toString(),
              landmarkSha,
              engine.getEngineName() + " " + engine.getVersion(),
              Engine.getDjlVersion());
      return new BlazePoseModel(detector, landmarks, info, allocatorTuned);
    } catch (PoseModelException | RuntimeException e) {
      detector.close();
      throw e;
    }
  }

  public ModelInfo info() {
    return info;
  }

  /** PyTorch's intra-op threads, as DJL was told when the engine started. */
  public static String engineThreads() {
    return System.getProperty(THREADS_PROPERTY, "PyTorch's default");
  }

  /** Whether the C library took the allocator settings that keep the networks' buffers between runs. */
  public boolean allocatorTuned() {
    return allocatorTuned;
  }

  /** A tracker with its own predictors, for use by one thread. */
  public PoseTracker newTracker(PoseConfig config) {
    return newTracker(config, null);
  }

  /** A tracker that follows the person a survey of the clip chose. */
  PoseTracker newTracker(PoseConfig config, PersonTarget target) {
    return new PoseTracker(new DjlNetworks(detector.newPredictor(), landmarks.newPredictor()), config, target);
  }

  @Override
  public void close() {
    try {
      landmarks.close();
    } finally {
      detector.close();
    }
  }

  private static ZooModel<float[], float[][]> loadOne(Path dir, String name, long... inputShape)
      throws PoseModelException {
    Criteria<float[], float[][]> criteria =
        Criteria.builder()
            .setTypes(float[].class, float[][].class)
            .optEngine(ENGINE)
            .optDevice(Device.cpu())
            .optModelPath(dir)
            .optModelName(name)
            .optTranslator(new FloatTensorTranslator(inputShape))
            .build();
    try {
      return criteria.loadModel();
    } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
      throw new PoseModelException(
          dir.resolve(name + EXTENSION) + ": cannot load the model (" + e.getMessage()
              + "). Restore the models folder from the repository or regenerate it with tools/model-convert.",
          e);
    }
  }

  private static void requirePresent(Path file) throws PoseModelException {
    if (!Files.isRegularFile(file)) {
      throw new PoseModelException(
          file + ": model file is missing. Restore the models folder from the repository, or point --models at it.",
          null);
    }
  }

  /**
   * The models folder's {@value #MANIFEST} (as {@code sha256sum} writes it: hash, two spaces, file name), by file
   * name. A model file damaged on disk or in a copy still loads and computes wrong keypoints; its hash tells.
   */
  static Map<String, String> manifest(Path modelsDir) throws PoseModelException {
    Path file = modelsDir.resolve(MANIFEST);
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (NoSuchFileException e) {
      throw new PoseModelException(file + ": the models folder has no list of its files' SHA-256. Restore the models"
          + " folder from the repository, or point --models at it.", e);
    } catch (IOException e) {
      throw new PoseModelException(file + ": cannot be read (" + e.getMessage() + ").", e);
    }
    Map<String, String> byName = new HashMap<>();
    for (String line : lines) {
      Matcher m = MANIFEST_LINE.matcher(line);
      if (m.matches()) {
        byName.put(m.group(2), m.group(1));
      } else if (!line.isBlank()) {
        throw new PoseModelException(file + ": '" + line + "' is not a line 'SHA-256  file name'. Restore the"
            + " models folder from the repository.", null);
      }
    }
    return byName;
  }

  /** The file's SHA-256, which must be the one the manifest lists for it. */
  static String checkedSha256(Path file, Map<String, String> manifest) throws PoseModelException {
    String sha;
    try {
      sha = Sha256.of(file);
    } catch (IOException e) {
      throw new PoseModelException(file + ": cannot read the model file (" + e.getMessage() + ").", e);
    }
    String expected = manifest.get(file.getFileName().toString());
    if (expected == null) {
      throw new PoseModelException(file + ": not listed in " + MANIFEST + ", so it cannot be checked. Restore the"
          + " models folder from the repository.", null);
    }
    if (!expected.equals(sha)) {
      throw new PoseModelException(file + ": damaged model file (SHA-256 " + sha + ", " + MANIFEST + " lists "
          + expected + "). Restore it from the repository or regenerate it with tools/model-convert.", null);
    }
    return sha;
  }

  /** The networks behind one tracker; wraps DJL's errors once, here, with what was being run. */
  private static final class DjlNetworks implements PoseNetworks {
    private final Predictor<float[], float[][]> detector;
    private final Predictor<float[], float[][]> landmarks;

    DjlNetworks(Predictor<float[], float[][]> detector, Predictor<float[], float[][]> landmarks) {
      this.detector = detector;
      this.landmarks = landmarks;
    }

    @Override
    public DetectorOutput detect(float[] input) throws PoseModelException {
      float[][] out = run(detector, input, ModelVariant.DETECTOR, 2);
      return new DetectorOutput(out[0], out[1]);
    }

    @Override
    public LandmarkOutput landmarks(float[] input) throws PoseModelException {
      float[][] out = run(landmarks, input, "landmark model", 4);
      return new LandmarkOutput(out[0], out[1][0], out[3], out[2]);
    }

    private static float[][] run(Predictor<float[], float[][]> p, float[] input, String what, int minOutputs)
        throws PoseModelException {
      float[][] out;
      try {
        out = p.predict(input);
      } catch (TranslateException | RuntimeException e) {
        throw new PoseModelException("The " + what + " failed to run: " + e.getMessage(), e);
      }
      if (out.length < minOutputs) {
        throw new PoseModelException(
            "The " + what + " returned " + out.length + " outputs, expected at least " + minOutputs
                + "; the model file does not match this version of runpose.",
            null);
      }
      return out;
    }

    @Override
    public void close() {
      try {
        landmarks.close();
      } finally {
        detector.close();
      }
    }
  }
}
