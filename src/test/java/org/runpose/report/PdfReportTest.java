package org.runpose.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class PdfReportTest {

  @Test
  void producesAPdfThatParsesWithTheTextAndAVectorChart() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfReport.write(HtmlReportTest.sample(), out);
    byte[] pdf = out.toByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

    PdfReader reader = new PdfReader(pdf);
    try {
      assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
      StringBuilder text = new StringBuilder();
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      assertThat(text).contains("Test report <one>").contains("W02: spike").contains("EXCESSIVE")
          .contains("Not medical advice.");
      // the chart is a form XObject of vector drawing, and there is no image at all
      int forms = 0;
      for (int i = 1; i < reader.getXrefSize(); i++) {
        if (reader.getPdfObject(i) instanceof PRStream stream) {
          assertThat(stream.get(PdfName.SUBTYPE)).isNotEqualTo(PdfName.IMAGE);
          forms += PdfName.FORM.equals(stream.get(PdfName.SUBTYPE)) ? 1 : 0;
        }
      }
      assertThat(forms).isGreaterThanOrEqualTo(1);
    } finally {
      reader.close();
    }
  }
}
