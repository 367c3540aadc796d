/**
 * fazhi-reader: reads annual reports as they are published (plain text, a government web page through
 * jsoup, or a fazhi-documents {@code Document} of any file format, its tables read from the document's real
 * tables) into draft fazhi reports, every number traced to its span in the source.
 */
module io.github.fazhi.reader {
  requires transitive io.github.fazhi;
  requires org.jsoup;
  // optional: read(Document, Hints) is called only by those who hold a Document, so have this module
  requires static transitive io.github.fazhi.documents;
  requires static org.jspecify;

  exports io.github.fazhi.reader;
}
