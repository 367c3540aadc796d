package io.github.fazhi.examples.chart;

import io.github.fazhi.examples.chart.Drawing.Element;
import io.github.fazhi.examples.chart.Drawing.Line;
import io.github.fazhi.examples.chart.Drawing.Rect;
import io.github.fazhi.examples.chart.Drawing.Text;
import io.github.fazhi.examples.files.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Paints a {@link BarChart} into a PNG, for pasting into a document: the layout of {@link SvgChart} at
 * twice its size ({@value #SCALE}×, 1600 pixels wide) and marked as {@value #DPI} dots per inch, so a word
 * processor shows it at the size of the SVG (8⅓ inches, which it shrinks to the text width) and it stays
 * sharp when printed. The text is painted with a font from {@link ChineseFont}, chosen by the caller.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PngChart {
  /** How many image pixels one CSS pixel of the layout takes. */
  public static final int SCALE = 2;
  /** The resolution written into the PNG (its {@code pHYs} chunk). */
  public static final int DPI = 96 * SCALE;

  private PngChart() {}

  /**
   * Paints the chart.
   *
   * @param chart  the chart, not null
   * @param font  a font that draws every string of the chart (see {@link ChineseFont#find(String)}); its size
   *     does not matter
   * @return the image, {@value #SCALE} times the layout's size; never null
   */
  public static BufferedImage paint(BarChart chart, Font font) {
    Drawing drawing = ChartLayout.lay(chart);
    BufferedImage image = new BufferedImage(drawing.width() * SCALE, drawing.height() * SCALE,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(SCALE, SCALE);
      g.setStroke(new BasicStroke(1f));
      for (Element element : drawing.elements()) {
        if (element instanceof Rect r) {
          g.setColor(new Color(r.rgb()));
          g.fill(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
        } else if (element instanceof Line l) {
          g.setColor(new Color(l.rgb()));
          g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        } else if (element instanceof Text t) {
          Font sized = font.deriveFont(t.bold() ? Font.BOLD : Font.PLAIN, (float) t.size());
          g.setFont(sized);
          g.setColor(new Color(t.rgb()));
          FontMetrics metrics = g.getFontMetrics();
          double width = metrics.getStringBounds(t.text(), g).getWidth();
          double x = switch (t.anchor()) {
            case START -> t.x();
            case MIDDLE -> t.x() - width / 2;
            case END -> t.x() - width;
          };
          g.drawString(t.text(), (float) x, (float) t.y());
        }
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * Writes an image as a PNG marked as {@value #DPI} dots per inch, whole or not at all ({@link AtomicFiles}).
   *
   * @param image  the image, not null
   * @param file  where to write it, not null
   * @throws IOException if the file cannot be written (an {@link io.github.fazhi.examples.files.OutputException}
   *     naming it); an existing file is then left as it was
   */
  public static void write(BufferedImage image, Path file) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IOException("this Java has no PNG writer");
    }
    ImageWriter writer = writers.next();
    try {
      AtomicFiles.write(file, bytes -> {
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
          ImageWriteParam param = writer.getDefaultWriteParam();
          IIOMetadata metadata =
              writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
          resolution(metadata);
          writer.setOutput(out);
          writer.write(null, new IIOImage(image, null, metadata), param);
        }
      });
    } finally {
      writer.dispose();
    }
  }

  private static void resolution(IIOMetadata metadata) throws IIOInvalidTreeException {
    String pixelsPerMetre = Long.toString(Math.round(DPI / 0.0254));
    IIOMetadataNode physical = new IIOMetadataNode("pHYs");
    physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
    physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
    physical.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(physical);
    metadata.mergeTree("javax_imageio_png_1.0", root);
  }
}
