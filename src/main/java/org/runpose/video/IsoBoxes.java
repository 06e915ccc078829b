package org.runpose.video;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The top-level boxes of an MP4 or MOV file (ISO base media format), read only to tell why FFmpeg could not open one:
 * a phone or camera that stops recording abruptly, or a copy cut short, leaves a file whose index ({@code moov},
 * usually written last) is missing or whose last box runs past the end.
 */
final class IsoBoxes {

  private IsoBoxes() {}

  /**
   * Why the file looks cut short, in words, or null when it does not (or is not an MP4 or MOV at all).
   */
  static String truncation(Path file) throws IOException {
    long size = Files.size(file);
    boolean sawFtyp = false;
    boolean sawMoov = false;
    try (SeekableByteChannel in = Files.newByteChannel(file)) {
      long at = 0;
      ByteBuffer header = ByteBuffer.allocate(16);
      while (at + 8 <= size) {
        header.clear().limit(16);
        in.position(at);
        int read = readFully(in, header);
        if (read < 8) {
          break;
        }
        long boxSize = Integer.toUnsignedLong(header.getInt(0));
        String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
        if (at == 0 && !type.equals("ftyp")) {
          return null;
        }
        if (boxSize == 1 && read >= 16) {
          boxSize = header.getLong(8);
        } else if (boxSize == 0) {
          boxSize = size - at;
        }
        if (boxSize < 8) {
          return null;
        }
        sawFtyp |= type.equals("ftyp");
        sawMoov |= type.equals("moov");
        if (at + boxSize > size) {
          return "its '" + type + "' box ends " + (at + boxSize - size) + " bytes past the end of the file"
              + (sawMoov ? "" : ", and the index ('moov') is missing");
        }
        at += boxSize;
      }
    }
    return sawFtyp && !sawMoov ? "the index ('moov') is missing" : null;
  }

  private static int readFully(SeekableByteChannel in, ByteBuffer buffer) throws IOException {
    int total = 0;
    while (buffer.hasRemaining()) {
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      total += n;
    }
    return total;
  }
}
