package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);

  private static List<String> runs(Phrase p) {
    return p.getChunks().stream()
        .map(c -> ((Chunk) c).getFont().getCalculatedBaseFont(false).getPostscriptFontName() + ": "
            + ((Chunk) c).getContent())
        .toList();
  }

  @Test
  void westernTextStaysInHelvetica() {
    assertThat(runs(PdfText.phrase("Lean 4.5° — café", BODY))).containsExactly("Helvetica: Lean 4.5° — café");
  }

  @Test
  void greekAndCyrillicComeFromTheEmbeddedFont() {
    assertThat(runs(PdfText.phrase("Run Ζωή Пётр.mp4", BODY))).containsExactly(
        "Helvetica: Run ", "DejaVuSansCondensed: Ζωή", "Helvetica:  ", "DejaVuSansCondensed: Пётр",
        "Helvetica: .mp4");
  }

  @Test
  void charactersNoFontHasAreMarkedNotDropped() {
    assertThat(String.join("", PdfText.phrase("東京🏃.mp4", BODY).getChunks().stream()
        .map(c -> ((Chunk) c).getContent()).toList())).isEqualTo("\uFFFD\uFFFD\uFFFD.mp4");
  }
}
