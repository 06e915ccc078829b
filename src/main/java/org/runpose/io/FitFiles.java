package org.runpose.io;

import com.garmin.fit.Decode;
import com.garmin.fit.FitDecoder;
import com.garmin.fit.FitMessages;
import com.garmin.fit.FitRuntimeException;
import java.io.ByteArrayInputStream;
import org.runpose.BadInputException;

/** Garmin FIT files, checked and decoded with the Garmin FIT SDK; a damaged file is bad input, said once. */
public final class FitFiles {
  private FitFiles() {}

  /**
   * @param file the file's name, for the message
   * @param content its bytes
   * @param whatToDo the advice that ends a refusal, e.g. "Copy the activity from the watch again."
   */
  public static FitMessages decode(String file, byte[] content, String whatToDo) throws BadInputException {
    if (!new Decode().checkFileIntegrity(new ByteArrayInputStream(content))) {
      throw new BadInputException(file + ": not a valid FIT file (its header or checksum is wrong). " + whatToDo);
    }
    try {
      return new FitDecoder().decode(new ByteArrayInputStream(content));
    } catch (FitRuntimeException e) {
      throw new BadInputException(file + ": the FIT file could not be decoded (" + e.getMessage() + "). "
          + whatToDo, e);
    }
  }
}
