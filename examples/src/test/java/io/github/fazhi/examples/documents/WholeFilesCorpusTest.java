package io.github.fazhi.examples.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.fazhi.Report;
import io.github.fazhi.ReportKind;
import io.github.fazhi.check.Finding;
import io.github.fazhi.check.ReportChecker;
import io.github.fazhi.check.Severity;
import io.github.fazhi.documents.DocumentException;
import io.github.fazhi.documents.Documents;
import io.github.fazhi.opengov.ApplicantColumn;
import io.github.fazhi.opengov.ApplicationRow;
import io.github.fazhi.opengov.DisputeBlock;
import io.github.fazhi.opengov.DisputeColumn;
import io.github.fazhi.opengov.OpenGovInfo;
import io.github.fazhi.reader.Draft;
import io.github.fazhi.reader.Hints;
import io.github.fazhi.reader.ReportReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 22's whole-file corpus (docs/reader.md, "Whole files"): real report pages turned into the files people
 * download (crawled {@code .txt}, GBK {@code .html}, {@code .pdf}, {@code .docx}, {@code .md}), our own
 * lookalike of a whole 政府信息公开 report with Tables B and C, and a scanned PDF, read as the command line reads
 * them — fazhi-documents, then the reader — with no hints. The files stay outside the repository: they are read
 * from the folder named by the system property {@code fazhi.wholeFiles} or the environment variable
 * {@code FAZHI_WHOLE_FILES} (default {@code ../../wholefiles-corpus/files}), and the test is skipped, with the
 * reason, when it is absent. The expected facts are in {@code whole-files-corpus.tsv} beside this class.
 *
 * <p>The tuning half must be read right throughout. The measuring half's figures and round 3's (pages gathered
 * after the first fixes, measured once held out, then its misses fixed) are pinned as measured, so that a change —
 * better or worse — shows here and is carried into docs/reader.md. No file may give an error-level finding that is
 * not among the inconsistencies it is known to contain.
 */
class WholeFilesCorpusTest {

  private record Page(String stem, String url, String place, int year, ReportKind kind, String round) {
    /**
     * Round 3 was gathered after the first fixes and measured once held out whole (its misses then fixed); rounds
     * 1 and 2 are split by the URL's hash.
     */
    boolean roundThree() {
      return round.equals("3");
    }

    boolean tuning() {
      try {
        byte first = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8))[0];
        return (first & 1) == 0;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private record Cell(String table, String row, String column) {}

  /** What one half gives: files, files with place/year/kind right, cells right/wrong/unread, errors flagged. */
  private static final class Score {
    int files;
    int identityRight;
    int cells;
    int cellsRight;
    int cellsWrong;
    int errors;
    int errorsFlagged;
    /** Error-level findings whose rule is not among the inconsistencies the file is known to contain. */
    int errorsNotInTheDocuments;
    final List<String> misses = new ArrayList<>();

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "files %d, place/year/kind right %d; cells %d right %d wrong %d; errors %d "
          + "flagged %d, %d not in the documents; misses %s", files, identityRight, cells, cellsRight, cellsWrong,
          errors, errorsFlagged, errorsNotInTheDocuments, misses);
    }
  }

  private final Map<String, Page> pages = new LinkedHashMap<>();
  private final Map<String, Map<Cell, Long>> cells = new HashMap<>();
  private final Map<String, Set<String>> errors = new HashMap<>();
  private final Set<String> scanned = new HashSet<>();

  private void load() throws IOException {
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("whole-files-corpus.tsv"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "page" -> pages.put(f[1], new Page(f[1], f[2], f[3], Integer.parseInt(f[4]),
              ReportKind.valueOf(f[5].toUpperCase(Locale.ROOT)), f[6]));
          case "cell" -> cells.computeIfAbsent(f[1], k -> new LinkedHashMap<>())
              .put(new Cell(f[2], f[3], f[4]), Long.parseLong(f[5]));
          case "error" -> errors.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[2]);
          case "scanned" -> scanned.add(f[1]);
          default -> throw new IllegalArgumentException("unknown line: " + line);
        }
      }
    }
  }

  private static OptionalLong cell(Report report, Cell cell) {
    OpenGovInfo info = report.openGovInfo().orElse(null);
    if (info == null) {
      return OptionalLong.empty();
    }
    if (cell.table().equals("B")) {
      return info.applications().map(t -> t.cell(ApplicationRow.valueOf(cell.row().toUpperCase(Locale.ROOT)),
          ApplicantColumn.valueOf(cell.column().toUpperCase(Locale.ROOT)))).orElse(OptionalLong.empty());
    }
    return info.disputes().map(t -> t.cell(DisputeBlock.valueOf(cell.row().toUpperCase(Locale.ROOT)),
        DisputeColumn.valueOf(cell.column().toUpperCase(Locale.ROOT)))).orElse(OptionalLong.empty());
  }

  private void score(Path file, Page page, Score score) throws IOException {
    score.files++;
    Draft draft = ReportReader.standard().read(Documents.read(file), Hints.none());
    Report report = draft.report().orElse(null);
    if (report == null) {
      score.misses.add(file.getFileName() + ": no report " + draft.undetermined());
    } else if (report.jurisdiction().map(j -> j.name().equals(page.place())).orElse(false)
        && report.year().getValue() == page.year() && report.kind() == page.kind()) {
      score.identityRight++;
    } else {
      score.misses.add(file.getFileName() + ": " + report.jurisdiction().map(j -> j.name()).orElse("?") + "/"
          + report.year() + "/" + report.kind());
    }
    for (Map.Entry<Cell, Long> expected : cells.getOrDefault(page.stem(), Map.of()).entrySet()) {
      score.cells++;
      OptionalLong read = report == null ? OptionalLong.empty() : cell(report, expected.getKey());
      if (read.isPresent() && read.getAsLong() == expected.getValue()) {
        score.cellsRight++;
      } else if (read.isPresent()) {
        score.cellsWrong++;
      }
    }
    Set<String> expectedErrors = errors.getOrDefault(page.stem(), Set.of());
    score.errors += expectedErrors.size();
    if (report != null) {
      Set<String> flagged = new HashSet<>();
      for (Finding finding : ReportChecker.standard().check(report)) {
        if (finding.severity() == Severity.ERROR) {
          flagged.add(finding.ruleId());
          if (!expectedErrors.contains(finding.ruleId())) {
            score.errorsNotInTheDocuments++;
            score.misses.add(file.getFileName() + ": " + finding.ruleId() + " " + finding.message());
          }
        }
      }
      score.errorsFlagged += (int) expectedErrors.stream().filter(flagged::contains).count();
    }
  }

  @Test
  void wholeFiles_readWithNoHints() throws IOException {
    Path folder = Path.of(System.getProperty("fazhi.wholeFiles",
        System.getenv().getOrDefault("FAZHI_WHOLE_FILES", "../../wholefiles-corpus/files")));
    assumeTrue(Files.isDirectory(folder), "no whole-file corpus at " + folder.toAbsolutePath());
    load();
    Score tuning = new Score();
    Score measuring = new Score();
    Score round3 = new Score();
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String stem = name.substring(0, name.lastIndexOf('.'));
      if (scanned.contains(stem)) {
        assertThatThrownBy(() -> Documents.read(file)).isInstanceOf(DocumentException.class)
            .hasMessageContaining("no text layer: a scanned document");
        continue;
      }
      Page page = pages.get(stem);
      if (page != null) {
        score(file, page, page.roundThree() ? round3 : page.tuning() ? tuning : measuring);
      }
    }
    assumeTrue(tuning.files + measuring.files + round3.files > 0,
        "none of the corpus files is at " + folder.toAbsolutePath());

    assertThat(tuning.identityRight).as(tuning.toString()).isEqualTo(tuning.files);
    assertThat(tuning.cellsWrong).as(tuning.toString()).isZero();
    assertThat(tuning.errorsNotInTheDocuments).as(tuning.toString()).isZero();
    // the measuring half as measured on 2026-12-07 (docs/reader.md), after the fixes of its own misses: change both
    // together
    assertThat(measuring.files).as(measuring.toString()).isEqualTo(61);
    assertThat(measuring.identityRight).as(measuring.toString()).isEqualTo(61);
    assertThat(measuring.cells).as(measuring.toString()).isEqualTo(1006);
    // 1006 since the PDF fixes tuned on round 4 (docs/reader.md, "Round 4 as tuning material"): 999 before
    assertThat(measuring.cellsRight).as(measuring.toString()).isEqualTo(1006);
    assertThat(measuring.cellsWrong).as(measuring.toString()).isZero();
    assertThat(measuring.errorsFlagged).as(measuring.toString()).isEqualTo(measuring.errors);
    assertThat(measuring.errorsNotInTheDocuments).as(measuring.toString()).isZero();
    // round 3, measured once held out (45 of 54 right, docs/reader.md), then its misses fixed: no longer a measure,
    // as measured on 2026-12-07 after those fixes; change both together
    assertThat(round3.files).as(round3.toString()).isEqualTo(54);
    assertThat(round3.identityRight).as(round3.toString()).isEqualTo(54);
    assertThat(round3.cellsWrong).as(round3.toString()).isZero();
    assertThat(round3.errorsNotInTheDocuments).as(round3.toString()).isZero();
  }
}
