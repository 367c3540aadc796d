/**
 * fazhi-documents: report files as published (text in any Chinese encoding, web pages, PDF, Word .docx and
 * .doc, Markdown) read into documents of headings, paragraphs and tables, each tied to its span in the
 * document's text.
 */
module io.github.fazhi.documents {
  requires org.jsoup;
  requires org.apache.pdfbox;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.poi.scratchpad;
  requires com.github.albfernandez.juniversalchardet;
  requires static org.jspecify;

  exports io.github.fazhi.documents;
}
