/**
 * Report files as published, read into {@link io.github.fazhi.documents.Document}s (文档): the text of the
 * file and its headings, paragraphs and tables, each tied to its span in that text. Nothing here interprets
 * a report; the reader does that on a document's text and blocks.
 */
@NullMarked
package io.github.fazhi.documents;

import org.jspecify.annotations.NullMarked;
