package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import ai.djl.inference.Predictor;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped model files run by the runtime engine give the outputs the converter's torch gave (which match the
 * TFLite originals), on one thread and on two: a model file whose tensors the engine misreads fails here.
 */
class ModelNumericsTest {

  private static final Path MODELS = Path.of(System.getProperty("runpose.models", "models"));

  @ParameterizedTest
  @CsvSource({
    "pose_detection, 1", "pose_detection, 2",
    "pose_landmark_full, 1", "pose_landmark_full, 2",
    "pose_landmark_lite, 1", "pose_landmark_lite, 2"
  })
  void outputsMatchTheReference(String model, int threads) throws Exception {
    JsonNode reference = reference().path("models").path(model);
    int size = reference.path("inputSize").asInt();
    float[] input = pattern(size, reference.path("inputLow").asDouble(), reference.path("inputHigh").asDouble());

    float[][] outputs = run(model, size, input, threads);

    JsonNode expected = reference.path("outputs");
    assertThat(outputs.length).isEqualTo(expected.size());
    for (int i = 0; i < outputs.length; i++) {
      JsonNode want = expected.get(i);
      float[] got = outputs[i];
      double scale = Math.max(1, want.path("maxAbs").asDouble());
      String what = model + " output " + i + " on " + threads + " thread(s)";
      assertThat(got.length).as(what + " length").isEqualTo(want.path("length").asInt());
      int step = want.path("sampleStep").asInt();
      JsonNode samples = want.path("samples");
      for (int k = 0; k < samples.size(); k++) {
        assertThat((double) got[k * step])
            .as(what + " value " + k * step)
            .isCloseTo(samples.get(k).asDouble(), offset(1e-3 * scale));
      }
      double sumAbs = 0;
      for (float v : got) {
        sumAbs += Math.abs(v);
      }
      double wantSumAbs = want.path("sumAbs").asDouble();
      assertThat(sumAbs).as(what + " sum of |values|")
          .isCloseTo(wantSumAbs, offset(1e-4 * Math.max(wantSumAbs, got.length)));
    }
  }

  /** The input make_reference.py builds, value for value. */
  static float[] pattern(int size, double low, double high) {
    float[] values = new float[size * size * 3];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        for (int c = 0; c < 3; c++) {
          double unit = 0.5 + 0.5 * Math.sin(0.05 * y + 0.08 * x + 2.1 * c) * Math.cos(0.03 * x - 0.04 * y);
          values[(y * size + x) * 3 + c] = (float) (low + (high - low) * unit);
        }
      }
    }
    return values;
  }

  private static float[][] run(String model, int size, float[] input, int threads) throws Exception {
    Criteria<float[], float[][]> criteria =
        Criteria.builder()
            .setTypes(float[].class, float[][].class)
            .optEngine("PyTorch")
            .optModelPath(MODELS)
            .optModelName(model)
            .optTranslator(new FloatTensorTranslator(1, size, size, 3))
            .build();
    try (ZooModel<float[], float[][]> zoo = criteria.loadModel();
        Predictor<float[], float[][]> predictor = zoo.newPredictor()) {
      int before = JniUtils.getNumThreads();
      JniUtils.setNumThreads(threads);
      try {
        return predictor.predict(input);
      } finally {
        JniUtils.setNumThreads(before);
      }
    }
  }

  private static JsonNode reference() throws Exception {
    try (InputStream in = ModelNumericsTest.class.getResourceAsStream("model-reference.json")) {
      return new ObjectMapper().readTree(in);
    }
  }
}
