package io.github.fazhi.documents;

/**
 * One block of a document (文档块): a {@link Heading}, a {@link Paragraph} or a {@link Table}, with the
 * span of the document's text it was written as. Blocks follow each other in the text, in reading order,
 * and do not overlap.
 */
public sealed interface Block permits Heading, Paragraph, Table {
  /**
   * Returns where this block is in the document's text.
   *
   * @return the span, never null
   */
  TextSpan span();
}
