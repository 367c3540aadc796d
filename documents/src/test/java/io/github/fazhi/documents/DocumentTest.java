package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void aBlockWhoseSpanSaysSomethingElse_isRefused() {
    List<Block> blocks = List.of(new Paragraph("总体情况", new TextSpan(0, 4)));

    assertThatThrownBy(() -> new Document("a.txt", DocumentFormat.TEXT, "总体情形", blocks))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paragraph 0: the text at TextSpan[start=0, end=4] is not \"总体情况\"");
  }

  @Test
  void overlappingOrOutOfTextBlocks_areAllReported() {
    List<Block> blocks = List.of(new Paragraph("总体", new TextSpan(0, 2)), new Paragraph("体情", new TextSpan(1, 3)),
        new Paragraph("况况", new TextSpan(9, 11)));

    assertThatThrownBy(() -> new Document("a.txt", DocumentFormat.TEXT, "总体情况", blocks))
        .hasMessageContaining("block 1 starts at 1, before the previous block's end 2")
        .hasMessageContaining("block 2 ends at 11, past the text's 4");
  }

  @Test
  void spansAndCells_checkTheirValues() {
    assertThatThrownBy(() -> new TextSpan(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextSpan(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cell("a\tb", 0, 0, 1, 1, new TextSpan(0, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Cell("a", 0, 0, 0, 1, new TextSpan(0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Heading(7, "a", new TextSpan(0, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new TextSpan(2, 5).length()).isEqualTo(3);
  }

  @Test
  void cellAt_findsMergedCellsFromAnySlot() {
    Cell merged = new Cell("甲", 0, 0, 2, 2, new TextSpan(0, 1));
    Cell b = new Cell("乙", 0, 2, 1, 1, new TextSpan(2, 3));
    Cell c = new Cell("丙", 1, 2, 1, 1, new TextSpan(4, 5));
    Table table = new Table(List.of(new Row(List.of(merged, b), new TextSpan(0, 3)),
        new Row(List.of(c), new TextSpan(4, 5))), new TextSpan(0, 5));

    assertThat(table.cellAt(1, 1)).contains(merged);
    assertThat(table.cellAt(1, 2)).contains(c);
    assertThat(table.cellAt(1, 3)).isEmpty();
    assertThat(table.gridRow(1)).containsExactly("甲", "甲", "丙");
    assertThat(new Document("t", DocumentFormat.HTML, "甲\t乙\n丙", List.of(table)).tables()).containsExactly(table);
    assertThatThrownBy(() -> table.gridRow(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
