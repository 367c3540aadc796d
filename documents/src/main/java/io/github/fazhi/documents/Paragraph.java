package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

/**
 * A paragraph (段落): running text, with a PDF's hard-wrapped lines joined back into one paragraph. A line
 * break the file itself made inside a paragraph (an HTML {@code <br>}) stays a {@code '\n'}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param text  the paragraph's text, not null; equal to the document's text at {@code span}
 * @param span  where the paragraph is in the document's text, not null
 */
public record Paragraph(String text, TextSpan span) implements Block {
  /**
   * Checks the paragraph.
   *
   * @param text  see the record's description
   * @param span  see the record's description
   * @throws IllegalArgumentException if the text's length is not the span's
   */
  public Paragraph {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    checkLength(text, span);
  }

  static void checkLength(String text, TextSpan span) {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text length (" + text.length() + ") must be the span's (" + span.length() + ")");
    }
  }
}
