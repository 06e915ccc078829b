package org.runpose.training;

import org.runpose.BadInputException;

/** Reads the runs of one log file of a given format. */
interface LogFileParser {

  /**
   * @param file the file name used in messages and {@link Location}s
   * @param content the whole file (training logs are small)
   * @throws BadInputException if the file as a whole cannot be read as this format
   */
  ParsedFile parse(String file, byte[] content) throws BadInputException;
}
