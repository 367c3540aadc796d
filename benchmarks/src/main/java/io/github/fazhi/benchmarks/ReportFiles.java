package io.github.fazhi.benchmarks;

import io.github.fazhi.documents.testing.PdfDrawing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Report files for the reading benchmarks (issues 22 and 26): the generated 法治政府 report of
 * {@link ReaderBenchmark#report(int)} (our own sentences in the style of real reports) as UTF-8 text, and
 * drawn as a PDF of a given number of A4 pages the way the documents tests draw theirs
 * ({@link PdfDrawing}: a text layer of Chinese characters through a font's {@code ToUnicode} map, no system
 * font): the title centred, paragraphs hard-wrapped at 35 characters of 12 points, a running header and a
 * page number at the foot of every page, as in the PDFs governments publish. Each variant states one
 * number differently, so that no two files are the same.
 *
 * <p>{@code java -cp benchmarks.jar io.github.fazhi.benchmarks.ReportFiles DIR} writes the files the
 * benchmarks read into {@code DIR}, for timing {@code pdftotext} on the same files (docs/benchmarks.md):
 * {@code report-5.pdf}, {@code report-50.pdf}, and the folders {@code pdf/} and {@code txt/} of
 * {@value FolderReadingBenchmark#FILES} files each.
 */
public final class ReportFiles {
  private static final float LINE_WIDTH = 420;
  private static final float SIZE = 12;
  private static final float TOP = 90;
  private static final float BOTTOM = 760;

  private ReportFiles() {}

  /**
   * The report as text: about 20 KB of UTF-8, {@code variant} set in one of its numbers.
   *
   * @param variant  which variant, 0 or more
   * @return the text
   */
  static String text(int variant) {
    return vary(ReaderBenchmark.report(20_000), variant);
  }

  /**
   * The report drawn as a PDF of exactly {@code pages} pages, its text as long as fits.
   *
   * @param pages  the number of pages, at least 2
   * @param variant  which variant, 0 or more
   * @return the PDF's bytes
   */
  static byte[] pdf(int pages, int variant) {
    try {
      int bytes = pages * 3_900;
      for (int tries = 0; tries < 60 && bytes > 2_000; tries++) {
        PdfDrawing drawing = new PdfDrawing();
        int drawn = draw(drawing, vary(ReaderBenchmark.report(bytes), variant));
        if (drawn == pages) {
          return drawing.bytes();
        }
        // about 3,900 bytes of text a page: a big step when far off, small ones near
        bytes += Integer.signum(pages - drawn) * Math.max(300, Math.abs(pages - drawn) * 3_000);
      }
      throw new IllegalArgumentException("no text fills exactly " + pages + " pages");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String vary(String report, int variant) {
    return report.replace("集体学法12次", "集体学法" + (12 + variant) + "次");
  }

  /** Draws the text; returns the number of pages. */
  private static int draw(PdfDrawing pdf, String text) {
    List<String> lines = text.lines().filter(line -> !line.isBlank()).map(String::strip).toList();
    int page = 1;
    pdf.page();
    float y = TOP;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean title = line.endsWith("年度报告") && i < 3;
      if (line.startsWith("首页")) {
        continue; // the web page's breadcrumb is not in the PDF
      }
      if (y > BOTTOM - SIZE * 1.6f) {
        foot(pdf, page++);
        pdf.page();
        header(pdf);
        y = TOP;
      }
      if (title) {
        pdf.text(72 + (LINE_WIDTH - line.length() * 18) / 2, y, 18, line);
        y += 40;
        continue;
      }
      // line by line, a paragraph running over the page break as in a real report
      float lineX = 72 + 2 * SIZE;
      StringBuilder run = new StringBuilder();
      float used = 2 * SIZE;
      for (char c : line.toCharArray()) {
        float advance = c < 0x80 ? SIZE / 2 : SIZE;
        if (used + advance > LINE_WIDTH + 0.01f) {
          pdf.text(lineX, y, SIZE, run.toString());
          y += SIZE * 1.6f;
          if (y > BOTTOM) {
            foot(pdf, page++);
            pdf.page();
            header(pdf);
            y = TOP;
          }
          run.setLength(0);
          lineX = 72;
          used = 0;
        }
        run.append(c);
        used += advance;
      }
      if (run.length() > 0) {
        pdf.text(lineX, y, SIZE, run.toString());
        y += SIZE * 1.6f;
      }
      y += 6;
    }
    foot(pdf, page);
    return page;
  }

  private static void header(PdfDrawing pdf) {
    // not the title: the documents module drops a line repeated on every page, the title with it if they match
    pdf.text(230, 50, 9, "临江区人民政府办公室");
  }

  private static void foot(PdfDrawing pdf, int page) {
    pdf.text(290, 800, 10.5f, "- " + page + " -");
  }

  /**
   * Writes a folder of files, one per variant, named so that their order is the variants'.
   *
   * @param folder  the folder, made if missing
   * @param count  how many files
   * @param pdfPages  the pages of each PDF, or 0 for text files
   * @return the files, in order
   */
  static List<Path> folder(Path folder, int count, int pdfPages) throws IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path file = folder.resolve(String.format("report-%02d.%s", i, pdfPages == 0 ? "txt" : "pdf"));
      if (pdfPages == 0) {
        Files.writeString(file, text(i), StandardCharsets.UTF_8);
      } else {
        Files.write(file, pdf(pdfPages, i));
      }
      files.add(file);
    }
    return files;
  }

  /** Deletes a folder and what it holds. */
  static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * Writes the files the reading benchmarks read, for timing another tool on them.
   *
   * @param args  the folder to write into
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length == 0 ? "report-files" : args[0]);
    Files.createDirectories(dir);
    Files.write(dir.resolve("report-5.pdf"), pdf(5, 0));
    Files.write(dir.resolve("report-50.pdf"), pdf(50, 0));
    folder(dir.resolve("pdf"), FolderReadingBenchmark.FILES, FolderReadingBenchmark.PDF_PAGES);
    folder(dir.resolve("txt"), FolderReadingBenchmark.FILES, 0);
    System.out.println("written to " + dir.toAbsolutePath());
  }
}
