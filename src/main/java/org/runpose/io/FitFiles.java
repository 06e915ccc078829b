package org.runpose.io;

import com.garmin.fit.Decode;
import com.garmin.fit.FitDecoder;
import com.garmin.fit.FitMessages;
import com.garmin.fit.FitRuntimeException;
import java.io.ByteArrayInputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.runpose.BadInputException;

/** Garmin FIT files, checked and decoded with the Garmin FIT SDK; a damaged file is bad input, said once. */
public final class FitFiles {
  private FitFiles() {}

  private static final Pattern AT_BYTE = Pattern.compile("at byte:? *(\\d+)");

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
      // The SDK's message names its own decoder; the byte it stopped at is what says how far the file holds.
      Matcher at = AT_BYTE.matcher(String.valueOf(e.getMessage()));
      throw new BadInputException(file + ": the FIT file is damaged or cut short" + (at.find() ? " (it stops making"
          + " sense at byte " + at.group(1) + " of " + content.length + ")" : "") + ". " + whatToDo, e);
    }
  }
}
