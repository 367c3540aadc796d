package io.github.fazhi.reader;

import static java.util.Objects.requireNonNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Extracts a report's text from a government web page (网页正文) with jsoup: scripts, styles, navigation,
 * headers and footers are dropped; the report's body is the element holding most of the page's text among
 * the usual content containers; paragraphs, headings, {@code <br>} and table rows become lines, and table
 * cells are separated by a tab (a cell's own text stays on one line).
 */
public final class HtmlText {
  private static final String DROPPED =
      "script, style, noscript, nav, header, footer, iframe, form, select, button, "
          + "[class~=(?i)(nav|menu|footer|header|breadcrumb|share|crumb)], "
          + "[id~=(?i)(nav|menu|footer|header|breadcrumb|share|crumb)]";

  private static final String BLOCKS = "p, div, h1, h2, h3, h4, h5, h6, li, tr, br, table, section, article, pre";

  private static final int MAX_DEPTH = 256;

  private HtmlText() {}

  /**
   * Returns whether a text looks like an HTML page rather than plain text.
   *
   * @param text  the text, not null
   * @return true when its first non-blank character opens a tag
   */
  public static boolean looksLikeHtml(String text) {
    requireNonNull(text, "text");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Region.isBlank(c)) {
        return c == '<';
      }
    }
    return false;
  }

  /**
   * Extracts the text of a page's main content, one line per paragraph or table row.
   *
   * @param html  the page, not null
   * @return the text, never null
   */
  public static String extract(String html) {
    requireNonNull(html, "html");
    // a page nested deeper than this is not a report's page; the limit keeps parsing linear
    Document page = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    page.select(DROPPED).remove();
    Element body = page.body();
    Element content = largest(body.select("article, #zoom, .zoom, .content, .article, .TRS_Editor, #content, "
        + ".detail, .main, main"), body);
    flattenCells(content);
    StringBuilder out = new StringBuilder();
    Element title = page.selectFirst("h1");
    if (title != null && !content.text().contains(title.text())) {
      out.append(title.text()).append('\n');
    }
    append(content, out);
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  /**
   * Puts each table cell's text on one line (a {@code <p>} or {@code <br>} inside a cell would otherwise
   * split it), so that a row's cells stay on its line, parted by tabs; a cell holding a table (a page's
   * layout) is left alone.
   */
  private static void flattenCells(Element content) {
    for (Element cell : content.select("td, th")) {
      if (cell.selectFirst("table") == null && !cell.children().isEmpty()) {
        String text = cell.text();
        cell.empty().appendText(text);
      }
    }
  }

  private static Element largest(Elements candidates, Element fallback) {
    Element best = fallback;
    int bestLength = -1;
    int bodyLength = fallback.text().length();
    for (Element candidate : candidates) {
      int length = candidate.text().length();
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    return bestLength * 3 >= bodyLength ? best : fallback;
  }

  private static void append(Node node, StringBuilder out) {
    // an explicit stack, so that deeply nested pages cannot overflow the call stack
    java.util.ArrayDeque<Object> stack = new java.util.ArrayDeque<>();
    stack.push(node);
    while (!stack.isEmpty()) {
      Object next = stack.pop();
      if (next instanceof String) {
        out.append((String) next);
        continue;
      }
      Node current = (Node) next;
      if (current instanceof TextNode) {
        out.append(((TextNode) current).text());
        continue;
      }
      if (!(current instanceof Element)) {
        continue;
      }
      Element element = (Element) current;
      String tag = element.normalName();
      boolean block = element.is(BLOCKS);
      if (tag.equals("td") || tag.equals("th")) {
        stack.push("\t");
      } else if (block) {
        stack.push("\n");
      }
      for (int i = element.childNodeSize() - 1; i >= 0; i--) {
        stack.push(element.childNode(i));
      }
      if (block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }
  }
}
