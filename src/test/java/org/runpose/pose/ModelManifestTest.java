package org.runpose.pose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runpose.PoseModelException;
import org.runpose.io.Sha256;

class ModelManifestTest {

  private static final Path MODELS = Path.of(System.getProperty("runpose.models", "models"));

  @TempDir Path dir;

  @Test
  void theShippedModelsMatchTheirManifest() throws Exception {
    Map<String, String> manifest = BlazePoseModel.manifest(MODELS);
    assertThat(manifest).containsOnlyKeys("pose_detection.pt", "pose_landmark_full.pt", "pose_landmark_lite.pt");
    for (String name : manifest.keySet()) {
      assertThat(BlazePoseModel.checkedSha256(MODELS.resolve(name), manifest)).isEqualTo(manifest.get(name));
    }
  }

  @Test
  void aModelFileDamagedInTheMiddleIsRefusedByItsHash() throws Exception {
    byte[] bytes = new byte[64 * 1024];
    new Random(11).nextBytes(bytes);
    Path model = Files.write(dir.resolve("pose_detection.pt"), bytes);
    Files.writeString(dir.resolve(BlazePoseModel.MANIFEST), Sha256.of(model) + "  pose_detection.pt\n");
    Map<String, String> manifest = BlazePoseModel.manifest(dir);
    assertThat(BlazePoseModel.checkedSha256(model, manifest)).isEqualTo(Sha256.of(model));

    bytes[32 * 1024] ^= 1;
    Files.write(model, bytes);
    assertThatThrownBy(() -> BlazePoseModel.checkedSha256(model, manifest))
        .isInstanceOf(PoseModelException.class)
        .hasMessageStartingWith(model + ": damaged model file (SHA-256 ")
        .hasMessageEndingWith("Restore it from the repository or regenerate it with tools/model-convert.");
  }

  @Test
  void aFolderWithoutTheManifestOrWithAMalformedOneIsRefused() throws Exception {
    assertThatThrownBy(() -> BlazePoseModel.manifest(dir))
        .isInstanceOf(PoseModelException.class)
        .hasMessageContaining("SHA256SUMS: the models folder has no list of its files' SHA-256");
    Files.writeString(dir.resolve(BlazePoseModel.MANIFEST), "not a hash  pose_detection.pt\n");
    assertThatThrownBy(() -> BlazePoseModel.manifest(dir))
        .isInstanceOf(PoseModelException.class)
        .hasMessageContaining("'not a hash  pose_detection.pt' is not a line 'SHA-256  file name'");
  }

  @Test
  void aModelFileTheManifestDoesNotListIsRefused() throws Exception {
    Path model = Files.writeString(dir.resolve("pose_landmark_full.pt"), "weights");
    assertThatThrownBy(() -> BlazePoseModel.checkedSha256(model, Map.of()))
        .isInstanceOf(PoseModelException.class)
        .hasMessageContaining("not listed in SHA256SUMS");
  }
}
