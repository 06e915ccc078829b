package org.runpose.wearable;

import com.garmin.fit.FileIdMesg;
import com.garmin.fit.FitMessages;
import com.garmin.fit.GarminProduct;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.runpose.BadInputException;
import org.runpose.io.FitFiles;

/**
 * The running dynamics a watch or foot pod recorded during a run, from its FIT file: cadence, ground contact time
 * and vertical oscillation, record by record. Garmin's running dynamics (HRM-Run, HRM-Pro, Running Dynamics Pod)
 * and pods that write the same standard fields give them; fields only in a maker's own developer data are not read.
 *
 * @param file the FIT file
 * @param device the maker and product, as the file names them
 * @param samples the records with at least one of the three, in time order
 */
public record WearableRun(String file, String device, List<Sample> samples) {

  /**
   * One record.
   *
   * @param at when it was recorded
   * @param cadenceStepsPerMin steps per minute (the FIT cadence of a run counts strides, each two steps), or null
   * @param stanceMs ground contact time, or null
   * @param verticalOscillationCm the torso's rise and fall, or null
   */
  public record Sample(Instant at, Double cadenceStepsPerMin, Double stanceMs, Double verticalOscillationCm) {
    public Sample {
      Objects.requireNonNull(at, "at");
    }
  }

  public WearableRun {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(device, "device");
    samples = List.copyOf(samples);
  }

  private static final String AGAIN = "Copy the activity from the watch again.";

  /** Reads a FIT activity; bad input when it is damaged or holds no running dynamics. */
  public static WearableRun readFit(Path file) throws BadInputException {
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": a folder, not a FIT file. Give the activity file of the run (.fit).");
    }
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": no such file. Check the path of the activity file (.fit).");
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read (" + e.getMessage() + "). Check the path.", e);
    }
    FitMessages messages = FitFiles.decode(file.toString(), content, AGAIN);
    List<Sample> samples = new ArrayList<>();
    for (RecordMesg r : messages.getRecordMesgs()) {
      Double cadence = r.getCadence() == null || r.getCadence() == 0 ? null
          : 2.0 * (r.getCadence() + (r.getFractionalCadence() == null ? 0 : r.getFractionalCadence()));
      Double stance = r.getStanceTime() == null || r.getStanceTime() <= 0 ? null : r.getStanceTime().doubleValue();
      Double oscillation = r.getVerticalOscillation() == null || r.getVerticalOscillation() <= 0 ? null
          : Double.valueOf(r.getVerticalOscillation() / 10.0);
      if (r.getTimestamp() != null && (cadence != null || stance != null || oscillation != null)) {
        samples.add(new Sample(r.getTimestamp().getDate().toInstant(), cadence, stance, oscillation));
      }
    }
    if (samples.isEmpty()) {
      throw new BadInputException(file + ": no record holds a cadence, ground contact time or vertical oscillation,"
          + " so there is nothing to put beside the video. A watch records them with a running-dynamics sensor (a"
          + " chest strap such as the HRM-Pro, or a pod) worn during the run.");
    }
    samples.sort(Comparator.comparing(Sample::at));
    return new WearableRun(file.toString(), device(messages.getFileIdMesgs()), samples);
  }

  /** "garmin fr965", "development", or "unknown device". */
  private static String device(List<FileIdMesg> ids) {
    if (ids.isEmpty() || ids.get(0).getManufacturer() == null) {
      return "unknown device";
    }
    FileIdMesg id = ids.get(0);
    String maker = Manufacturer.getStringFromValue(id.getManufacturer());
    String product = id.getManufacturer() == Manufacturer.GARMIN && id.getGarminProduct() != null
        ? GarminProduct.getStringFromValue(id.getGarminProduct()) : "";
    String name = (maker.isEmpty() ? "maker " + id.getManufacturer() : maker)
        + (product.isEmpty() ? "" : " " + product);
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The samples from {@code from} to {@code to}, both included. */
  List<Sample> between(Instant from, Instant to) {
    return samples.stream().filter(s -> !s.at().isBefore(from) && !s.at().isAfter(to)).toList();
  }
}
