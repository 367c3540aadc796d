package io.github.fazhi.reader;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.fazhi.Path;
import io.github.fazhi.documents.Document;
import io.github.fazhi.documents.DocumentFormat;
import io.github.fazhi.documents.Table;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.opengov.OpenGovLayout;
import io.github.fazhi.reader.OpenGovInfoTableReader.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The three tables of a 政府信息公开 report read from a {@link Document}: from its real tables (表格) where
 * the format has them — a web page's, a Word file's (.docx, .doc) and a Markdown table's rows and grid
 * columns, merged cells resolved by their spans ({@link TableTokens}, {@link DisputeGrid}) — and from the
 * document's text ({@link OpenGovInfoTableReader#readText}) only where it must: plain text, a PDF (whose
 * adapter gives each row's cells as printed, not a grid), and any of the three tables not found among the
 * real tables. Every span refers to {@link Document#text()}.
 *
 * <p>Nothing is guessed: a cell that cannot be placed is listed unread with its reason.
 *
 * <p>Stateless and thread-safe.
 */
final class DocumentTables {
  /** The formats whose adapters give tables on a grid. */
  private static final Set<DocumentFormat> GRID_FORMATS =
      EnumSet.of(DocumentFormat.HTML, DocumentFormat.DOCX, DocumentFormat.DOC, DocumentFormat.MARKDOWN);

  private static final Path PROACTIVE = OpenGovInfo.PROACTIVE_PATH;
  private static final Path APPLICATIONS = OpenGovInfo.APPLICATIONS_PATH;
  private static final Path DISPUTES = OpenGovInfo.DISPUTES_PATH;

  private DocumentTables() {}

  /**
   * Reads the tables of a document.
   *
   * @param document  the document
   * @param fallback  the layout to assume when no header or row names one
   * @return the tables, their cells' spans in the document's text and what was not read; never null
   */
  static OpenGovInfoTables read(Document document, OpenGovLayout fallback) {
    String source = document.text();
    OpenGovInfoTables text = OpenGovInfoTableReader.readText(source, fallback);
    if (!GRID_FORMATS.contains(document.format()) || document.tables().isEmpty()) {
      return text;
    }
    List<Token> tokens = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Optional<DisputeGrid.Read> disputes = Optional.empty();
    for (Table table : document.tables()) {
      tokens.addAll(TableTokens.of(table, notes));
      if (disputes.isEmpty()) {
        disputes = DisputeGrid.read(table, source);
      }
    }
    OpenGovInfoTables grid = OpenGovInfoTableReader.readTokens(source, tokens, fallback);
    return combine(text, grid, notes, disputes);
  }

  /** Each table from the real tables when they hold it, else from the text (when its layout agrees). */
  private static OpenGovInfoTables combine(OpenGovInfoTables text, OpenGovInfoTables grid, List<String> notes,
      Optional<DisputeGrid.Read> disputes) {
    OpenGovInfo fromGrid = grid.info();
    boolean gridHasTables = fromGrid.applications().isPresent() || fromGrid.proactive().isPresent();
    OpenGovLayout layout = gridHasTables ? fromGrid.layout() : text.info().layout();
    boolean textAgrees = text.info().layout() == layout;
    OpenGovInfo.Builder info = OpenGovInfo.builder().layout(layout);
    Map<Path, Span> spans = new LinkedHashMap<>();
    List<String> unread = new ArrayList<>();

    OpenGovInfoTables proactive = fromGrid.proactive().isPresent() || !textAgrees ? grid : text;
    proactive.info().proactive().ifPresent(info::proactive);
    take(proactive, PROACTIVE, "Table A", spans, unread);

    boolean applicationsFromGrid = fromGrid.applications().isPresent() || !textAgrees;
    OpenGovInfoTables applications = applicationsFromGrid ? grid : text;
    applications.info().applications().ifPresent(info::applications);
    take(applications, APPLICATIONS, "Table B", spans, unread);
    if (applicationsFromGrid) {
      notes.stream().filter(line -> line.startsWith("Table B")).forEach(unread::add);
    }

    if (disputes.isPresent()) {
      disputes.get().table().ifPresent(info::disputes);
      spans.putAll(disputes.get().spans());
      unread.addAll(disputes.get().unread());
    } else {
      OpenGovInfoTables from = fromGrid.disputes().isPresent() ? grid : text;
      from.info().disputes().ifPresent(info::disputes);
      take(from, DISPUTES, "Table C", spans, unread);
    }
    return new OpenGovInfoTables(info.build(), ImmutableMap.copyOf(spans), ImmutableList.copyOf(unread));
  }

  private static void take(OpenGovInfoTables from, Path pathPrefix, String linePrefix, Map<Path, Span> spans,
      List<String> unread) {
    from.spans().forEach((path, span) -> {
      if (path.startsWith(pathPrefix)) {
        spans.put(path, span);
      }
    });
    from.unread().stream().filter(line -> line.startsWith(linePrefix)).forEach(unread::add);
  }
}
