package org.runpose.eval;

import static org.runpose.eval.LabelFields.field;
import static org.runpose.eval.LabelFields.integer;
import static org.runpose.eval.LabelFields.point;
import static org.runpose.eval.LabelFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The near foot and shank of a real recording digitised by hand at foot contacts (docs/real-footage.md), kept beside
 * the clip's labels as {@code NAME.contact.json}: heel, toe, knee and ankle (and, where digitised, the near hip) at
 * each contact frame, heel and toe at the same stance's middle frame.
 *
 * @param sha256 the clip's SHA-256, which must be the labels'
 * @param contacts the digitised contacts
 */
public record RealContactLabels(String sha256, List<Contact> contacts) {

  static final String FORMAT = "runpose-real-contact-labels";
  static final String SUFFIX = ".contact.json";

  /** One contact; points are {x, y} in pixels of the upright picture; {@code hipPx} is null where not digitised. */
  public record Contact(int contactFrame, int midStanceFrame, double[] heelPx, double[] toePx, double[] kneePx,
      double[] anklePx, double[] midHeelPx, double[] midToePx, double[] hipPx) {}

  public RealContactLabels {
    contacts = List.copyOf(contacts);
  }

  /**
   * The contact labels beside {@code labelsFile}, or null when there are none.
   *
   * @throws IOException when the file is malformed or belongs to another clip
   */
  static RealContactLabels besides(Path labelsFile, RealLabels labels) throws IOException {
    String name = labelsFile.getFileName().toString();
    Path file = labelsFile.resolveSibling(
        name.substring(0, name.length() - LabelledClip.LABELS_SUFFIX.length()) + SUFFIX);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    JsonNode root = LabelFields.readTree(file);
    try {
      if (!FORMAT.equals(text(root, "format"))) {
        throw new IllegalArgumentException("format is not " + FORMAT);
      }
      String sha = text(field(root, "clip"), "sha256").toLowerCase(Locale.ROOT);
      if (!sha.equals(labels.sha256())) {
        throw new IllegalArgumentException("it belongs to the clip with SHA-256 " + sha + ", not " + labels.sha256());
      }
      List<Contact> contacts = new ArrayList<>();
      for (JsonNode c : field(root, "contacts")) {
        contacts.add(new Contact(integer(c, "contactFrame"), integer(c, "midStanceFrame"), point(c, "heelPx"),
            point(c, "toePx"), point(c, "kneePx"), point(c, "anklePx"), point(c, "midHeelPx"),
            point(c, "midToePx"), c.has("hipPx") ? point(c, "hipPx") : null));
      }
      return new RealContactLabels(sha, contacts);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not a runpose contact labels file (" + e.getMessage() + ").", e);
    }
  }
}
