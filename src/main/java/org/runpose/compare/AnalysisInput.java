package org.runpose.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.runpose.BadInputException;
import org.runpose.RunposeVersion;
import org.runpose.Severity;
import org.runpose.io.Json;
import org.runpose.posture.AnalysisFiles;
import org.runpose.posture.Flag;
import org.runpose.posture.PostureAnalysis;
import org.runpose.io.Sha256;

/**
 * Finds and reads the analysis.json of one visit, refusing anything else with one message that names the file,
 * says what is wrong and what to do.
 */
public final class AnalysisInput {
  private AnalysisInput() {}

  private static final String GIVE = "Give the analysis.json that 'runpose analyze' wrote, or its folder.";

  /** The analysis.json meant by {@code given}: the file itself, or the one in the folder. */
  public static Path locate(Path given) throws BadInputException {
    if (Files.isDirectory(given)) {
      Path inside = given.resolve(AnalysisFiles.JSON);
      if (!Files.isRegularFile(inside)) {
        throw new BadInputException(given + ": the folder holds no " + AnalysisFiles.JSON + ". " + GIVE);
      }
      return inside;
    }
    if (!Files.exists(given)) {
      throw new BadInputException(given + ": no such file or folder. " + GIVE);
    }
    return given;
  }

  /** Reads {@code file} (from {@link #locate}) as the visit called {@code label}. */
  public static Visit read(Path file, String label) throws BadInputException {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new BadInputException(file + ": permission denied. Make the file readable, or copy it.", e);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file or folder. " + GIVE, e);
    } catch (IOException e) {
      throw new BadInputException(file + ": could not be read (" + e.getMessage() + "). " + GIVE, e);
    }
    if (content.length == 0) {
      throw new BadInputException(file + ": is empty (0 bytes). " + GIVE);
    }
    return new Visit(label, file, Sha256.of(content), parse(file, content));
  }

  private static PostureAnalysis parse(Path file, byte[] content) throws BadInputException {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(content);
    } catch (JsonProcessingException e) {
      throw new BadInputException(file + ": " + Json.problem(e) + ". " + GIVE + " If it was edited or cut short,"
          + " run 'runpose analyze' on the video again.", e);
    } catch (IOException e) {
      throw new BadInputException(file + ": could not be read (" + e.getMessage() + "). " + GIVE, e);
    }
    if (tree == null || !tree.isObject() || !tree.path("runposeVersion").isTextual()) {
      throw new BadInputException(file + ": not a runpose analysis (JSON without a runposeVersion). " + GIVE);
    }
    String version = tree.get("runposeVersion").asText();
    int format = tree.path("formatVersion").asInt(PostureAnalysis.FORMAT_VERSION);
    if (format > PostureAnalysis.FORMAT_VERSION) {
      throw new BadInputException(file + ": an analysis in format " + format + " (written by runpose " + version
          + "); this runpose (" + RunposeVersion.get().runpose() + ") reads format " + PostureAnalysis.FORMAT_VERSION
          + " and earlier. Update runpose, or analyse the video again with this version.");
    }
    if (!tree.has("flags") && tree.path("frames").path(0).has("keypoints")) {
      throw new BadInputException(file + ": a keypoints file, not an analysis. Run 'runpose analyze --from "
          + file + "' and compare the analysis.json it writes (without the video the lower back is not assessed).");
    }
    if (!tree.has("flags") && !tree.has("summary") && !isNewer(version)) {
      throw new BadInputException(file + ": a runpose file, but not an analysis (it has no summary or flags). "
          + GIVE);
    }
    PostureAnalysis a;
    try {
      a = Json.MAPPER.treeToValue(tree, PostureAnalysis.class);
      check(a);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      if (isNewer(version)) {
        throw new BadInputException(file + ": written by runpose " + version + ", newer than this runpose ("
            + RunposeVersion.get().runpose() + "), in a format this version cannot read. Update runpose, or"
            + " analyse the video again with this version.", e);
      }
      throw new BadInputException(file + ": an incomplete or damaged analysis (" + detail(e) + "). Run"
          + " 'runpose analyze' on the video again.", e);
    }
    return a;
  }

  /** What the comparison relies on, beyond what the records check themselves. */
  private static void check(PostureAnalysis a) {
    require(a.video(), "video");
    require(a.model(), "model");
    require(a.settings(), "settings");
    require(a.view(), "view");
    require(a.view().direction(), "view.direction");
    require(a.summary(), "summary");
    for (String id : List.of(Flag.FORWARD_LEAN, Flag.LUMBAR)) {
      Flag f = a.flags().stream().filter(x -> id.equals(x.id())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no " + id + " finding"));
      require(f.severity(), id + " severity");
      // A value is graded against thresholds, or not graded without them (a lumbar hollow without a baseline).
      boolean graded = f.severity() != Severity.NOT_ASSESSED;
      if (graded && (f.value() == null || f.watchAt() == null) || !graded && f.value() != null && !f.unjudged()) {
        throw new IllegalArgumentException(id + ": a value is graded against both thresholds or is not graded");
      }
      if (f.value() != null && !(Math.abs(f.value()) <= MAX_PLAUSIBLE.get(id))) {
        throw new IllegalArgumentException(id + ": " + f.value() + " " + f.unit() + " is no runner's; the file was"
            + " edited");
      }
    }
    // The lean's grade is its value's against the file's own thresholds (to the file's rounding of the value).
    Flag lean = a.flag(Flag.FORWARD_LEAN);
    if (lean.severity() != Severity.NOT_ASSESSED && lean.excessiveAt() != null
        && lean.severity() != grade(lean.value() - ROUNDING, lean)
        && lean.severity() != grade(lean.value() + ROUNDING, lean)) {
      throw new IllegalArgumentException(Flag.FORWARD_LEAN + ": graded " + lean.severity().label() + " at "
          + lean.value() + "°, against thresholds of " + lean.watchAt() + "° and " + lean.excessiveAt() + "°; the"
          + " file was edited");
    }
  }

  /** Furthest from zero a finding's value can be on a runner: a trunk level with the ground, a hollow as deep. */
  private static final Map<String, Double> MAX_PLAUSIBLE = Map.of(Flag.FORWARD_LEAN, 90.0, Flag.LUMBAR, 100.0);
  /** The analysis file's values are written to four decimals. */
  private static final double ROUNDING = 1e-4;

  private static Severity grade(double value, Flag f) {
    return value >= f.excessiveAt() ? Severity.EXCESSIVE : value >= f.watchAt() ? Severity.WATCH : Severity.OK;
  }

  private static void require(Object part, String name) {
    if (part == null) {
      throw new IllegalArgumentException("no " + name);
    }
  }

  private static String detail(Exception e) {
    String m = e instanceof JsonProcessingException j ? Json.problem(j) : e.getMessage();
    m = m == null ? "a part is missing" : m.lines().findFirst().orElse(m);
    return m.length() > 160 ? m.substring(0, 157) + "..." : m;
  }

  /** Whether {@code version} is a later release than this runpose, by its numbers (a qualifier is ignored). */
  static boolean isNewer(String version) {
    int[] theirs = numbers(version);
    int[] ours = numbers(RunposeVersion.get().runpose());
    for (int i = 0; i < Math.max(theirs.length, ours.length); i++) {
      int t = i < theirs.length ? theirs[i] : 0;
      int o = i < ours.length ? ours[i] : 0;
      if (t != o) {
        return t > o;
      }
    }
    return false;
  }

  private static int[] numbers(String version) {
    String core = version.split("[-+ ]", 2)[0];
    String[] parts = core.split("\\.");
    int[] n = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        n[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        return new int[0];
      }
    }
    return n;
  }

}
