package org.runpose.web;

import java.io.IOException;
import java.nio.file.Path;
import org.runpose.PoseModelException;
import org.runpose.RunposeException;
import org.runpose.app.VideoAnalysis;
import org.runpose.pose.BlazePoseModel;
import org.runpose.pose.ModelVariant;
import org.runpose.posture.PostureAnalysis;

/**
 * The analysis the web app runs: {@link VideoAnalysis} with no overlay video (the report
 * page draws on the original). The model is loaded by the first job, on the one worker thread that uses it, and
 * kept until the server stops.
 */
public final class ModelAnalyzer implements Jobs.Analyzer, AutoCloseable {

  /**
   * No overlay video (the report page draws on the original), and the face pixelated in the stills and the report:
   * the files a user downloads to share.
   */
  private static final VideoAnalysis.Pictures WEB_PICTURES = new VideoAnalysis.Pictures(false, true);

  private final Path modelsDir;
  private final ModelVariant variant;
  private BlazePoseModel model;

  public ModelAnalyzer(Path modelsDir, ModelVariant variant) {
    this.modelsDir = modelsDir;
    this.variant = variant;
  }

  @Override
  public synchronized PostureAnalysis analyze(Path video, Path dir, Jobs.Settings settings, Runnable onFrame)
      throws RunposeException, IOException {
    return VideoAnalysis.ofVideo(video, Path.of(settings.videoName()), dir, model(), settings.config(), WEB_PICTURES,
        null, settings.everyFrame(), onFrame).analysis();
  }

  private BlazePoseModel model() throws PoseModelException {
    if (model == null) {
      model = BlazePoseModel.load(modelsDir, variant);
    }
    return model;
  }

  @Override
  public synchronized void close() {
    if (model != null) {
      model.close();
    }
  }
}
