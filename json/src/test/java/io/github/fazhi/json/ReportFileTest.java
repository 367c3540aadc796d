package io.github.fazhi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.fazhi.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FazhiJson.readAll: every report of a file or a folder, one result per file. */
public class ReportFileTest extends ModuleTestBase {
  private static final String ONE = json("{$R}");
  private static final String TWO = json("{$R,'title':'二'}");

  /** Creates the test; public so that PackageSanityTests finds its testEquals. */
  public ReportFileTest() {}

  /** Equal sources, reports and errors make equal results (PackageSanityTests cannot build one). */
  @Test
  public void testEquals() throws Exception {
    Report one = readReport(ONE);
    new EqualsTester()
        .addEqualityGroup(new ReportFile("a", List.of(one), Optional.empty()),
            new ReportFile("a", new ArrayList<>(List.of(one)), Optional.empty()))
        .addEqualityGroup(new ReportFile("b", List.of(one), Optional.empty()))
        .addEqualityGroup(new ReportFile("a", List.of(one, one), Optional.empty()))
        .addEqualityGroup(new ReportFile("a", List.of(), Optional.of("a: holds no report")))
        .testEquals();
  }

  @TempDir
  Path folder;

  private Path write(String name, String text) throws Exception {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFile_givesItsReports_asOneReportAnArrayOrOnePerLine() throws Exception {
    Report one = readReport(ONE);
    Report two = readReport(TWO);
    Path single = write("single.json", ONE);
    Path array = write("array.json", "[" + ONE + "," + TWO + "]");
    Path lines = write("lines.ndjson", ONE + "\n" + TWO + "\n");
    assertThat(FazhiJson.readAll(single)).containsExactly(
        new ReportFile(single.toString(), List.of(one), Optional.empty()));
    assertThat(FazhiJson.readAll(array)).singleElement().satisfies(file -> {
      assertThat(file.isRead()).isTrue();
      assertThat(file.reports()).containsExactly(one, two);
    });
    assertThat(FazhiJson.readAll(lines).get(0).reports()).containsExactly(one, two);
  }

  @Test
  void aFolder_givesEveryJsonFileInside_inPathOrder_subFoldersIncluded() throws Exception {
    write("b.json", TWO);
    write("a/z.json", ONE);
    write("c.txt", "not a report");
    write("a.json", "[]");
    List<ReportFile> files = FazhiJson.readAll(folder);
    assertThat(files).extracting(ReportFile::source).containsExactly(
        folder.resolve("a.json").toString(), folder.resolve("a/z.json").toString(),
        folder.resolve("b.json").toString());
    assertThat(files.get(0).error()).contains(folder.resolve("a.json") + ": holds no report");
    assertThat(files.get(0).isRead()).isFalse();
    assertThat(files.get(1).reports()).containsExactly(readReport(ONE));
    assertThat(files.get(2).reports()).containsExactly(readReport(TWO));
  }

  @Test
  void aBadReport_givesOneErrorNamingTheFileTheReportThePathAndTheLine_andNoReport() throws Exception {
    Path bad = write("bad.json", "[" + ONE + ",\n" + json("{$R,'reviews':[{'procedure':'reconsideration',"
        + "'received':-1}]}") + "]");
    ReportFile file = FazhiJson.readAll(bad).get(0);
    assertThat(file.reports()).isEmpty();
    assertThat(file.error()).hasValueSatisfying(error -> assertThat(error)
        .startsWith(bad + ": report 1: Invalid ReviewTally at [1].reviews[0]: ")
        .contains("[1].reviews[0].received: received (-1) must be >= 0")
        // The tally's closing brace: Jackson counts a byte input's columns in bytes (3 per Chinese
        // character here), 138 characters and 164 bytes into the line.
        .endsWith("(line 2, column 164)"));
  }

  @Test
  void somethingThatIsNotJson_orMissing_isAnError_onOneLine() throws Exception {
    Path garbage = write("garbage.json", "{\"jurisdiction\"\n:");
    assertThat(FazhiJson.readAll(garbage).get(0).error().orElseThrow())
        .startsWith(garbage + ": report 0: ")
        .doesNotContain("\n")
        .contains("(line 2, column ");
    Path missing = folder.resolve("missing.json");
    assertThat(FazhiJson.readAll(missing)).containsExactly(
        new ReportFile(missing.toString(), List.of(), Optional.of(missing + ": no such file")));
  }

  @Test
  void aFileThatCannotBeRead_isNamed() throws Exception {
    Path folderAsFile = Files.createDirectories(folder.resolve("x.json"));
    // a folder named like a file is walked, not opened: it holds nothing
    assertThat(FazhiJson.readAll(folderAsFile)).isEmpty();
  }

  @Test
  void anInputThatFailsToRead_orToClose_isAnError_namingTheFailure() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("the disk went away");
      }
    };
    assertThat(FazhiJson.readAll("bundled:failing", failing).error())
        .contains("bundled:failing: report 0: the disk went away");
    InputStream unclosable = new ByteArrayInputStream(ONE.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() throws IOException {
        throw new IOException("the share was unmounted");
      }
    };
    // the parser closes its input at the end of it, while looking for a next report: the failure is not lost
    ReportFile unclosed = FazhiJson.readAll("bundled:unclosable", unclosable);
    assertThat(unclosed.reports()).isEmpty();
    assertThat(unclosed.error()).contains("bundled:unclosable: report 1: the share was unmounted");
  }

  @Test
  void anInput_isReadAsAFileIs() {
    ReportFile file = FazhiJson.readAll("bundled:one",
        new ByteArrayInputStream(ONE.getBytes(StandardCharsets.UTF_8)));
    assertThat(file.source()).isEqualTo("bundled:one");
    assertThat(file.reports()).hasSize(1);
    ReportFile empty = FazhiJson.readAll("bundled:none", new ByteArrayInputStream(new byte[0]));
    assertThat(empty.error()).contains("bundled:none: holds no report");
  }

  @Test
  void aResult_hasReportsOrAnError_neverBothNorNeither() throws Exception {
    Report one = readReport(ONE);
    assertThatThrownBy(() -> new ReportFile("f", List.of(one), Optional.of("f: bad")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a file gives reports or an error: f");
    assertThatThrownBy(() -> new ReportFile("f", List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
