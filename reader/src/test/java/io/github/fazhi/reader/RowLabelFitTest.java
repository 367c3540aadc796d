package io.github.fazhi.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-order fit of printed label fragments to official rows, and its refusal to guess. */
class RowLabelFitTest {
  private static int gain(String printed, String label) {
    return RowLabelFit.gain(RowLabelFit.key(printed), RowLabelFit.key(label));
  }

  @Test
  void aFragmentFitsWhenItSpellsMostOfTheLabel_andIsMostlyLabel() {
    // 11 of the 13 letters of 2其他法律行政法规禁止公开, none extra
    assertThat(gain("2.其他法律法规禁止公开", "2.其他法律行政法规禁止公开")).isEqualTo(11);
    // a merged cell's character in front: the 5 letters of 三不予公开 spelled, 1 extra
    assertThat(gain("办（三）不予公开", "（三）不予公开")).isEqualTo(4);
    // a header spells nothing of a row
    assertThat(gain("申请人情况", "（一）予以公开")).isNegative();
    // 4 of the 11 letters of 5属于三类内部事务信息: under 60%
    assertThat(gain("属于信息", "5.属于三类内部事务信息")).isNegative();
  }

  @Test
  void wrappedFragments_goToOneRow_andTheRunAfterTheMiddleOneIsItsOwn() {
    List<String> fragments = List.of("（一）予以公开", "（二）部分公开（区分处理", "的，只计这一情形，不计", "其他情形）", "（三）不予公开");
    int[] runAfter = {0, -1, 1, -1, -1};
    RowLabelFit.Fit fit = RowLabelFit.align(fragments, runAfter, 2,
        List.of("（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开"));

    assertThat(fit.rowOfRun()).containsExactly(0, 1);
    assertThat(fit.ambiguous()).containsExactly(false, false);
  }

  /**
   * A group's label in a narrow merged cell beside its rows (a ruled PDF): its pieces land on its rows' lines,
   * （三）不 on the line of 4.保护第三方合法权益's numbers, between that label's two wrapped lines.
   */
  @Test
  void aPieceOfTheGroupsLabelAmongARowsFragments_costsTheRowNothing() {
    List<String> fragments = List.of("3.危及“三安全一稳定”", "4.保护第三方合法权", "（三）不", "益", "予公开",
        "5.属于三类内部事务信息");
    int[] runAfter = {0, -1, 1, -1, -1, 2};
    List<String> rows = List.of("3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息");

    RowLabelFit.Fit withGroups = RowLabelFit.align(fragments, runAfter, 3, rows, Collections.nCopies(3, "（三）不予公开"));
    assertThat(withGroups.rowOfRun()).containsExactly(0, 1, 2);
    assertThat(withGroups.ambiguous()).containsExactly(false, false, false);

    // weighed as letters that are not the label's, the piece costs more than the row's last character gains
    assertThat(RowLabelFit.align(fragments, runAfter, 3, rows).rowOfRun()).containsExactly(0, -1, 2);
  }

  @Test
  void aFragmentThatFitsTwoRowsEqually_isAmbiguous() {
    RowLabelFit.Fit fit = RowLabelFit.align(List.of("重复申请"), new int[] {0}, 1, List.of("1.重复申请", "2.重复申请"));

    assertThat(fit.ambiguous()).containsExactly(true);
  }

  @Test
  void aFragmentThatFitsNoRow_leavesItsRunToNone() {
    RowLabelFit.Fit fit = RowLabelFit.align(List.of("申请人情况"), new int[] {0}, 1, List.of("（一）予以公开"));

    assertThat(fit.rowOfRun()).containsExactly(-1);
  }
}
