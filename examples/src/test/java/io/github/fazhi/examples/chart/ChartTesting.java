package io.github.fazhi.examples.chart;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Helpers for the chart tests: parsing SVG, the external renderer, and looking at pixels. */
public final class ChartTesting {
  /** Where rendered charts are left for a person to look at. */
  public static final Path OUT = Path.of("target", "charts");

  private ChartTesting() {}

  /** The {@code <text>} elements of an SVG document. */
  public static List<Element> texts(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new InputSource(new java.io.StringReader(svg)));
    NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    List<Element> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add((Element) nodes.item(i));
    }
    return texts;
  }

  /** Whether a command runs on this machine. */
  public static boolean has(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0 && !out.isBlank();
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Whether rsvg-convert and a Chinese font (through fontconfig) are there. */
  public static boolean canRenderChinese() {
    return has("rsvg-convert", "--version") && has("fc-list", ":lang=zh", "file");
  }

  /** Renders an SVG file into a PNG with rsvg-convert. */
  public static void rsvg(Path svg, Path png) throws Exception {
    Process process = new ProcessBuilder("rsvg-convert", "-o", png.toString(), svg.toString())
        .redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("rsvg-convert failed: " + out);
    }
  }

  /** Writes a file under {@link #OUT}, creating the folder. */
  public static Path out(String name) throws IOException {
    Files.createDirectories(OUT);
    return OUT.resolve(name);
  }

  /** How many pixels of a region are dark (ink), each channel below 160. */
  public static int ink(BufferedImage image, int x0, int y0, int x1, int y1) {
    int dark = 0;
    for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xFF) < 160 && ((rgb >> 8) & 0xFF) < 160 && (rgb & 0xFF) < 160) {
          dark++;
        }
      }
    }
    return dark;
  }
}
