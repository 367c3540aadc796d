package io.github.fazhi.documents;

import static java.util.Objects.requireNonNull;

/**
 * A heading (标题): a title or a section's heading, as the file marked it (an HTML {@code <h1>}–{@code <h6>},
 * a Word heading style, a Markdown {@code #}), or a PDF line set in a larger type than the body.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level  1 for the largest heading, up to 6
 * @param text  the heading's text as written, not null; equal to the document's text at {@code span}
 * @param span  where the heading is in the document's text, not null
 */
public record Heading(int level, String text, TextSpan span) implements Block {
  /**
   * Checks the heading.
   *
   * @param level  see the record's description
   * @param text  see the record's description
   * @param span  see the record's description
   * @throws IllegalArgumentException if the level is not 1 to 6 or the text's length is not the span's
   */
  public Heading {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level (" + level + ") must be 1 to 6");
    }
    Paragraph.checkLength(text, span);
  }
}
