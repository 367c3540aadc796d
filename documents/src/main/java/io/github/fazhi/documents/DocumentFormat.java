package io.github.fazhi.documents;

/** The kind of file a document was read from (文件格式). */
public enum DocumentFormat {
  /** Plain text in UTF-8, UTF-16, GB18030/GBK/GB2312 or Big5. */
  TEXT,
  /** A web page. */
  HTML,
  /** A PDF with a text layer. */
  PDF,
  /** A Word 2007+ document ({@code .docx}). */
  DOCX,
  /** A Word 97–2003 document ({@code .doc}). */
  DOC,
  /** Markdown, with pipe tables. */
  MARKDOWN
}
