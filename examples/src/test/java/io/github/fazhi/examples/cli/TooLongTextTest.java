package io.github.fazhi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fazhi.reader.ReaderLimits;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text longer than the reader reads ({@link ReaderLimits#standard()}) is one error line naming the file and
 * exit status 2, as for any file that cannot be read; it is never an internal error (status 5), and the other
 * files are still read.
 */
class TooLongTextTest {
  @TempDir Path temp;

  @Test
  void aTextOverTheReadersLimit_isOneLineNamingTheFile_andTheOthersAreStillRead() throws IOException {
    long limit = ReaderLimits.standard().maxChars();
    Path tooLong = temp.resolve("too-long.txt");
    try (Writer out = Files.newBufferedWriter(tooLong, StandardCharsets.UTF_8)) {
      out.write("临江区人民政府2021年法治政府建设年度报告\n");
      String line = "本区持续推进依法行政工作。\n"; // 14 characters
      for (long written = 0; written <= limit; written += line.length()) {
        out.write(line);
      }
    }
    Path fine = temp.resolve("fine.txt");
    Files.writeString(fine, "临江区人民政府2021年法治政府建设年度报告\n一、主要工作\n全年办理行政复议案件12件。\n"
        + "临江区人民政府\n2022年1月20日\n", StandardCharsets.UTF_8);

    CliRun run = CliRun.run("check", "--summary", tooLong.toString(), fine.toString());

    assertThat(run.status()).isEqualTo(FazhiCommand.BAD_INPUT);
    assertThat(run.err().lines().filter(line -> line.startsWith("fazhi:")))
        .singleElement().satisfies(line -> assertThat(line)
            .contains(tooLong.toString()).contains("over the reader's limit"));
    assertThat(run.out()).contains("临江区");
  }
}
