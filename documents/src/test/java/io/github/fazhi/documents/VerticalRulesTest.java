package io.github.fazhi.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** The vertical rules a page's path operators draw, measured from the crop box's left edge and top. */
class VerticalRulesTest {
  private static List<COSBase> numbers(float... values) {
    COSBase[] operands = new COSBase[values.length];
    for (int i = 0; i < values.length; i++) {
      operands[i] = new COSFloat(values[i]);
    }
    return List.of(operands);
  }

  @Test
  void aCellClosedAndStrokedBySmallS_hasBothSidesAsRules() {
    VerticalRules rules = new VerticalRules();
    rules.startPage(true, 0, 800);
    Matrix identity = new Matrix();
    // a cell's border drawn as m l l l s: its left side is only the closing segment
    rules.operator("m", numbers(10, 700), identity);
    rules.operator("l", numbers(50, 700), identity);
    rules.operator("l", numbers(50, 780), identity);
    rules.operator("l", numbers(10, 780), identity);
    rules.operator("s", List.of(), identity);

    assertThat(rules.rules()).containsExactlyInAnyOrder(
        new VerticalRules.Rule(50, 20, 100), new VerticalRules.Rule(10, 20, 100));
  }

  @Test
  void aPathNotPainted_andAMalformedOperator_drawNoRule() {
    VerticalRules rules = new VerticalRules();
    rules.startPage(true, 0, 800);
    Matrix identity = new Matrix();
    rules.operator("re", numbers(10, 700, 0.5f, 80), identity);
    rules.operator("n", List.of(), identity);
    rules.operator("re", List.of(COSName.A, COSName.B), identity);
    rules.operator("f", List.of(), identity);

    assertThat(rules.rules()).isEmpty();
  }

  @Test
  void aThinFilledRectangle_isARule_onAnUprightPageOnly() {
    VerticalRules rules = new VerticalRules();
    rules.startPage(true, 0, 800);
    rules.operator("re", numbers(100, 600, 0.5f, 50), new Matrix());
    rules.operator("f", List.of(), new Matrix());
    assertThat(rules.rules()).containsExactly(new VerticalRules.Rule(100.25, 150, 200));

    rules.startPage(false, 0, 800);
    rules.operator("re", numbers(100, 600, 0.5f, 50), new Matrix());
    rules.operator("f", List.of(), new Matrix());
    assertThat(rules.rules()).isEmpty();
  }
}
