package org.runpose.eval;

import static org.runpose.eval.LabelFields.field;
import static org.runpose.eval.LabelFields.integer;
import static org.runpose.eval.LabelFields.point;
import static org.runpose.eval.LabelFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The near foot and shank of a real recording digitised by hand at foot contacts (docs/real-footage.md), kept beside
 * the clip's labels as {@code NAME.contact.json}: heel, toe, knee and ankle (and, where digitised, the near hip) at
 * each contact frame, heel and toe at the same stance's middle frame; where digitised, the near hip, knee and
 * shoulder at the near foot's following toe-off.
 *
 * @param sha256 the clip's SHA-256, which must be the labels'
 * @param contacts the digitised contacts
 * @param toeOffs the digitised toe-offs, or none
 */
public record RealContactLabels(String sha256, List<Contact> contacts, List<ToeOff> toeOffs) {

  static final String FORMAT = "runpose-real-contact-labels";
  static final String SUFFIX = ".contact.json";

  /** One contact; points are {x, y} in pixels of the upright picture; {@code hipPx} is null where not digitised. */
  public record Contact(int contactFrame, int midStanceFrame, double[] heelPx, double[] toePx, double[] kneePx,
      double[] anklePx, double[] midHeelPx, double[] midToePx, double[] hipPx) {}

  /** The near hip, knee and shoulder at a near toe-off; points are {x, y} in pixels of the upright picture. */
  public record ToeOff(int toeOffFrame, double[] hipPx, double[] kneePx, double[] shoulderPx) {}

  public RealContactLabels {
    contacts = List.copyOf(contacts);
    toeOffs = List.copyOf(toeOffs);
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
      List<ToeOff> toeOffs = new ArrayList<>();
      for (JsonNode t : root.has("toeOffs") ? field(root, "toeOffs") : JsonNodeFactory.instance.arrayNode()) {
        toeOffs.add(new ToeOff(integer(t, "toeOffFrame"), point(t, "hipPx"), point(t, "kneePx"),
            point(t, "shoulderPx")));
      }
      return new RealContactLabels(sha, contacts, toeOffs);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not a runpose contact labels file (" + e.getMessage() + ").", e);
    }
  }
}
