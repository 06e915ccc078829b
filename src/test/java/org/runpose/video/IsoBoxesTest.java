package org.runpose.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsoBoxesTest {

  @TempDir Path dir;

  private static byte[] box(String type, int payloadBytes) {
    return ByteBuffer.allocate(8 + payloadBytes).putInt(8 + payloadBytes)
        .put(type.getBytes(StandardCharsets.ISO_8859_1)).array();
  }

  private Path file(int keepBytes, byte[]... boxes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] b : boxes) {
      out.write(b);
    }
    byte[] all = out.toByteArray();
    return Files.write(dir.resolve("clip.mp4"), Arrays.copyOf(all, Math.min(keepBytes, all.length)));
  }

  @Test
  void aCompleteFileIsNotCutShort() throws Exception {
    assertThat(IsoBoxes.truncation(file(Integer.MAX_VALUE, box("ftyp", 16), box("mdat", 1000), box("moov", 200))))
        .isNull();
  }

  @Test
  void aRecordingStoppedBeforeItsIndexIsCutShort() throws Exception {
    assertThat(IsoBoxes.truncation(file(600, box("ftyp", 16), box("mdat", 1000), box("moov", 200))))
        .isEqualTo("its 'mdat' box ends 432 bytes past the end of the file, and the index ('moov') is missing");
    assertThat(IsoBoxes.truncation(file(1032, box("ftyp", 16), box("mdat", 1000), box("moov", 200))))
        .isEqualTo("the index ('moov') is missing");
  }

  @Test
  void aFileThatIsNotAnMp4IsLeftToFfmpegsOwnMessage() throws Exception {
    assertThat(IsoBoxes.truncation(Files.writeString(dir.resolve("notes.mp4"), "this is not a video\n"))).isNull();
  }
}
