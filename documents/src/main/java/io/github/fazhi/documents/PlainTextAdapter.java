package io.github.fazhi.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text (纯文本): decoded by {@link TextDecoder}, line breaks made {@code \n}; the text is kept as it is
 * and each non-blank line is a paragraph over it (a text file marks neither headings nor tables).
 */
final class PlainTextAdapter {
  private PlainTextAdapter() {}

  static Document read(byte[] bytes, String fileName) throws DocumentException {
    String text = lineBreaks(TextDecoder.decode(bytes, null, fileName).text());
    return new Document(fileName, DocumentFormat.TEXT, text, lines(text));
  }

  static String lineBreaks(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** One paragraph per non-blank line, without the line's leading and trailing spaces. */
  static List<Block> lines(String text) {
    List<Block> blocks = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int start = lineStart;
      int end = lineEnd;
      while (start < end && isSpace(text.charAt(start))) {
        start++;
      }
      while (end > start && isSpace(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        blocks.add(new Paragraph(text.substring(start, end), new TextSpan(start, end)));
      }
      lineStart = lineEnd + 1;
    }
    return blocks;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff';
  }
}
