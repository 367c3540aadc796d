package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.documents.PdfAdapter.Glyph;
import io.github.fazhi.documents.PdfAdapter.GlyphCollector;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * The PDF adapter measures upright glyphs itself, without PDFBox's {@code TextPosition} and its matrices
 * (issue 26: a third of what reading a report PDF allocated). Each glyph it measures must equal, to the
 * last bit, what PDFBox's text engine gives for it: the same text, x, y, width and size. Held here on the
 * drawn report PDFs of the other tests (Type 3 fonts) and on pages that set text every way PDFBox's
 * engine takes into account: a scaled and shifted CTM, character and word spacing, horizontal scaling,
 * rise, kerning in {@code TJ}, a standard font and an embedded composite (Type 0) font; and on what the
 * adapter leaves to PDFBox: rotated text, a rotated page and a crop box away from the origin.
 */
class PdfGlyphsTest {
  private static GlyphCollector collect(byte[] pdf, boolean upright) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return PdfAdapter.collect(document, upright);
    }
  }

  /** The glyphs both ways, and how many the adapter measured itself. */
  private static int assertSameGlyphs(byte[] pdf) throws Exception {
    GlyphCollector measured = collect(pdf, true);
    GlyphCollector pdfbox = collect(pdf, false);
    assertThat(pdfbox.measured).isZero();
    assertThat(pdfbox.pages.stream().mapToInt(List::size).sum()).isPositive();
    assertThat(measured.pages).isEqualTo(pdfbox.pages);
    return measured.measured;
  }

  @Test
  void drawnReports_giveTheSameGlyphs_allMeasuredUpright() throws Exception {
    byte[] report = PdfAdapterTest.report();
    int glyphs;
    try (PDDocument document = Loader.loadPDF(report)) {
      glyphs = PdfAdapter.glyphs(document, false).stream().mapToInt(List::size).sum();
    }
    assertThat(assertSameGlyphs(report)).isEqualTo(glyphs);
  }

  @Test
  void textSetEveryWay_givesTheSameGlyphs() throws Exception {
    try (PDDocument document = new PDDocument()) {
      PDFont helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDFont liberation;
      try (InputStream ttf = PDDocument.class.getResourceAsStream(
          "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
        liberation = PDType0Font.load(document, ttf);
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.transform(new Matrix(1.25f, 0, 0, 1.25f, 13.7f, -21.3f)); // a scaled, shifted CTM
        content.beginText();
        content.setFont(helvetica, 11.3f);
        content.newLineAtOffset(40.33f, 600.17f);
        content.showText("Plain text, 2023: 125 cases.");
        content.setCharacterSpacing(0.7f);
        content.setWordSpacing(2.1f);
        content.newLineAtOffset(0, -18.4f);
        content.showText("Spaced and word spaced.");
        content.setHorizontalScaling(83.5f);
        content.setTextRise(2.2f);
        content.newLineAtOffset(0, -18.4f);
        content.showTextWithPositioning(new Object[] {"Ke", -120f, "rned ", 250.5f, "TJ"});
        content.setFont(liberation, 9.7f);
        content.newLineAtOffset(0, -18.4f);
        content.showText("Type 0 font, embedded: 15.8 and 1,338.");
        content.setTextMatrix(new Matrix(0.9f, 0.05f, -0.05f, 1.1f, 101.1f, 333.3f)); // slightly sheared
        content.showText("Sheared but upright.");
        content.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 300, 300)); // turned: left to PDFBox
        content.showText("Rotated text.");
        content.endText();
      }
      PDPage rotated = new PDPage(PDRectangle.A4);
      rotated.setRotation(90);
      document.addPage(rotated);
      PDPage cropped = new PDPage(PDRectangle.A4);
      cropped.setCropBox(new PDRectangle(30, 40, 500, 700));
      document.addPage(cropped);
      for (PDPage other : List.of(rotated, cropped)) {
        try (PDPageContentStream content = new PDPageContentStream(document, other)) {
          content.beginText();
          content.setFont(helvetica, 12);
          content.newLineAtOffset(100, 500);
          content.showText("Left to PDFBox.");
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      byte[] pdf = out.toByteArray();

      // the first page's glyphs but the rotated line's, none of the other pages'
      int measured = assertSameGlyphs(pdf);
      List<List<Glyph>> glyphs = collect(pdf, false).pages;
      long rotatedLine = "Rotatedtext.".length();
      assertThat(measured).isEqualTo(glyphs.get(0).size() - rotatedLine);
      assertThat(glyphs.get(1)).hasSize("LefttoPDFBox.".length());
      assertThat(glyphs.get(2)).hasSize("LefttoPDFBox.".length());
    }
  }
}
