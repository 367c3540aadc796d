package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownAdapterTest {
  /**
   * A lookalike of a report PDF converted to Markdown: the title as {@code #}, a table whose merged cell
   * shifted a row's values one column left, empty extra columns, and a row split over two table rows.
   */
  static final String CONVERTED = "# 淮安市洪泽区人民政府\n"
      + "# 2023 年政府信息公开工作年度报告\n"
      + "\n"
      + "本年度共收到政府信息公开申请125件，\n"
      + "均在法定期限内办结。\n"
      + "\n"
      + "| 三、本年度办理结果 | （一）予以公开 | 20 | 4 | 1 | | |\n"
      + "|---|:---:|---|---|---|---|---|\n"
      + "| （二）部分公开 | 4 | 0 | 0 | | | |\n"
      + "| （三）不予公开 | | | | | | |\n"
      + "| 1.属于国家秘密 | 0 | 0 | 0 | | | |\n"
      + "| 5.属于三类内部事务信息 \\| 人事 | | | | | | |\n"
      + "| 管理 | 2 | 0 | 0 | | | |\n"
      + "\n"
      + "特此报告。\n";

  @Test
  void headingsParagraphsAndTables() throws Exception {
    Document document = Documents.read(CONVERTED.getBytes(StandardCharsets.UTF_8), "report.md");

    assertThat(document.format()).isEqualTo(DocumentFormat.MARKDOWN);
    assertThat(document.blocks()).extracting(block -> block.getClass().getSimpleName())
        .containsExactly("Heading", "Heading", "Paragraph", "Table", "Paragraph");
    assertThat(document.blocks().get(1)).isEqualTo(new Heading(1, "2023 年政府信息公开工作年度报告",
        new TextSpan(11, 29)));
    assertThat(document.blocks().get(2)).isInstanceOfSatisfying(Paragraph.class, paragraph ->
        assertThat(paragraph.text()).isEqualTo("本年度共收到政府信息公开申请125件，\n均在法定期限内办结。"));
  }

  @Test
  void cellsAreKeptAsPrinted_shiftsAndEmptyColumnsIncluded() throws Exception {
    Table table = Documents.read(CONVERTED.getBytes(StandardCharsets.UTF_8), "report.md").tables().get(0);

    assertThat(table.rows()).hasSize(6); // the delimiter row is not a row
    assertThat(table.gridRow(0)).containsExactly("三、本年度办理结果", "（一）予以公开", "20", "4", "1", "", "");
    assertThat(table.gridRow(1)).containsExactly("（二）部分公开", "4", "0", "0", "", "", "");
    assertThat(table.gridRow(4)).containsExactly("5.属于三类内部事务信息 | 人事", "", "", "", "", "", "");
    assertThat(table.gridRow(5)).containsExactly("管理", "2", "0", "0", "", "", "");
  }

  @Test
  void rows_areLinesOfCellsPartedByTabs() throws Exception {
    Document document = Documents.read(CONVERTED.getBytes(StandardCharsets.UTF_8), "report.md");

    assertThat(document.text()).contains("\n（二）部分公开\t4\t0\t0\t\t\t\n").endsWith("\n特此报告。");
  }
}
