package io.github.fazhi.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * A web page (网页) through jsoup: decoded by the charset it declares (byte order mark, then
 * {@code <meta charset>} or {@code <meta http-equiv content="…; charset=…">}, GB2312 read as GB18030), else
 * detected; the site's chrome dropped (scripts, styles, navigation, headers, footers, forms, share bars,
 * and "related articles" lists, whose numbers belong to other articles); the report's body is the usual
 * content container holding most of the page's text. Headings {@code <h1>}–{@code <h6>} become headings,
 * tables become tables with {@code rowspan}/{@code colspan} placed on the grid as a browser places them,
 * and the rest paragraphs ({@code <br>} a line break within one). A table holding tables is a layout,
 * read as the blocks inside it.
 */
final class HtmlAdapter {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private static final String CHROME = "script, style, noscript, template, nav, header, footer, iframe, form, select, "
      + "button, input, textarea, aside, "
      + "[class~=(?i)(^|[-_ ])(nav|menu|footer|header|breadcrumb|share|crumb|related|relate|xgwz|xgxx|xglj|tuijian|"
      + "recommend|sidebar)([-_ ]|$)], "
      + "[id~=(?i)(^|[-_ ])(nav|menu|footer|header|breadcrumb|share|crumb|related|relate|xgwz|xgxx|xglj|tuijian|"
      + "recommend|sidebar)([-_ ]|$)]";

  private static final Pattern RELATED_TITLE = Pattern.compile("^\\s*(相关(文章|链接|阅读|新闻|信息|稿件|文件|推荐)|相关|推荐阅读|延伸阅读)\\s*[:：]?\\s*$");

  private static final String CONTENT = "article, #zoom, .zoom, .content, .article, .TRS_Editor, #content, .detail, "
      + ".main, main";

  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "section", "article", "pre",
      "blockquote", "dl", "dt", "dd", "center", "main", "body", "figure", "figcaption", "address", "hr", "table",
      "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "tbody", "thead", "tfoot", "caption");

  private static final int MAX_DEPTH = 256;
  private static final int SNIFF_BYTES = 4096;

  private HtmlAdapter() {}

  static Document read(byte[] bytes, String fileName) throws DocumentException {
    String text = TextDecoder.decode(bytes, declaredCharset(bytes), fileName).text();
    org.jsoup.nodes.Document page = Jsoup.parse(text, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    page.select(CHROME).remove();
    removeRelatedLists(page.body());
    Element body = page.body();
    Element content = largest(body.select(CONTENT), body);
    DocumentBuilder document = new DocumentBuilder();
    Element title = page.selectFirst("h1");
    if (title != null && !content.text().contains(title.text())) {
      document.heading(1, title.text());
    }
    new Walk(document).block(content);
    return document.build(fileName, DocumentFormat.HTML);
  }

  /** The charset a page declares in its first bytes, or null. */
  static @Nullable String declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? meta.group(1) : null;
  }

  /** A "相关文章" title and the list after it: links to other articles, with their own numbers. */
  private static void removeRelatedLists(Element body) {
    List<Element> titles = new ArrayList<>();
    for (Element element : body.getAllElements()) {
      if (element.childrenSize() <= 1 && RELATED_TITLE.matcher(element.text()).matches()) {
        titles.add(element);
      }
    }
    for (Element title : titles) {
      Element list = title.nextElementSibling();
      if (list != null && (list.is("ul, ol, dl") || (list.select("a").size() >= 2 && list.select("table").isEmpty()))) {
        list.remove();
      }
      title.remove();
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

  /** Walks the content, flushing runs of inline text as paragraphs between blocks. */
  private static final class Walk {
    private final DocumentBuilder document;
    private final StringBuilder inline = new StringBuilder();

    Walk(DocumentBuilder document) {
      this.document = document;
    }

    void block(Element element) {
      String tag = element.normalName();
      if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
        flush();
        document.heading(tag.charAt(1) - '0', element.text());
        return;
      }
      if (tag.equals("table") && element.selectFirst("table table") == null && element.select("table").size() == 1) {
        flush();
        document.table(grid(element));
        return;
      }
      for (Node child : element.childNodes()) {
        if (child instanceof TextNode textNode) {
          inline.append(textNode.text());
        } else if (child instanceof Element childElement) {
          if (childElement.normalName().equals("br")) {
            inline.append('\n');
          } else if (BLOCKS.contains(childElement.normalName()) || hasBlock(childElement)) {
            flush();
            block(childElement);
            flush();
          } else {
            inlineText(childElement, inline);
          }
        }
      }
      flush();
    }

    private void flush() {
      if (inline.length() > 0) {
        document.paragraph(inline.toString());
        inline.setLength(0);
      }
    }
  }

  private static boolean hasBlock(Element element) {
    Elements all = element.getAllElements();
    for (int i = 1; i < all.size(); i++) { // the first is the element itself
      if (BLOCKS.contains(all.get(i).normalName())) {
        return true;
      }
    }
    return false;
  }

  /** An inline element's text, {@code <br>} as a line break. */
  private static void inlineText(Element element, StringBuilder out) {
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode textNode) {
        out.append(textNode.text());
      } else if (node instanceof Element child) {
        if (child.normalName().equals("br")) {
          out.append('\n');
        } else {
          inlineText(child, out);
        }
      }
    }
  }

  /** A data table's cells on the grid, as a browser places {@code rowspan} and {@code colspan}. */
  private static TableGrid grid(Element table) {
    TableGrid grid = new TableGrid();
    for (Element row : table.select("tr")) {
      grid.newRow();
      for (Element cell : row.children()) {
        if (cell.is("td, th")) {
          grid.placeNextFree(cell.text(), span(cell, "rowspan"), span(cell, "colspan"));
        }
      }
    }
    return grid;
  }

  private static int span(Element cell, String attribute) {
    String value = cell.attr(attribute).strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < value.length() && end < 6 && Character.isDigit(value.charAt(end))) {
      end++;
    }
    return end == 0 ? 1 : Integer.parseInt(value.substring(0, end));
  }
}
