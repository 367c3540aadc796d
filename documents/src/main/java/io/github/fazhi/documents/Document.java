package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * What a report file says, before anyone interprets it (文档): its text, and the headings, paragraphs and
 * tables over that text, each with its span, so that every later span (a number, a cell) still points at
 * what was written.
 *
 * <h2>The text</h2>
 *
 * <p>For plain text the text is the file's, decoded (a byte order mark dropped, {@code \r\n} and {@code \r}
 * made {@code \n}). For the other formats it is written from the blocks, one after the other, each on its
 * own line(s): a heading's or paragraph's text, and each table row as one line of its cells parted by
 * tabs (the form the reader's table reader already reads).
 *
 * <h2>Guarantees</h2>
 *
 * <p>Blocks are in reading order and do not overlap; the text at a heading's, paragraph's or cell's span is
 * that block's or cell's text; every cell's span lies within its row's and every row's within its table's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Document {
  private final String name;
  private final DocumentFormat format;
  private final String text;
  private final List<Block> blocks;

  /**
   * Creates a document, checking that every span lies in the text and says what its block says.
   *
   * @param name  the file's name, not null
   * @param format  the format it was read from, not null
   * @param text  the text, not null
   * @param blocks  the blocks over the text, in order, not null
   * @throws IllegalArgumentException if a span is outside the text, blocks overlap or are out of order, or
   *     the text at a span is not its block's or cell's text
   */
  public Document(String name, DocumentFormat format, String text, List<Block> blocks) {
    this.name = requireNonNull(name, "name");
    this.format = requireNonNull(format, "format");
    this.text = requireNonNull(text, "text");
    this.blocks = List.copyOf(requireNonNull(blocks, "blocks"));
    check();
  }

  private void check() {
    List<String> problems = new ArrayList<>();
    int previousEnd = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      TextSpan span = block.span();
      if (span.end() > text.length()) {
        problems.add("block " + i + " ends at " + span.end() + ", past the text's " + text.length());
        continue;
      }
      if (span.start() < previousEnd) {
        problems.add("block " + i + " starts at " + span.start() + ", before the previous block's end " + previousEnd);
      }
      previousEnd = span.end();
      if (block instanceof Heading heading) {
        expect(problems, "heading " + i, heading.text(), span);
      } else if (block instanceof Paragraph paragraph) {
        expect(problems, "paragraph " + i, paragraph.text(), span);
      } else if (block instanceof Table table) {
        for (Row row : table.rows()) {
          if (!row.span().within(span)) {
            problems.add("a row of table " + i + " at " + row.span() + " is outside the table's " + span);
          }
          for (Cell cell : row.cells()) {
            if (!cell.span().within(row.span())) {
              problems.add("a cell of table " + i + " at " + cell.span() + " is outside its row's " + row.span());
            } else {
              expect(problems, "cell (" + cell.row() + ", " + cell.column() + ") of table " + i, cell.text(),
                  cell.span());
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("document " + name + ": " + String.join("; ", problems));
    }
  }

  private void expect(List<String> problems, String what, String written, TextSpan span) {
    if (span.end() <= text.length() && !text.regionMatches(span.start(), written, 0, written.length())) {
      problems.add(what + ": the text at " + span + " is not \"" + written + "\"");
    }
  }

  /**
   * Returns the name of the file this document was read from.
   *
   * @return the name as given, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the format this document was read from.
   *
   * @return the format, never null
   */
  public DocumentFormat format() {
    return format;
  }

  /**
   * Returns the document's text: what every span refers to.
   *
   * @return the text, never null
   */
  public String text() {
    return text;
  }

  /**
   * Returns the text at a span.
   *
   * @param span  a span within the text, not null
   * @return the characters it covers, never null
   * @throws IndexOutOfBoundsException if the span ends past the text
   */
  public String text(TextSpan span) {
    return text.substring(span.start(), span.end());
  }

  /**
   * Returns the blocks, in reading order.
   *
   * @return the blocks, never null
   */
  public List<Block> blocks() {
    return blocks;
  }

  /**
   * Returns the tables, in reading order.
   *
   * @return the tables among the blocks, never null
   */
  public List<Table> tables() {
    List<Table> tables = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Table table) {
        tables.add(table);
      }
    }
    return List.copyOf(tables);
  }

  @Override
  public String toString() {
    return "Document[" + name + ", " + format + ", " + text.length() + " chars, " + blocks.size() + " blocks]";
  }
}
