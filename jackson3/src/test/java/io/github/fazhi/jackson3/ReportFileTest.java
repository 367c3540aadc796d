package io.github.fazhi.jackson3;

import static io.github.fazhi.jackson3.ReportStreamReaderTest.json;
import static io.github.fazhi.jackson3.ReportStreamReaderTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fazhi.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FazhiJson.readAll with Jackson 3, as fazhi-json's ReportFileTest holds its Jackson 2 one. */
class ReportFileTest {
  private static final String ONE = json("{$R}");
  private static final String TWO = json("{$R,'title':'二'}");

  @TempDir
  Path folder;

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Report two() {
    return Report.builder().from(minimal()).title("二").build();
  }

  @Test
  void aFile_givesItsReports_asOneReportAnArrayOrOnePerLine() throws IOException {
    Path single = write("single.json", ONE);
    Path array = write("array.json", "[" + ONE + "," + TWO + "]");
    Path lines = write("lines.ndjson", ONE + "\n" + TWO + "\n");
    assertThat(FazhiJson.readAll(single)).containsExactly(
        new ReportFile(single.toString(), List.of(minimal()), Optional.empty()));
    assertThat(FazhiJson.readAll(array)).singleElement().satisfies(file -> {
      assertThat(file.isRead()).isTrue();
      assertThat(file.reports()).containsExactly(minimal(), two());
    });
    assertThat(FazhiJson.readAll(lines).get(0).reports()).containsExactly(minimal(), two());
  }

  @Test
  void aFolder_givesEveryJsonFileInside_inPathOrder_subFoldersIncluded() throws IOException {
    write("b.json", TWO);
    write("a/z.json", ONE);
    write("c.txt", "not a report");
    write("a.json", "[]");
    List<ReportFile> files = FazhiJson.readAll(folder);
    assertThat(files).extracting(ReportFile::source).containsExactly(
        folder.resolve("a.json").toString(), folder.resolve("a/z.json").toString(),
        folder.resolve("b.json").toString());
    assertThat(files.get(0).error()).contains(folder.resolve("a.json") + ": holds no report");
    assertThat(files.get(1).reports()).containsExactly(minimal());
    assertThat(files.get(2).reports()).containsExactly(two());
  }

  @Test
  void aBadReport_givesOneErrorNamingTheFileTheReportThePathAndTheLine_andNoReport() throws IOException {
    Path bad = write("bad.json", "[" + ONE + ",\n" + json("{$R,'reviews':[{'procedure':'reconsideration',"
        + "'received':-1}]}") + "]");
    ReportFile file = FazhiJson.readAll(bad).get(0);
    assertThat(file.reports()).isEmpty();
    assertThat(file.error()).hasValueSatisfying(error -> assertThat(error)
        .startsWith(bad + ": report 1: Invalid ReviewTally at [1].reviews[0]: ")
        .contains("[1].reviews[0].received: received (-1) must be >= 0")
        // The tally's closing brace: columns counted in bytes, 3 per Chinese character (as Jackson 2).
        .endsWith("(line 2, column 164)"));
  }

  @Test
  void somethingThatIsNotJson_orMissing_isAnError_onOneLine() throws IOException {
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
    ReportFile unclosed = FazhiJson.readAll("bundled:unclosable", unclosable);
    assertThat(unclosed.reports()).isEmpty();
    assertThat(unclosed.error()).contains("bundled:unclosable: report 1: the share was unmounted");
  }

  @Test
  void anInput_isReadAsAFileIs_andAResultHasReportsOrAnError() {
    ReportFile file = FazhiJson.readAll("bundled:one",
        new ByteArrayInputStream(ONE.getBytes(StandardCharsets.UTF_8)));
    assertThat(file.source()).isEqualTo("bundled:one");
    assertThat(file.reports()).containsExactly(minimal());
    assertThat(FazhiJson.readAll("bundled:none", new ByteArrayInputStream(new byte[0])).error())
        .contains("bundled:none: holds no report");
    assertThatThrownBy(() -> new ReportFile("f", List.of(minimal()), Optional.of("f: bad")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a file gives reports or an error: f");
  }
}
