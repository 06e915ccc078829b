package org.runpose.wearable;

import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.GarminProduct;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import java.nio.file.Path;
import java.time.Instant;

/** A watch's activity file with running dynamics once a second, written with the FIT SDK's own encoder. */
public final class FitRecords {
  private FitRecords() {}

  /**
   * @param stridesPerMin the FIT cadence of a run (each stride two steps); 0 leaves the dynamics out
   */
  public static Path write(Path file, Instant start, int seconds, float stridesPerMin, float stanceMs,
      float verticalOscillationMm) {
    FileEncoder encoder = new FileEncoder(file.toFile(), Fit.ProtocolVersion.V2_0);
    FileIdMesg id = new FileIdMesg();
    id.setType(File.ACTIVITY);
    id.setManufacturer(Manufacturer.GARMIN);
    id.setGarminProduct(GarminProduct.FR965);
    id.setTimeCreated(new DateTime(start));
    encoder.write(id);
    for (int i = 0; i <= seconds; i++) {
      RecordMesg r = new RecordMesg();
      r.setTimestamp(new DateTime(start.plusSeconds(i)));
      r.setHeartRate((short) 150);
      if (stridesPerMin > 0) {
        r.setCadence((short) Math.floor(stridesPerMin));
        r.setFractionalCadence(stridesPerMin - (float) Math.floor(stridesPerMin));
        r.setStanceTime(stanceMs);
        r.setVerticalOscillation(verticalOscillationMm);
      }
      encoder.write(r);
    }
    encoder.close();
    return file;
  }
}
